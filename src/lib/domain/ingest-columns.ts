// The canonical columns of the two ingest kinds, and suggestions that map a file's headers
// (Arabic or English, as form tools write them) to those columns.
import { normalizeArabic } from './arabic';
import { withoutCalendarWord } from './hijri-columns';

export type IngestKind = 'interactions' | 'responses';

export const interactionColumns = [
	'id',
	'channel',
	'type',
	'received_at',
	'decided_at',
	'decision',
	'closed_at',
	'service',
	'branch',
	'team',
	'beneficiary_ref'
] as const;

export const responseColumns = [
	'id',
	'submitted_at',
	'channel',
	'interaction_id',
	'survey',
	'csat',
	'nps',
	'ces',
	'comment'
] as const;

export type InteractionColumn = (typeof interactionColumns)[number];
export type ResponseColumn = (typeof responseColumns)[number];
export type CanonicalColumn = InteractionColumn | ResponseColumn;

export function canonicalColumns(kind: IngestKind): readonly CanonicalColumn[] {
	return kind === 'interactions' ? interactionColumns : responseColumns;
}

/** Columns a file must provide. Responses without an id get one derived from the row. */
export function requiredColumns(kind: IngestKind): readonly CanonicalColumn[] {
	return kind === 'interactions' ? ['id', 'channel', 'type', 'received_at'] : ['submitted_at'];
}

/**
 * A column mapping: canonical column → the file's header. For responses every other header is
 * kept as an answer to a question of that name, except those in `ignore`.
 */
export interface ColumnMapping {
	columns: Partial<Record<CanonicalColumn, string>>;
	ignore?: string[];
	/** Time columns whose dates are Hijri (Umm al-Qura), besides those whose header says so. */
	hijri?: CanonicalColumn[];
}

const synonyms: Record<IngestKind, Partial<Record<CanonicalColumn, string[]>>> = {
	interactions: {
		id: [
			'id',
			'رقم الطلب',
			'رقم المعامله',
			'رقم التذكره',
			'الرقم المرجعي',
			'المرجع',
			'المعرف',
			'رقم',
			'request id',
			'reference',
			'ref',
			'ticket',
			'ticket id',
			'case id'
		],
		channel: [
			'channel',
			'القناه',
			'قناه التواصل',
			'وسيله التواصل',
			'قناه الورود',
			'contact channel',
			'source'
		],
		type: [
			'type',
			'النوع',
			'نوع الطلب',
			'نوع التواصل',
			'نوع المعامله',
			'request type',
			'category',
			'التصنيف'
		],
		received_at: [
			'received_at',
			'received',
			'تاريخ الاستلام',
			'تاريخ الورود',
			'تاريخ الطلب',
			'تاريخ التقديم',
			'وقت الاستلام',
			'الطابع الزمني',
			'timestamp',
			'date',
			'created',
			'created at',
			'submitted at',
			'request date',
			'التاريخ'
		],
		decided_at: [
			'decided_at',
			'decided',
			'تاريخ القرار',
			'تاريخ البت',
			'تاريخ قرار اللجنه',
			'decision date'
		],
		decision: [
			'decision',
			'القرار',
			'قرار اللجنه',
			'نتيجه الطلب',
			'نتيجه الدراسه',
			'outcome',
			'result'
		],
		closed_at: [
			'closed_at',
			'closed',
			'تاريخ الاغلاق',
			'تاريخ التسليم',
			'تاريخ تقديم الخدمه',
			'delivered at',
			'closed at',
			'close date'
		],
		service: ['service', 'الخدمه', 'نوع الخدمه', 'اسم الخدمه', 'service name'],
		branch: ['branch', 'الفرع', 'المكتب', 'office'],
		team: ['team', 'الفريق', 'القسم', 'الاداره', 'department'],
		beneficiary_ref: [
			'beneficiary_ref',
			'beneficiary',
			'beneficiary id',
			'المستفيد',
			'رقم المستفيد',
			'مرجع المستفيد',
			'رمز المستفيد'
		]
	},
	responses: {
		id: [
			'id',
			'_id',
			'_uuid',
			'response id',
			'submission id',
			'رقم الاستجابه',
			'رقم الرد',
			'المعرف',
			'معرف الاستجابه'
		],
		submitted_at: [
			'submitted_at',
			'submitted',
			'timestamp',
			'الطابع الزمني',
			'completion time',
			'وقت الاكمال',
			'وقت الانتهاء',
			'_submission_time',
			'end',
			'تاريخ التقديم',
			'تاريخ الاستجابه',
			'تاريخ الرد',
			'date',
			'التاريخ'
		],
		channel: ['channel', 'القناه', 'قناه التواصل', 'وسيله التواصل'],
		interaction_id: [
			'interaction_id',
			'interaction',
			'رقم الطلب',
			'رقم المعامله',
			'رقم التعامل',
			'request id',
			'ticket id'
		],
		survey: ['survey', 'الاستبيان', 'اسم الاستبيان', 'form', 'form name'],
		csat: ['csat', 'satisfaction', 'الرضا', 'مستوي الرضا', 'درجه الرضا'],
		nps: ['nps', 'التوصيه', 'recommend'],
		ces: ['ces', 'effort', 'السهوله', 'سهوله الاجراءات'],
		comment: [
			'comment',
			'comments',
			'تعليق',
			'التعليق',
			'ملاحظات',
			'ملاحظاتك',
			'الملاحظات',
			'feedback',
			'اقتراحاتك',
			'مقترحاتك',
			'remarks'
		]
	}
};

/** Words that, inside a longer question text, show which rating it is. */
const questionHints: Partial<Record<CanonicalColumn, RegExp>> = {
	nps: /توصي|ترشح|recommend/,
	ces: /سهل|سهول|جهد|effort|easy/,
	csat: /رضا|راض|satisf/,
	comment: /ملاحظ|تعليق|اقتراح|مقترح|comment|suggest|feedback/
};

/** Headers of personal data that form tools add (name, e-mail, phone): not kept as answers. */
const personalHeaders =
	/^(name|full name|email|email address|e mail|phone|mobile|الاسم|الاسم الكامل|اسمك|البريد الالكتروني|عنوان البريد الالكتروني|البريد|رقم الجوال|الجوال|رقم الهاتف|الهاتف)$/;

/** Form tools' own bookkeeping columns that are neither canonical nor answers. */
const bookkeepingHeaders =
	/^(start|end|today|deviceid|uuid|submission time|start time|وقت البدء|last modified time|_index|_status|_submitted_by|_version_|__version__|_validation_status|_notes|_tags|_parent_index|meta instanceid|_xform_id_string|_attachments|_geolocation)$/;

/** Columns holding dates, whose headers may name their calendar. */
export const timeColumns: ReadonlySet<CanonicalColumn> = new Set([
	'received_at',
	'decided_at',
	'closed_at',
	'submitted_at'
]);

/** A header as matching sees it. */
export function normalizeHeader(header: string): string {
	return normalizeArabic(header);
}

/** Suggests a mapping: exact synonyms first, then words inside longer (question) headers. */
export function suggestMapping(kind: IngestKind, headers: readonly string[]): ColumnMapping {
	const columns: Partial<Record<CanonicalColumn, string>> = {};
	const used = new Set<string>();
	const normalized = headers.map((h) => normalizeHeader(h));
	const table = synonyms[kind];
	for (const column of canonicalColumns(kind)) {
		const names = new Set((table[column] ?? []).map((n) => normalizeHeader(n)));
		let index = normalized.findIndex((h, i) => !used.has(headers[i]!) && names.has(h));
		// «التاريخ الهجري», «تاريخ الاستلام (هـ)»: the name without its calendar word
		if (index < 0 && timeColumns.has(column)) {
			index = normalized.findIndex(
				(h, i) => !used.has(headers[i]!) && names.has(withoutCalendarWord(h))
			);
		}
		if (index >= 0) {
			columns[column] = headers[index]!;
			used.add(headers[index]!);
		}
	}
	if (kind === 'responses') {
		for (const column of ['nps', 'ces', 'csat', 'comment'] as const) {
			if (columns[column]) continue;
			const hint = questionHints[column]!;
			const index = normalized.findIndex((h, i) => !used.has(headers[i]!) && hint.test(h));
			if (index >= 0) {
				columns[column] = headers[index]!;
				used.add(headers[index]!);
			}
		}
	}
	const ignore =
		kind === 'responses'
			? headers.filter(
					(h, i) =>
						!used.has(h) &&
						(personalHeaders.test(normalized[i]!) || bookkeepingHeaders.test(normalized[i]!))
				)
			: [];
	return ignore.length ? { columns, ignore } : { columns };
}

/** Required columns the mapping leaves out. */
export function missingRequired(kind: IngestKind, mapping: ColumnMapping): CanonicalColumn[] {
	return requiredColumns(kind).filter((c) => !mapping.columns[c]);
}

/** Headers a mapping names that the file does not have. */
export function unknownHeaders(mapping: ColumnMapping, headers: readonly string[]): string[] {
	const present = new Set(headers);
	return Object.values(mapping.columns).filter((h): h is string => !!h && !present.has(h));
}

/** The file's headers that a responses mapping keeps as answers (not canonical, not ignored). */
export function answerHeaders(mapping: ColumnMapping, headers: readonly string[]): string[] {
	const taken = new Set<string>([...Object.values(mapping.columns), ...(mapping.ignore ?? [])]);
	return headers.filter((h) => !taken.has(h));
}

/** The sorted, normalised headers joined: files with the same signature share a mapping. */
export function headersText(headers: readonly string[]): string {
	return [...headers.map((h) => normalizeHeader(h))].sort().join('\n');
}

// Names as files write them (matching normalises both sides); the single pass also looks for these
// spellings exactly (see knownNames).
const typeNames: Record<string, string[]> = {
	inquiry: ['inquiry', 'enquiry', 'question', 'استفسار', 'سؤال', 'الاستفسار'],
	support_request: [
		'support_request',
		'support request',
		'support',
		'طلب دعم',
		'دعم',
		'طلب مساعدة',
		'طلب'
	],
	complaint: ['complaint', 'شكوى', 'شكوي', 'الشكوى', 'بلاغ'],
	suggestion: ['suggestion', 'اقتراح', 'مقترح', 'الاقتراح']
};

const decisionNames: Record<string, string[]> = {
	approved: ['approved', 'accepted', 'مقبول', 'قبول', 'موافق', 'تمت الموافقة', 'مقبولة'],
	rejected: ['rejected', 'declined', 'مرفوض', 'رفض', 'مرفوضة', 'تم الرفض'],
	pending: [
		'pending',
		'under review',
		'in review',
		'قيد الدراسة',
		'قيد المراجعة',
		'تحت الدراسة',
		'معلق',
		'قيد الانتظار'
	]
};

function lookup(names: Record<string, string[]>): Map<string, string> {
	const map = new Map<string, string>();
	for (const [code, list] of Object.entries(names)) {
		for (const name of [code, ...list]) map.set(normalizeHeader(name), code);
	}
	return map;
}

const typeLookup = lookup(typeNames);
const decisionLookup = lookup(decisionNames);

/** The interaction type code for a name as written (code, Arabic or English), or null. */
export function matchType(value: string): string | null {
	return typeLookup.get(normalizeHeader(value)) ?? null;
}

/** The decision code for a name as written, or null. */
export function matchDecision(value: string): string | null {
	return decisionLookup.get(normalizeHeader(value)) ?? null;
}

/**
 * The spellings of channel, type and decision names this app knows before reading a file: every
 * code and name as written here and in the channel table. The single pass (server/ingest/
 * single-pass.ts) matches a file's names against these and the spellings met in earlier files.
 */
export function knownNames(
	channels: readonly ChannelNames[]
): { field: 'channel' | 'type' | 'decision'; raw: string }[] {
	const out: { field: 'channel' | 'type' | 'decision'; raw: string }[] = [];
	for (const c of channels) {
		for (const raw of [c.code, c.name_ar, c.name_en, ...c.aliases])
			out.push({ field: 'channel', raw });
	}
	for (const [field, names] of [
		['type', typeNames],
		['decision', decisionNames]
	] as const) {
		for (const [code, list] of Object.entries(names)) {
			for (const raw of [code, ...list]) out.push({ field, raw });
		}
	}
	return out;
}

export interface ChannelNames {
	code: string;
	name_ar: string;
	name_en: string;
	aliases: readonly string[];
}

/** A matcher from channel names (code, Arabic, English, aliases; normalised) to codes. */
export function channelMatcher(
	channels: readonly ChannelNames[]
): (value: string) => string | null {
	const map = new Map<string, string>();
	for (const c of channels) {
		for (const name of [c.code, c.name_ar, c.name_en, ...c.aliases]) {
			const key = normalizeHeader(name);
			if (!map.has(key)) map.set(key, c.code);
		}
	}
	return (value) => map.get(normalizeHeader(value)) ?? null;
}
