// Interface text of the ingest page, rejected-row reasons and file-level errors, Arabic first.
import { bindMessages, icu } from './icu';
import { lookup } from './lookup';
import type { Digits, Language } from './preferences';
import { statusCatalogue } from './status-messages';

const ar = {
	title: 'استيراد البيانات',
	intro:
		'ارفع سجل التعاملات أو نتائج الاستبيانات (CSV أو Excel ‏XLSX أو JSON Lines أو Parquet). يُقرأ الملف كاملًا ويُتحقق منه ثم يُحفظ دفعة واحدة أو لا يُحفظ شيء.',
	kind: 'نوع البيانات',
	kindInteractions: 'سجل التعاملات',
	kindResponses: 'إجابات الاستبيان',
	file: 'الملف',
	dropHere: 'اسحب الملف وأفلته هنا، أو اختره من جهازك',
	chooseFile: 'اختيار ملف',
	noFileChosen: 'لم يُختر ملف بعد',
	fileChosen: 'اختير ملف',
	sheet: 'ورقة Excel (اختياري؛ الأولى افتراضيًا)',
	inspect: 'معاينة الملف وربط الأعمدة',
	ingestNow: 'استيراد مباشرة',
	mappingTitle: 'ربط الأعمدة',
	mappingHint:
		'لكل عمود مطلوب اختر عمود الملف المقابل. الاقتراحات مأخوذة من أسماء الأعمدة. في الاستبيانات تُحفظ الأعمدة الأخرى إجاباتٍ لأسئلة بأسمائها.',
	savedMappingUsed: (name: string) => `وُجد ربط محفوظ لملفات بهذه الأعمدة: «${name}»؛ اخترناه لك.`,
	notInFile: '— ليس في الملف —',
	required: 'مطلوب',
	ignoreColumn: 'تجاهل هذا العمود (بيانات شخصية أو غير لازمة)',
	answersKept: 'أعمدة تُحفظ إجاباتٍ',
	saveAs: 'احفظ الربط باسم (اختياري)',
	previewNoCount: 'معاينة أول الصفوف',
	preview: icu<{ n: number }>(
		'معاينة أول الصفوف ({n, plural, zero {لا صفوف في الملف} one {صف واحد في الملف} two {صفّان في الملف} few {# صفوف في الملف} many {# صفًا في الملف} other {# صف في الملف}})'
	),
	line: 'السطر',
	run: 'استيراد',
	running: 'جارٍ الاستيراد… قد يستغرق الملف الكبير بضع ثوانٍ.',
	resultTitle: 'نتيجة الاستيراد',
	inserted: 'أُضيفت',
	updated: 'حُدّثت',
	unchanged: 'بلا تغيير',
	rejected: 'رُفضت',
	masked: 'بيانات شخصية حُجبت',
	duplicates: 'صفوف مكررة حُسبت مرة واحدة',
	seconds: 'ثانية',
	mappingAuto: (name: string) => `استُخدم الربط المحفوظ «${name}» تلقائيًا لأن أعمدة الملف مطابقة.`,
	rejectedTitle: 'الصفوف المرفوضة وأسبابها',
	reasons: 'الأسباب',
	values: 'القيم كما وردت',
	downloadRejected: 'تنزيل الصفوف المرفوضة (CSV)',
	moreRejected: icu<{ shown: number; total: number }>(
		'تُعرض أول {shown, number} من {total, number}؛ نزّل الملف لرؤيتها كلها.'
	),
	runsTitle: 'عمليات الاستيراد السابقة',
	noRuns: 'لا توجد عمليات استيراد بعد.',
	when: 'الوقت',
	fileName: 'الملف',
	who: 'بواسطة',
	counts: 'الأعداد',
	status: 'الحالة',
	details: 'التفاصيل',
	mapping: 'الربط',
	cli: 'سطر الأوامر',
	errorTitle: 'تعذّر استيراد الملف، ولم يتغير شيء',
	noFile: 'اختر ملفًا أولًا.',
	badInput: 'بيانات النموذج غير صالحة.',
	startOver: 'ملف آخر',
	columns: {
		id: 'المعرّف',
		channel: 'القناة',
		type: 'النوع',
		received_at: 'تاريخ الاستلام',
		decided_at: 'تاريخ القرار',
		decision: 'القرار',
		closed_at: 'تاريخ الإغلاق',
		service: 'الخدمة',
		branch: 'الفرع',
		team: 'الفريق',
		beneficiary_ref: 'مرجع المستفيد',
		submitted_at: 'وقت الإجابة',
		interaction_id: 'رقم التعامل',
		survey: 'الاستبيان',
		csat: 'الرضا CSAT ‏(1–5)',
		nps: 'التوصية NPS ‏(0–10)',
		ces: 'سهولة الإجراءات CES ‏(1–7)',
		comment: 'التعليق'
	},
	reasonText: {
		missing_value: (col: string) => `قيمة مطلوبة ناقصة: ${col}`,
		unparseable_date: (col: string) => `تاريخ غير مفهوم: ${col}`,
		unknown_channel: () => 'قناة غير معروفة',
		unknown_type: () => 'نوع غير معروف (استفسار، طلب دعم، شكوى، اقتراح)',
		unknown_decision: () => 'قرار غير معروف (مقبول، مرفوض، قيد الدراسة)',
		unknown_survey: () => 'استبيان غير معروف',
		decided_before_received: () => 'تاريخ القرار قبل تاريخ الاستلام',
		closed_before_received: () => 'تاريخ الإغلاق قبل تاريخ الاستلام',
		not_a_number: (col: string) => `التقييم ليس رقمًا صحيحًا: ${col}`,
		out_of_range: (col: string) => `التقييم خارج النطاق: ${col}`,
		hijri_date: (col: string) =>
			`تاريخ بسنة هجرية في عمود يُقرأ ميلاديًا: ${col} (اكتب «هجري» في عنوان العمود ليُقرأ هجريًا)`,
		date_out_of_range: (col: string) =>
			`تاريخ خارج المدى المدعوم (1937–2077م، 1356–1500هـ): ${col}`,
		value_too_long: (col: string) => `قيمة أطول من المسموح: ${col}`
	},
	fileErrors: {
		no_such_file: 'الملف غير موجود.',
		unsupported_format: 'صيغة غير مدعومة: استخدم CSV أو XLSX أو JSON Lines ‏(.jsonl) أو Parquet.',
		empty_file: 'الملف فارغ: لا صفوف فيه.',
		unreadable_file: 'تعذّرت قراءة الملف.',
		nested_too_deep:
			'في الملف قيم متداخلة بعمق يزيد على 64 مستوى، فلا يُقرأ. اجعل القيم مسطّحة أو صدّر البيانات بصيغة CSV.',
		missing_columns: 'أعمدة مطلوبة غير موجودة في الملف أو غير مربوطة:',
		unknown_headers: 'الربط يذكر أعمدة ليست في الملف:',
		unknown_mapping: 'لا يوجد ربط محفوظ بهذا الاسم:',
		mapping_kind: 'الربط المحفوظ لنوع بيانات آخر:',
		no_sheet: 'لا توجد ورقة بهذا الاسم في الملف:',
		no_organisation:
			'لم تُعدّ الجمعية بعد: لا استيراد قبل ضبط اسمها ومنطقتها الزمنية (npm run setup، أو ابدأ التطبيق).'
	},
	statusText: statusCatalogue.ar.ingestRun,
	stages: {
		reading: 'قراءة الملف',
		checking: 'التحقق من الصفوف',
		merging: 'الحفظ',
		recording: 'تسجيل العملية'
	},
	notes: {
		encoding: icu<{ name: string }>(
			'الملف بترميز {name}، وحُوّل إلى UTF-8 لقراءته (احفظه بصيغة «CSV UTF-8» ليُقرأ كما هو).'
		),
		hijriDates: icu<{ column: string; reason: string }>(
			'قُرئت تواريخ «{column}» هجرية (أم القرى) وخُزّنت ميلادية، {reason}.'
		),
		hijriBecause: {
			header: 'لأن عنوان العمود يذكر ذلك',
			mapping: 'كما يذكر الربط',
			years: 'لأن سنوات تواريخه كلها هجرية (1300–1500)'
		}
	}
};

const en: typeof ar = {
	title: 'Import data',
	intro:
		'Upload an interaction log or survey results (CSV, Excel XLSX, JSON Lines or Parquet). The whole file is read and checked, then stored at once — or nothing is stored.',
	kind: 'Kind of data',
	kindInteractions: 'Interaction log',
	kindResponses: 'Survey responses',
	file: 'File',
	dropHere: 'Drop the file here, or choose it from your device',
	chooseFile: 'Choose a file',
	noFileChosen: 'No file chosen yet',
	fileChosen: 'A file is chosen',
	sheet: 'Excel sheet (optional; the first by default)',
	inspect: 'Preview the file and map columns',
	ingestNow: 'Import now',
	mappingTitle: 'Map the columns',
	mappingHint:
		'For each column, choose the file’s matching column. Suggestions come from the header names. For surveys, other columns are kept as answers to questions of those names.',
	savedMappingUsed: (name: string) =>
		`A saved mapping exists for files with these columns: “${name}”; it is selected.`,
	notInFile: '— not in the file —',
	required: 'required',
	ignoreColumn: 'Ignore this column (personal or not needed)',
	answersKept: 'Columns kept as answers',
	saveAs: 'Save the mapping as (optional)',
	previewNoCount: 'Preview of the first rows',
	preview: icu<{ n: number }>(
		'Preview of the first rows ({n, plural, one {# row} other {# rows}} in the file)'
	),
	line: 'Line',
	run: 'Import',
	running: 'Importing… a large file can take a few seconds.',
	resultTitle: 'Import result',
	inserted: 'Inserted',
	updated: 'Updated',
	unchanged: 'Unchanged',
	rejected: 'Rejected',
	masked: 'Personal data masked',
	duplicates: 'Repeated rows counted once',
	seconds: 's',
	mappingAuto: (name: string) =>
		`The saved mapping “${name}” was used automatically: the file has the same columns.`,
	rejectedTitle: 'Rejected rows and their reasons',
	reasons: 'Reasons',
	values: 'Values as written',
	downloadRejected: 'Download the rejected rows (CSV)',
	moreRejected: icu<{ shown: number; total: number }>(
		'Showing the first {shown, number} of {total, number}; download the file to see them all.'
	),
	runsTitle: 'Past imports',
	noRuns: 'No imports yet.',
	when: 'When',
	fileName: 'File',
	who: 'By',
	counts: 'Counts',
	status: 'Status',
	details: 'Details',
	mapping: 'Mapping',
	cli: 'command line',
	errorTitle: 'The file could not be imported; nothing changed',
	noFile: 'Choose a file first.',
	badInput: 'The form’s data is not valid.',
	startOver: 'Another file',
	columns: {
		id: 'Id',
		channel: 'Channel',
		type: 'Type',
		received_at: 'Received at',
		decided_at: 'Decided at',
		decision: 'Decision',
		closed_at: 'Closed at',
		service: 'Service',
		branch: 'Branch',
		team: 'Team',
		beneficiary_ref: 'Beneficiary reference',
		submitted_at: 'Submitted at',
		interaction_id: 'Interaction id',
		survey: 'Survey',
		csat: 'Satisfaction CSAT (1–5)',
		nps: 'Recommendation NPS (0–10)',
		ces: 'Ease CES (1–7)',
		comment: 'Comment'
	},
	reasonText: {
		missing_value: (col: string) => `Required value missing: ${col}`,
		unparseable_date: (col: string) => `Date not understood: ${col}`,
		unknown_channel: () => 'Unknown channel',
		unknown_type: () => 'Unknown type (inquiry, support request, complaint, suggestion)',
		unknown_decision: () => 'Unknown decision (approved, rejected, pending)',
		unknown_survey: () => 'Unknown survey',
		decided_before_received: () => 'Decided before it was received',
		closed_before_received: () => 'Closed before it was received',
		not_a_number: (col: string) => `Rating is not a whole number: ${col}`,
		out_of_range: (col: string) => `Rating out of range: ${col}`,
		hijri_date: (col: string) =>
			`A Hijri year in a column read as Gregorian: ${col} (put "Hijri" or «هجري» in the column's header to read it as Hijri)`,
		date_out_of_range: (col: string) =>
			`Date outside the supported range (1937–2077, Hijri 1356–1500): ${col}`,
		value_too_long: (col: string) => `Value longer than allowed: ${col}`
	},
	fileErrors: {
		no_such_file: 'There is no such file.',
		unsupported_format: 'Not a supported format: use CSV, XLSX, JSON Lines (.jsonl) or Parquet.',
		empty_file: 'The file is empty: it has no rows.',
		unreadable_file: 'The file could not be read.',
		nested_too_deep:
			'The file holds values nested more than 64 levels deep, so it is not read. Flatten the values or export the data as CSV.',
		missing_columns: 'Required columns are missing from the file or not mapped:',
		unknown_headers: 'The mapping names columns the file does not have:',
		unknown_mapping: 'There is no saved mapping with this name:',
		mapping_kind: 'The saved mapping is for another kind of data:',
		no_sheet: 'The workbook has no sheet with this name:',
		no_organisation:
			'The association is not set up yet: nothing can be imported before its name and time zone are set (npm run setup, or start the app).'
	},
	statusText: statusCatalogue.en.ingestRun,
	stages: {
		reading: 'reading the file',
		checking: 'checking the rows',
		merging: 'storing',
		recording: 'recording the run'
	},
	notes: {
		encoding: icu<{ name: string }>(
			'The file was in {name}; it was converted to UTF-8 to be read (save it as "CSV UTF-8" to skip this).'
		),
		hijriDates: icu<{ column: string; reason: string }>(
			'Dates in "{column}" were read as Hijri (Umm al-Qura) and stored as Gregorian: {reason}.'
		),
		hijriBecause: {
			header: 'its header says so',
			mapping: 'the mapping says so',
			years: 'every date in it has a Hijri year (1300–1500)'
		}
	}
};

export const ingestCatalogue = { ar, en };

export function ingestMessages(lang: Language, digits?: Digits) {
	return bindMessages(ingestCatalogue[lang], lang, digits);
}
export type IngestMessages = ReturnType<typeof ingestMessages>;

/** A stored reason code ("code" or "code:column") in words. */
export function describeReason(reason: string, lang: Language): string {
	const t = ingestMessages(lang);
	const [code, column] = reason.split(':') as [string, string | undefined];
	const text = lookup(t.reasonText, code);
	if (!text) return reason;
	return text(column ? (lookup(t.columns, column) ?? column) : '');
}

const encodingNames: Record<string, string> = {
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE',
	'windows-1256': 'Windows-1256'
};

/** A run's note (what was done to read the file: src/lib/server/ingest/hijri.ts) in words. */
export function describeNote(note: { code: string; detail: string[] }, lang: Language): string {
	const t = ingestMessages(lang);
	if (note.code === 'encoding') {
		const name = encodingNames[note.detail[0] ?? ''] ?? note.detail[0] ?? '';
		return t.notes.encoding({ name });
	}
	if (note.code === 'hijri_dates') {
		const column = lookup(t.columns, note.detail[0] ?? '') ?? note.detail[0] ?? '';
		const why = note.detail[1];
		const reason = t.notes.hijriBecause[why === 'header' || why === 'mapping' ? why : 'years'];
		return t.notes.hijriDates({ column, reason });
	}
	return note.code;
}
