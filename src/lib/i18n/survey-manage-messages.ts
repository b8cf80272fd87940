// Text of the survey management pages (list, overview, question editor, links and QR codes,
// posters, one-time links) and the question editor's validation messages, Arabic first.
import type { EditorError } from '../domain/survey-editor';
import { formatNumber } from './format';
import { bindMessages, icu } from './icu';
import { lookup } from './lookup';
import { statusCatalogue } from './status-messages';
import type { Digits, Language } from './preferences';

const ar = {
	title: 'الاستبيانات',
	intro:
		'استبيانات قصيرة يجيب عنها المستفيدون دون حساب. كل تعديل يُنشر نسخةً جديدة، وتبقى كل إجابة مرتبطة بالنسخة التي أجاب عنها، فلا يتغير معنى النتائج السابقة.',
	nav: {
		label: 'صفحات الاستبيان',
		overview: 'نظرة عامة',
		edit: 'الأسئلة',
		links: 'الروابط ورموز QR',
		tokens: 'روابط لمرة واحدة',
		preview: 'معاينة',
		all: 'كل الاستبيانات'
	},
	status: statusCatalogue.ar.survey,
	list: {
		caption: 'الاستبيانات',
		survey: 'الاستبيان',
		slug: 'الرابط',
		status: 'الحالة',
		activeVersion: 'النسخة المنشورة',
		answers: 'الإجابات',
		links: 'صفحات',
		draftPending: (v: string) => `مسودة النسخة ${v} لم تُنشر`,
		none: 'لا توجد استبيانات بعد.',
		noVersion: '—'
	},
	create: {
		title: 'استبيان جديد',
		hint: 'يبدأ مسودةً بالأسئلة المعتادة (الرضا، التوصية، سهولة الإجراءات، ملاحظة)، فعدّلها ثم انشرها.',
		slug: 'اسم الرابط',
		slugHint: 'حروف إنجليزية صغيرة وأرقام وشرطة (-)، ويظهر في الرابط: ‎/s/اسم-الرابط',
		titleAr: 'العنوان بالعربية',
		titleEn: 'العنوان بالإنجليزية',
		submit: 'إنشاء المسودة',
		created: 'أُنشئ الاستبيان مسودةً.'
	},
	overview: {
		publicLink: 'الرابط العام',
		notPublished: 'لم يُنشر بعد: الرابط العام لا يعمل حتى تنشر نسخة.',
		closedNote: 'الاستبيان مغلق: يرى من يفتح الرابط أنه لا يستقبل إجابات الآن.',
		stateTitle: 'النشر والحالة',
		draftReady: icu<{ v: number; n: number }>(
			'مسودة النسخة {v, number} ({n, plural, zero {بلا أسئلة} one {سؤال واحد} two {سؤالان} few {# أسئلة} many {# سؤالًا} other {# سؤال}}) جاهزة للنشر.'
		),
		noDraft: 'لا توجد مسودة. لتعديل الأسئلة افتح صفحة الأسئلة؛ أول حفظ ينشئ مسودة نسخة جديدة.',
		publish: (v: string) => `نشر النسخة ${v}`,
		publishHint:
			'بعد النشر يجيب المستفيدون عن النسخة الجديدة، وتبقى الإجابات السابقة مرتبطة بنسختها.',
		close: 'إغلاق الاستبيان',
		closeHint: 'يتوقف استقبال الإجابات، وتبقى الإجابات السابقة والروابط كما هي.',
		reopen: 'إعادة فتح الاستبيان',
		reopenHint: (v: string) => `يعود الاستبيان لاستقبال الإجابات على النسخة ${v}.`,
		versionsTitle: 'النسخ والإجابات',
		versionsCaption: 'نسخ الاستبيان وعدد الإجابات على كل نسخة',
		version: 'النسخة',
		state: 'الحالة',
		questions: 'الأسئلة',
		answers: 'الإجابات',
		draft: 'مسودة (لم تُنشر)',
		published: (when: string, by: string | null) => `نُشرت ${when}${by ? ` · ${by}` : ''}`,
		activeBadge: 'النسخة الحالية',
		showQuestions: (v: string) => `أسئلة النسخة ${v}`,
		withoutVersion: icu<{ n: number }>(
			'{n, plural, zero {لا إجابات لهذا الاستبيان بلا نسخة مسجلة} one {إجابة واحدة لهذا الاستبيان بلا نسخة مسجلة (مستوردة من ملف)} two {إجابتان لهذا الاستبيان بلا نسخة مسجلة (مستوردتان من ملفات)} few {# إجابات لهذا الاستبيان بلا نسخة مسجلة (مستوردة من ملفات)} many {# إجابة لهذا الاستبيان بلا نسخة مسجلة (مستوردة من ملفات)} other {# إجابة لهذا الاستبيان بلا نسخة مسجلة (مستوردة من ملفات)}}'
		),
		metaTitle: 'العنوان والتضمين',
		embeddable: 'السماح بعرض الاستبيان داخل مواقع أخرى (تضمين في إطار)',
		saveMeta: 'حفظ',
		metaSaved: 'حُفظ العنوان والإعدادات.',
		published_: (v: string) => `نُشرت النسخة ${v}؛ الإجابات الجديدة ترتبط بها.`,
		closed_: 'أُغلق الاستبيان.',
		reopened_: 'أُعيد فتح الاستبيان.'
	},
	editor: {
		title: 'أسئلة الاستبيان',
		editingDraft: (v: string) => `تعدّل مسودة النسخة ${v}. لا يتغير شيء لدى المستفيدين حتى تنشرها.`,
		newDraft: (v: string, active: string | null) =>
			active
				? `لا توجد مسودة: يبدأ التعديل من النسخة المنشورة ${active}، وأول حفظ ينشئ مسودة النسخة ${v}.`
				: `أول حفظ ينشئ مسودة النسخة ${v}.`,
		question: (n: string) => `السؤال ${n}`,
		type: 'نوع السؤال',
		key: 'الاسم الداخلي',
		keyHint: 'يبقى ثابتًا بين النسخ ويُجمع به الإجابات: حروف إنجليزية صغيرة وأرقام و _',
		keyFixed: (key: string) => `الاسم الداخلي: ${key}`,
		required: 'إجابة إلزامية',
		textAr: 'نص السؤال بالعربية',
		textEn: 'نص السؤال بالإنجليزية',
		options: 'الخيارات',
		optionValue: 'القيمة',
		optionAr: 'بالعربية',
		optionEn: 'بالإنجليزية',
		optionN: (n: string) => `الخيار ${n}`,
		addOption: 'إضافة خيار',
		moveUp: 'تحريك للأعلى',
		moveDown: 'تحريك للأسفل',
		remove: 'حذف',
		removeQuestion: (n: string) => `حذف السؤال ${n}`,
		moveQuestionUp: (n: string) => `تحريك السؤال ${n} للأعلى`,
		moveQuestionDown: (n: string) => `تحريك السؤال ${n} للأسفل`,
		removeOption: (q: string, o: string) => `حذف الخيار ${o} من السؤال ${q}`,
		moveOptionUp: (q: string, o: string) => `تحريك الخيار ${o} من السؤال ${q} للأعلى`,
		addQuestion: 'إضافة سؤال',
		newType: 'نوع السؤال الجديد',
		save: 'حفظ المسودة',
		saved: (v: string) => `حُفظت مسودة النسخة ${v}. انشرها من صفحة النظرة العامة حين تكون جاهزة.`,
		unsaved: 'تغييرات لم تُحفظ بعد: اضغط «حفظ المسودة».',
		invalid: 'لم تُحفظ المسودة. صحّح ما يلي:',
		discard: 'حذف المسودة والعودة إلى النسخة المنشورة',
		discarded: 'حُذفت المسودة.',
		scaleNote: {
			csat: 'يجيب المستفيد من ١ (غير راضٍ إطلاقًا) إلى ٥ (راضٍ جدًا).',
			nps: 'يجيب المستفيد من ٠ إلى ١٠ (مدى احتمال التوصية).',
			ces: 'يجيب المستفيد من ١ (صعب جدًا) إلى ٧ (سهل جدًا).'
		}
	},
	types: {
		csat: 'رضا (١–٥)',
		nps: 'توصية NPS ‏(٠–١٠)',
		ces: 'سهولة CES ‏(١–٧)',
		single: 'اختيار واحد',
		multiple: 'اختيار متعدد',
		text: 'نص قصير'
	},
	errors: {
		no_questions: 'أضف سؤالًا واحدًا على الأقل.',
		too_many_questions: 'الحد الأقصى ٣٠ سؤالًا.',
		required: 'هذا الحقل مطلوب.',
		too_long: 'النص أطول من المسموح (٥٠٠ حرف للسؤال، ٢٠٠ للخيار).',
		bad_key: 'الاسم الداخلي: حروف إنجليزية صغيرة وأرقام و _ ويبدأ بحرف (حتى ٤٠).',
		bad_type: 'اختر نوع السؤال من القائمة.',
		bad_option_value: 'قيمة الخيار: حروف إنجليزية صغيرة وأرقام و _ و - (حتى ٤٠).',
		choice_needs_options: 'سؤال الاختيار يحتاج إلى خيارين على الأقل.',
		too_many_options: 'الحد الأقصى ٢٠ خيارًا.',
		duplicate_option_value: 'قيم الخيارات يجب ألا تتكرر.',
		duplicate_key: 'الاسم الداخلي مكرر: لكل سؤال اسم مختلف.',
		one_per_type: 'سؤال واحد فقط من هذا النوع في الاستبيان.',
		scale_key: 'اسم سؤال المقياس يجب أن يكون اسم نوعه.',
		comment_text: 'السؤال المسمى comment يجب أن يكون نصًا قصيرًا.',
		invalid: 'قيمة غير صالحة.'
	},
	fieldNames: {
		key: 'الاسم الداخلي',
		type: 'النوع',
		text_ar: 'النص بالعربية',
		text_en: 'النص بالإنجليزية',
		options: 'الخيارات',
		value: 'القيمة'
	},
	changeErrors: {
		not_found: 'لا يوجد هذا الاستبيان.',
		slug_taken: 'اسم الرابط مستخدم لاستبيان آخر؛ اختر اسمًا آخر.',
		no_draft: 'لا توجد مسودة لنشرها.',
		stale_draft: 'تغيرت المسودة منذ فتحت الصفحة؛ راجعها ثم حاول مرة أخرى.',
		invalid_draft: 'المسودة غير مكتملة؛ صححها في صفحة الأسئلة قبل النشر.',
		wrong_state: 'تغيرت حالة الاستبيان منذ فتحت الصفحة؛ أعد تحميلها.',
		never_published: 'لا يمكن حذف مسودة استبيان لم يُنشر بعد.',
		bad_input: 'بيانات النموذج غير صالحة؛ راجع الحقول المعلّمة.'
	},
	links: {
		title: 'الروابط ورموز QR',
		intro:
			'لكل قناة وفرع رابط خاص، فتُسجَّل مع كل إجابة القناة والفرع اللذان جاءت منهما. اطبع الملصق وضعه في الفرع، أو أضف الرمز إلى الخطابات، أو أرسل الرابط في الرسائل.',
		notOpen:
			'الاستبيان غير مفتوح الآن: من يفتح هذه الروابط يرى أنه لا يستقبل إجابات حتى يُنشر أو يُعاد فتحه.',
		caption: 'روابط الاستبيان لكل قناة وفرع',
		channel: 'القناة',
		branch: 'الفرع',
		link: 'الرابط',
		qr: 'رمز QR',
		download: 'تنزيل',
		poster: 'ملصق للطباعة',
		anyChannel: 'دون تحديد قناة',
		anyBranch: 'كل الفروع',
		qrAlt: (channel: string, branch: string) => `رمز QR لرابط الاستبيان: ${channel}، ${branch}`,
		linkLabel: (channel: string, branch: string) => `الرابط: ${channel}، ${branch}`
	},
	poster: {
		print: 'طباعة',
		back: 'العودة إلى الروابط',
		size: 'مقاس الورق',
		printHint: 'اطبع الصفحة من المتصفح (Ctrl+P) على ورق بالمقاس المختار، دون هوامش إضافية.'
	},
	tokens: {
		title: 'روابط لمرة واحدة',
		intro:
			'رابط خاص لكل تعامل يُجاب عنه مرة واحدة فقط، ويربط الإجابة بالتعامل دون أن يذكر اسم المستفيد. يحتوي الملف على رقم التعامل والرابط فقط؛ أرسل كل رابط إلى صاحب التعامل من نظامكم.',
		rule: 'عند التوليد مرة أخرى لنفس الفترة: التعامل الذي له رابط لم يُستخدم بعد لا يُعطى رابطًا آخر (يبقى رابطه السابق صالحًا)، والتعامل الذي أُجيب عن رابطه لا يُعطى رابطًا جديدًا. لا يُحفظ الرابط نفسه، بل بصمته فقط، فاحفظ الملف عند تنزيله.',
		summaryTitle: 'الروابط الصادرة لهذا الاستبيان',
		total: 'صدرت',
		used: 'أُجيب عنها',
		unused: 'لم تُستخدم بعد',
		lastCreated: 'آخر توليد',
		formTitle: 'توليد روابط وتنزيلها',
		from: 'التعاملات المستلمة من يوم',
		to: 'إلى يوم',
		channel: 'القناة',
		allChannels: 'كل القنوات',
		submit: 'توليد الروابط وتنزيل ملف CSV',
		notActive: 'الاستبيان غير مفتوح: انشره أو أعد فتحه قبل توليد روابط لمرة واحدة.',
		none: icu<{ matched: number; unused: number; used: number }>(
			'لم تُولَّد روابط جديدة: في الفترة {matched, plural, zero {لا تعاملات} one {تعامل واحد} two {تعاملان} few {# تعاملات} many {# تعاملًا} other {# تعامل}}، منها {unused, number} لها روابط لم تُستخدم بعد و{used, number} أُجيب عنها.'
		),
		errors: {
			bad_input:
				'راجع التاريخين: يوم البداية قبل يوم النهاية أو يساويه، والمدة عشر سنوات على الأكثر.',
			unknown_channel: 'هذه القناة غير موجودة.',
			not_active: 'الاستبيان غير مفتوح: انشره أو أعد فتحه قبل توليد روابط لمرة واحدة.',
			too_many: 'عدد التعاملات في الفترة كبير جدًا لملف واحد؛ اختر فترة أقصر أو قناة واحدة.'
		}
	},
	when: 'متى'
};

const en: typeof ar = {
	title: 'Surveys',
	intro:
		'Short surveys beneficiaries answer without an account. Every change is published as a new version, and every answer keeps the version it answered, so earlier results never change meaning.',
	nav: {
		label: 'Survey pages',
		overview: 'Overview',
		edit: 'Questions',
		links: 'Links and QR codes',
		tokens: 'One-time links',
		preview: 'Preview',
		all: 'All surveys'
	},
	status: statusCatalogue.en.survey,
	list: {
		caption: 'Surveys',
		survey: 'Survey',
		slug: 'Link name',
		status: 'Status',
		activeVersion: 'Published version',
		answers: 'Answers',
		links: 'Pages',
		draftPending: (v: string) => `draft of version ${v} not published`,
		none: 'No surveys yet.',
		noVersion: '—'
	},
	create: {
		title: 'New survey',
		hint: 'It starts as a draft with the usual questions (satisfaction, recommendation, ease, a remark): edit them, then publish.',
		slug: 'Link name',
		slugHint: 'Lowercase letters, digits and hyphens; it appears in the link: /s/link-name',
		titleAr: 'Title in Arabic',
		titleEn: 'Title in English',
		submit: 'Create the draft',
		created: 'The survey was created as a draft.'
	},
	overview: {
		publicLink: 'Public link',
		notPublished: 'Not published yet: the public link works once a version is published.',
		closedNote: 'The survey is closed: whoever opens the link sees that it takes no answers now.',
		stateTitle: 'Publishing and status',
		draftReady: icu<{ v: number; n: number }>(
			'The draft of version {v, number} ({n, plural, one {# question} other {# questions}}) is ready to publish.'
		),
		noDraft:
			'There is no draft. To change the questions open the Questions page; the first save makes a draft of a new version.',
		publish: (v: string) => `Publish version ${v}`,
		publishHint:
			'Once published, beneficiaries answer the new version; earlier answers stay with their version.',
		close: 'Close the survey',
		closeHint: 'Answers stop; earlier answers and links stay as they are.',
		reopen: 'Reopen the survey',
		reopenHint: (v: string) => `The survey takes answers to version ${v} again.`,
		versionsTitle: 'Versions and answers',
		versionsCaption: 'The survey’s versions and the answers to each',
		version: 'Version',
		state: 'State',
		questions: 'Questions',
		answers: 'Answers',
		draft: 'Draft (not published)',
		published: (when: string, by: string | null) => `Published ${when}${by ? ` · ${by}` : ''}`,
		activeBadge: 'Current version',
		showQuestions: (v: string) => `Questions of version ${v}`,
		withoutVersion: icu<{ n: number }>(
			'{n, plural, one {# answer to this survey has} other {# answers to this survey have}} no version recorded (imported from files).'
		),
		metaTitle: 'Title and embedding',
		embeddable: 'Allow other sites to show the survey inside their pages (in a frame)',
		saveMeta: 'Save',
		metaSaved: 'The title and settings were saved.',
		published_: (v: string) => `Version ${v} was published; new answers belong to it.`,
		closed_: 'The survey was closed.',
		reopened_: 'The survey was reopened.'
	},
	editor: {
		title: 'Survey questions',
		editingDraft: (v: string) =>
			`You are editing the draft of version ${v}. Nothing changes for beneficiaries until you publish it.`,
		newDraft: (v: string, active: string | null) =>
			active
				? `There is no draft: editing starts from published version ${active}, and the first save makes the draft of version ${v}.`
				: `The first save makes the draft of version ${v}.`,
		question: (n: string) => `Question ${n}`,
		type: 'Question type',
		key: 'Internal name',
		keyHint:
			'Stays the same across versions and groups the answers: lowercase letters, digits and _',
		keyFixed: (key: string) => `Internal name: ${key}`,
		required: 'Answer required',
		textAr: 'Question in Arabic',
		textEn: 'Question in English',
		options: 'Options',
		optionValue: 'Value',
		optionAr: 'Arabic',
		optionEn: 'English',
		optionN: (n: string) => `Option ${n}`,
		addOption: 'Add an option',
		moveUp: 'Move up',
		moveDown: 'Move down',
		remove: 'Remove',
		removeQuestion: (n: string) => `Remove question ${n}`,
		moveQuestionUp: (n: string) => `Move question ${n} up`,
		moveQuestionDown: (n: string) => `Move question ${n} down`,
		removeOption: (q: string, o: string) => `Remove option ${o} of question ${q}`,
		moveOptionUp: (q: string, o: string) => `Move option ${o} of question ${q} up`,
		addQuestion: 'Add a question',
		newType: 'Type of the new question',
		save: 'Save the draft',
		saved: (v: string) =>
			`The draft of version ${v} was saved. Publish it from the Overview page when it is ready.`,
		unsaved: 'Changes not saved yet: press “Save the draft”.',
		invalid: 'The draft was not saved. Please correct:',
		discard: 'Delete the draft and go back to the published version',
		discarded: 'The draft was deleted.',
		scaleNote: {
			csat: 'The beneficiary answers from 1 (very dissatisfied) to 5 (very satisfied).',
			nps: 'The beneficiary answers from 0 to 10 (how likely to recommend).',
			ces: 'The beneficiary answers from 1 (very hard) to 7 (very easy).'
		}
	},
	types: {
		csat: 'Satisfaction (1–5)',
		nps: 'Recommendation NPS (0–10)',
		ces: 'Ease CES (1–7)',
		single: 'Single choice',
		multiple: 'Multiple choice',
		text: 'Short text'
	},
	errors: {
		no_questions: 'Add at least one question.',
		too_many_questions: 'At most 30 questions.',
		required: 'This field is required.',
		too_long: 'The text is too long (500 characters for a question, 200 for an option).',
		bad_key: 'Internal name: lowercase letters, digits and _, starting with a letter (up to 40).',
		bad_type: 'Choose the question type from the list.',
		bad_option_value: 'Option value: lowercase letters, digits, _ and - (up to 40).',
		choice_needs_options: 'A choice question needs at least two options.',
		too_many_options: 'At most 20 options.',
		duplicate_option_value: 'Option values must not repeat.',
		duplicate_key: 'The internal name is used twice: each question needs its own.',
		one_per_type: 'Only one question of this type per survey.',
		scale_key: 'A scale question’s internal name must be its type.',
		comment_text: 'The question named comment must be a short-text question.',
		invalid: 'Not a valid value.'
	},
	fieldNames: {
		key: 'internal name',
		type: 'type',
		text_ar: 'Arabic text',
		text_en: 'English text',
		options: 'options',
		value: 'value'
	},
	changeErrors: {
		not_found: 'There is no such survey.',
		slug_taken: 'Another survey uses this link name; choose another.',
		no_draft: 'There is no draft to publish.',
		stale_draft: 'The draft changed since you opened the page; review it and try again.',
		invalid_draft: 'The draft is incomplete; correct it on the Questions page before publishing.',
		wrong_state: 'The survey’s status changed since you opened the page; reload it.',
		never_published: 'The draft of a survey never published cannot be deleted.',
		bad_input: 'The form is not valid; check the marked fields.'
	},
	links: {
		title: 'Links and QR codes',
		intro:
			'Each channel and branch has its own link, so every answer records the channel and branch it came through. Print the poster for the branch office, add the code to letters, or send the link in messages.',
		notOpen:
			'The survey is not open now: whoever opens these links sees that it takes no answers until it is published or reopened.',
		caption: 'The survey’s links per channel and branch',
		channel: 'Channel',
		branch: 'Branch',
		link: 'Link',
		qr: 'QR code',
		download: 'Download',
		poster: 'Poster to print',
		anyChannel: 'No channel given',
		anyBranch: 'All branches',
		qrAlt: (channel: string, branch: string) => `QR code of the survey link: ${channel}, ${branch}`,
		linkLabel: (channel: string, branch: string) => `Link: ${channel}, ${branch}`
	},
	poster: {
		print: 'Print',
		back: 'Back to the links',
		size: 'Paper size',
		printHint:
			'Print the page from the browser (Ctrl+P) on paper of the chosen size, without extra margins.'
	},
	tokens: {
		title: 'One-time links',
		intro:
			'A link of its own for each interaction, which can be answered once and ties the answer to the interaction without naming the beneficiary. The file holds only the interaction id and the link; send each link to the person concerned from your own system.',
		rule: 'Generating again for the same period: an interaction that has a link not yet used gets no second link (its earlier link keeps working), and one whose link was answered gets no new link. The links themselves are not kept, only a fingerprint of each, so keep the file when you download it.',
		summaryTitle: 'Links issued for this survey',
		total: 'Issued',
		used: 'Answered',
		unused: 'Not used yet',
		lastCreated: 'Last generated',
		formTitle: 'Generate links and download them',
		from: 'Interactions received from',
		to: 'to',
		channel: 'Channel',
		allChannels: 'All channels',
		submit: 'Generate the links and download the CSV',
		notActive: 'The survey is not open: publish or reopen it before generating one-time links.',
		none: icu<{ matched: number; unused: number; used: number }>(
			'No new links were made: the period has {matched, plural, one {# interaction} other {# interactions}}, of which {unused, number} have links not used yet and {used, number} were answered.'
		),
		errors: {
			bad_input:
				'Check the dates: the first day must not be after the last, and the period may span at most ten years.',
			unknown_channel: 'There is no such channel.',
			not_active: 'The survey is not open: publish or reopen it before generating one-time links.',
			too_many:
				'Too many interactions in the period for one file; choose a shorter period or one channel.'
		}
	},
	when: 'When'
};

/** The poster's own text: always Arabic first, then English, whatever the page language. */
export const posterText = {
	ar: {
		heading: 'شاركنا رأيك',
		scan: 'امسح الرمز بكاميرا الجوال وأجب عن أسئلة قصيرة، أو افتح الرابط. لا نطلب اسمك، ورأيك يساعدنا على تحسين الخدمة.',
		channel: 'القناة',
		branch: 'الفرع',
		policy: 'تقييم جودة الخدمة حق للمستفيد، وهو أداة للتحسين لا للعقاب.'
	},
	en: {
		heading: 'Tell us what you think',
		scan: 'Scan the code with your phone camera and answer a few short questions, or open the link. We do not ask your name; your opinion helps us improve the service.',
		channel: 'Channel',
		branch: 'Branch',
		policy:
			'Evaluating service quality is the beneficiary’s right: a tool to improve, never to punish.'
	}
};

export const surveyManageCatalogue = { ar, en };

export function surveyManageMessages(lang: Language, digits?: Digits) {
	return bindMessages(surveyManageCatalogue[lang], lang, digits);
}
export type SurveyManageMessages = ReturnType<typeof surveyManageMessages>;

/** A question-editor problem in words, e.g. "Question 2 · Arabic text: This field is required." */
export function describeEditorError(
	error: EditorError,
	lang: Language,
	digits: Digits = 'latn'
): string {
	const t = surveyManageMessages(lang);
	const num = (n: number) => formatNumber(n, { lang, digits });
	const where: string[] = [];
	if (error.question !== undefined) where.push(t.editor.question(num(error.question + 1)));
	if (error.option !== undefined) where.push(t.editor.optionN(num(error.option + 1)));
	if (error.field && error.field !== 'options' && error.field !== 'type')
		where.push(t.fieldNames[error.field]);
	let text = t.errors[error.code];
	if (error.type && (error.code === 'one_per_type' || error.code === 'scale_key'))
		text = `${text} (${lookup(t.types, error.type) ?? error.type})`;
	return where.length ? `${where.join(' · ')}: ${text}` : text;
}
