// Text of the dashboard pages and charts, in Arabic and English.
import { bindMessages, icu } from './icu';
import { statusCatalogue } from './status-messages';
import type { Digits, Language } from './preferences';

const ar = {
	title: 'لوحة المؤشرات',
	nav: {
		overview: 'نظرة عامة',
		channels: 'القنوات',
		services: 'الخدمات',
		branches: 'الفروع',
		teams: 'الفرق',
		turnaround: 'مدة دراسة الطلبات',
		comments: 'ماذا قال المستفيدون',
		actions: 'إجراءات التحسين'
	},
	filter: {
		legend: 'تصفية',
		period: 'الفترة',
		presets: {
			'this-month': 'هذا الشهر',
			'last-month': 'الشهر الماضي',
			'this-quarter': 'هذا الربع',
			'this-year': 'هذه السنة',
			'last-12-months': 'آخر ١٢ شهرًا',
			'hijri-month': 'الشهر الهجري الحالي',
			'last-hijri-month': 'الشهر الهجري الماضي',
			'hijri-quarter': 'الربع الهجري الحالي',
			custom: 'تواريخ محددة'
		},
		from: 'من',
		to: 'إلى',
		channel: 'القناة',
		type: 'نوع التعامل',
		service: 'الخدمة',
		branch: 'الفرع',
		all: 'الكل',
		apply: 'عرض',
		reset: 'إعادة الضبط',
		invalid: (fields: string) =>
			`قيم غير صالحة في: ${fields}. عُرضت الأرقام بالقيم الافتراضية بدلًا منها.`
	},
	types: {
		inquiry: 'استفسار',
		support_request: 'طلب دعم',
		complaint: 'شكوى',
		suggestion: 'اقتراح'
	},
	cards: {
		csat: 'نسبة الرضا',
		nps: 'صافي نقاط الترويج',
		ces: 'سهولة الخدمة (١–٧)',
		responses: 'إجابات الاستبيان',
		interactions: 'التعاملات',
		responseRate: 'معدل الاستجابة',
		responseRateMeans: 'التعاملات التي أُجيب عنها ÷ التعاملات الواردة',
		unlinked: icu<{ n: number }>(
			'+ {n, plural, zero {لا إجابات غير مرتبطة بتعامل} one {إجابة واحدة غير مرتبطة بتعامل} two {إجابتان غير مرتبطتين بتعامل} few {# إجابات غير مرتبطة بتعامل} many {# إجابة غير مرتبطة بتعامل} other {# إجابة غير مرتبطة بتعامل}}'
		),
		median: 'الوسيط لمدة الدراسة (كابلان–ماير)',
		p90: 'المئين ٩٠ لمدة الدراسة (كابلان–ماير)',
		within: 'ضمن المهلة',
		overdue: 'طلبات مفتوحة تجاوزت المهلة',
		notReached: 'لم يُبلغ بعد',
		estimateHint: 'تقدير يحتسب الطلبات التي ما زالت مفتوحة',
		decidedMedian: (v: string) => `وسيط الطلبات التي بُتّ فيها: ${v}`,
		withinOf: icu<{ x: number; n: number }>(
			'{n, plural, zero {لا طلبات انقضت مهلتها} one {{x, number} من طلب واحد انقضت مهلته} two {{x, number} من طلبين انقضت مهلتهما} few {{x, number} من # طلبات انقضت مهلتها} many {{x, number} من # طلبًا انقضت مهلتها} other {{x, number} من # طلب انقضت مهلتها}}'
		),
		stillWithin: icu<{ n: number; d: number }>(
			'ما زالت ضمن مهلتها: {n, number} (بُتّ في {d, number} منها)'
		),
		overdueHint: (at: string) => `أيًا كان شهر ورودها، حتى ${at}`,
		interval: (low: string, high: string) => `فترة الثقة ٩٥٪: ${low}–${high}`,
		answers: icu<{ n: number }>(
			'{n, plural, zero {بلا إجابات} one {من إجابة واحدة} two {من إجابتين} few {من # إجابات} many {من # إجابة} other {من # إجابة}}'
		),
		scoredOf: icu<{ scored: number; n: number }>(
			'من {scored, number} من {n, plural, zero {لا إجابات} one {إجابة واحدة} two {إجابتين} few {# إجابات} many {# إجابة} other {# إجابة}}؛ البقية مجمّعة مع إجابات أخرى حفاظًا على السرية'
		),
		pooled: 'لا تُعرض منفردة حفاظًا على السرية',
		cesScale: '١ = صعب جدًا … ٧ = سهل جدًا',
		decided: icu<{ n: number }>(
			'{n, plural, zero {لم يُبتّ في أي طلب} one {من طلب واحد بُتّ فيه} two {من طلبين بُتّ فيهما} few {من # طلبات بُتّ فيها} many {من # طلبًا بُتّ فيه} other {من # طلب بُتّ فيه}}'
		),
		days: 'يوم',
		windowDays: icu<{ n: number }>(
			'{n, plural, zero {٠ يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}'
		),
		tooFew: 'إجابات أقل من أن تُعرض',
		noData: 'لا توجد بيانات',
		vsPrevious: 'مقارنة بالفترة السابقة',
		change: {
			improvement: 'تحسّن',
			decline: 'تراجع',
			no_clear_change: 'لا تغيّر واضح',
			too_few: 'العدد أقل من أن يُحكم بتغيّر',
			no_data: 'لا بيانات للمقارنة'
		}
	},
	empty: {
		title: 'لا توجد بيانات في هذه الفترة',
		text: 'تظهر هنا نسبة الرضا وصافي نقاط الترويج وسهولة الحصول على الخدمة ومدة دراسة الطلبات ورسومها البيانية بعد استيراد سجل التعاملات ووصول إجابات المستفيدين على الاستبيان.',
		import: 'استيراد سجل التعاملات',
		surveys: 'إعداد الاستبيان ونشره',
		period: 'أو اختر فترة أخرى في شريط التصفية.'
	},
	charts: {
		csatTrend: 'نسبة الرضا شهريًا مع فترة الثقة',
		csat: 'نسبة الرضا',
		interval: 'فترة الثقة ٩٥٪',
		channelVolume: 'التعاملات حسب القناة شهريًا',
		distribution: 'توزيع مدة دراسة طلبات الدعم',
		requests: 'طلبات',
		window: 'المهلة',
		days: 'أيام حتى القرار',
		overdueAge: 'الطلبات المتأخرة حسب عمرها',
		overdue: 'طلبات متأخرة',
		band: icu<{ from: number; to: number }>(
			'{to, plural, zero {{from, number}–# يوم} one {{from, number}–# يوم} two {{from, number}–# يوم} few {{from, number}–# أيام} many {{from, number}–# يومًا} other {{from, number}–# يوم}}'
		),
		bandOpen: icu<{ from: number }>(
			'{from, plural, zero {# يوم فأكثر} one {يوم واحد فأكثر} two {يومان فأكثر} few {# أيام فأكثر} many {# يومًا فأكثر} other {# يوم فأكثر}}'
		),
		responseRate: 'معدل الاستجابة حسب القناة: التعاملات التي أُجيب عنها ÷ التعاملات الواردة',
		rate: 'معدل الاستجابة',
		download: 'تنزيل البيانات',
		drillHint: 'انقر على عمود أو نقطة لعرض تفاصيله.'
	},
	segments: {
		name: 'الاسم',
		interactions: 'التعاملات',
		responses: 'الإجابات',
		csat: 'الرضا',
		nps: 'NPS',
		ces: 'السهولة',
		median: 'الوسيط (يوم)',
		within: 'ضمن المهلة',
		overdue: 'متأخرة',
		tooFewRequests: 'طلبات أقل من أن تُعرض',
		rate: 'الاستجابة',
		sortBy: 'رتّب حسب',
		tooFew: 'إجابات أقل من أن تُعرض',
		intervals: 'بين القوسين فترة الثقة ٩٥٪.',
		note: icu<{ min: number }>(
			'لا تُعرض نتيجة لمجموعة بها أقل من {min, plural, zero {# إجابة} one {إجابة واحدة} two {إجابتين} few {# إجابات} many {# إجابة} other {# إجابة}} حفاظًا على خصوصية المستفيدين، ولا تُقارن نتائج الأفراد أبدًا.'
		),
		partial: icu<{ min: number }>(
			'تُجمع الإجابات في كتل لا تقل الواحدة منها عن {min, plural, zero {# إجابة} one {إجابة واحدة} two {إجابتين} few {# إجابات} many {# إجابة} other {# إجابة}}، فلا يكشف رقمٌ ولا جمعُ أرقامٍ وطرحُها مجموعةً أصغر؛ النتيجة المعلَّمة بـ * محسوبة من جزء من إجاباتها (الكتل الواقعة بكاملها فيها)، والشَّرطة تعني لا شيء منها.'
		)
	},
	turnaround: {
		monthsTitle: 'حسب شهر ورود الطلب',
		monthsNote:
			'يُحسب كل شهر من الطلبات التي وردت فيه كما هي عند نهاية الفترة (أو الآن إن كانت جارية)، فيُحتسب القرار المتأخر في شهر ورود الطلب؛ والطلبات المتأخرة المفتوحة كما كانت في نهاية كل شهر. الوسيط والمئين ٩٠ تقديران بطريقة كابلان–ماير يحتسبان الطلبات المفتوحة.',
		requestsReceived: 'طلبات وردت',
		decided: 'بُتّ فيها',
		decidedMedian: 'وسيط ما بُتّ فيه',
		closed: 'انقضت مهلتها',
		stillWithin: 'ما زالت ضمن مهلتها',
		overdueList: 'طلبات تجاوزت المهلة ولم يُبتّ فيها',
		id: 'رقم الطلب',
		received: 'تاريخ الاستلام',
		waiting: 'أيام الانتظار',
		none: 'لا توجد طلبات متأخرة في هذه الفترة.',
		boardNote: 'قائمة الطلبات التفصيلية متاحة لفريق علاقات المستفيدين.'
	},
	formats: { csv: 'CSV', xlsx: 'Excel' }
};

const en: typeof ar = {
	title: 'Dashboard',
	nav: {
		overview: 'Overview',
		channels: 'Channels',
		services: 'Services',
		branches: 'Branches',
		teams: 'Teams',
		turnaround: 'Turnaround',
		comments: 'What beneficiaries said',
		actions: 'Improvement actions'
	},
	filter: {
		legend: 'Filter',
		period: 'Period',
		presets: {
			'this-month': 'This month',
			'last-month': 'Last month',
			'this-quarter': 'This quarter',
			'this-year': 'This year',
			'last-12-months': 'Last 12 months',
			'hijri-month': 'This Hijri month',
			'last-hijri-month': 'Last Hijri month',
			'hijri-quarter': 'This Hijri quarter',
			custom: 'Custom dates'
		},
		from: 'From',
		to: 'To',
		channel: 'Channel',
		type: 'Interaction type',
		service: 'Service',
		branch: 'Branch',
		all: 'All',
		apply: 'Show',
		reset: 'Reset',
		invalid: (fields: string) =>
			`Invalid values in: ${fields}. The figures use the defaults instead.`
	},
	types: {
		inquiry: 'Inquiry',
		support_request: 'Support request',
		complaint: 'Complaint',
		suggestion: 'Suggestion'
	},
	cards: {
		csat: 'CSAT',
		nps: 'NPS',
		ces: 'Ease (CES, 1–7)',
		responses: 'Survey answers',
		interactions: 'Interactions',
		responseRate: 'Response rate',
		responseRateMeans: 'answered interactions ÷ interactions received',
		unlinked: icu<{ n: number }>(
			'+ {n, plural, one {# answer} other {# answers}} not linked to an interaction'
		),
		median: 'Median turnaround (Kaplan–Meier)',
		p90: '90th percentile turnaround (Kaplan–Meier)',
		within: 'Within the window',
		overdue: 'Open requests past the window',
		notReached: 'not reached',
		estimateHint: 'an estimate that counts the requests still open',
		decidedMedian: (v: string) => `median of decided requests: ${v}`,
		withinOf: icu<{ x: number; n: number }>('{x, number} of {n, number} whose window has closed'),
		stillWithin: icu<{ n: number; d: number }>(
			'still within their window: {n, number} ({d, number} decided)'
		),
		overdueHint: (at: string) => `received in any month, as of ${at}`,
		interval: (low: string, high: string) => `95% interval: ${low}–${high}`,
		answers: icu<{ n: number }>('from {n, plural, one {# answer} other {# answers}}'),
		scoredOf: icu<{ scored: number; n: number }>(
			'from {scored, number} of {n, plural, one {# answer} other {# answers}}; the rest are pooled with other answers to keep them anonymous'
		),
		pooled: 'Not shown on its own, to keep answers anonymous',
		cesScale: '1 = very difficult … 7 = very easy',
		decided: icu<{ n: number }>(
			'of {n, plural, one {# decided request} other {# decided requests}}'
		),
		days: 'days',
		windowDays: icu<{ n: number }>('{n, plural, one {# day} other {# days}}'),
		tooFew: 'Too few answers to report',
		noData: 'No data',
		vsPrevious: 'against the previous period',
		change: {
			improvement: 'Improvement',
			decline: 'Decline',
			no_clear_change: 'No clear change',
			too_few: 'Too few to tell',
			no_data: 'No data to compare'
		}
	},
	empty: {
		title: 'No data for this period',
		text: 'Satisfaction, NPS, ease of service, request turnaround and their charts appear here once an interaction log is imported and beneficiaries answer the survey.',
		import: 'Import an interaction log',
		surveys: 'Set up and publish the survey',
		period: 'Or choose another period in the filter.'
	},
	charts: {
		csatTrend: 'Monthly CSAT with its 95% interval',
		csat: 'CSAT',
		interval: '95% interval',
		channelVolume: 'Interactions per channel per month',
		distribution: 'Turnaround of support requests',
		requests: 'Requests',
		window: 'Window',
		days: 'Days to decision',
		overdueAge: 'Overdue requests by age',
		overdue: 'Overdue requests',
		band: icu<{ from: number; to: number }>('{from, number}–{to, number} days'),
		bandOpen: icu<{ from: number }>('{from, number}+ days'),
		responseRate: 'Response rate per channel: answered interactions ÷ interactions received',
		rate: 'Response rate',
		download: 'Download the data',
		drillHint: 'Click a bar or a point to see its details.'
	},
	segments: {
		name: 'Name',
		interactions: 'Interactions',
		responses: 'Answers',
		csat: 'CSAT',
		nps: 'NPS',
		ces: 'CES',
		median: 'Median (days)',
		within: 'Within window',
		overdue: 'Overdue',
		tooFewRequests: 'Too few requests to report',
		rate: 'Response rate',
		sortBy: 'Sort by',
		tooFew: 'Too few answers to report',
		intervals: 'In brackets: the 95% interval.',
		note: icu<{ min: number }>(
			'Groups with fewer than {min, plural, one {# answer} other {# answers}} are not scored, to keep beneficiaries anonymous; individual staff are never compared.'
		),
		partial: icu<{ min: number }>(
			'Answers are grouped in blocks of at least {min, number} so that no figure, or combination of figures, reveals a smaller group; a score marked * comes from part of its answers (the blocks wholly inside it), a dash means none.'
		)
	},
	turnaround: {
		monthsTitle: 'By month received',
		monthsNote:
			"Each month counts the requests received in it as they stand at the end of the period (or now, while it runs), so a late decision counts in the month the request arrived; the open requests past the window are those at each month's end. The median and 90th percentile are Kaplan–Meier estimates that count the requests still open.",
		requestsReceived: 'Received',
		decided: 'Decided',
		decidedMedian: 'Median of decided',
		closed: 'Window closed',
		stillWithin: 'Still within their window',
		overdueList: 'Requests past the window and not yet decided',
		id: 'Request',
		received: 'Received',
		waiting: 'Days waiting',
		none: 'No overdue requests in this period.',
		boardNote: 'The detailed list of requests is available to the beneficiary-relations team.'
	},
	formats: { csv: 'CSV', xlsx: 'Excel' }
};

export const dashboardCatalogue = { ar, en };

/** The dashboard's text in a language; counted messages print `digits` (the language's own by default). */
export function dashboardMessages(lang: Language, digits?: Digits) {
	return bindMessages(dashboardCatalogue[lang], lang, digits);
}
export type DashboardMessages = ReturnType<typeof dashboardMessages>;

const commentsAr = {
	search: 'بحث في الملاحظات',
	rating: 'التقييم',
	anyRating: 'أي تقييم',
	theme: 'الموضوع',
	anyTheme: 'كل المواضيع',
	themes: 'مواضيع متكررة',
	count: icu<{ shown: number; total: number }>(
		'{total, plural, zero {لا توجد ملاحظات} one {تُعرض {shown, number} من ملاحظة واحدة} two {تُعرض {shown, number} من ملاحظتين} few {تُعرض {shown, number} من # ملاحظات} many {تُعرض {shown, number} من # ملاحظة} other {تُعرض {shown, number} من # ملاحظة}}'
	),
	none: 'لا توجد ملاحظات تطابق الاختيار.',
	noneYet:
		'لا توجد ملاحظات في هذه الفترة. تظهر هنا ملاحظات المستفيدين المكتوبة في الاستبيان، بعد إخفاء أرقام الهواتف والهويات، حين تصل إجاباتهم.',
	surveys: 'الاستبيانات وروابطها',
	masked: 'أُخفيت أرقام الهواتف والهويات والبريد الإلكتروني من الملاحظات قبل حفظها.',
	invalid: 'قيمة غير صالحة في البحث أو التقييم أو الموضوع.',
	date: 'التاريخ',
	channel: 'القناة',
	comment: 'الملاحظة',
	questions: 'إجابات الأسئلة الأخرى',
	answered: icu<{ n: number }>(
		'{n, plural, zero {لم يُجب أحد} one {أجاب مستفيد واحد} two {أجاب مستفيدان} few {أجاب # مستفيدين} many {أجاب # مستفيدًا} other {أجاب # مستفيد}}'
	),
	tooFew: 'الإجابات أقل من الحد الأدنى للعرض، فلا تُعرض نسبها.',
	freeText: 'إجابات نصية حرة، لا تُعرض هنا.',
	option: 'الخيار',
	share: 'النسبة',
	answers: 'الإجابات'
};
const commentsEn: typeof commentsAr = {
	search: 'Search the comments',
	rating: 'Rating',
	anyRating: 'Any rating',
	theme: 'Theme',
	anyTheme: 'All themes',
	themes: 'Recurring themes',
	count: icu<{ shown: number; total: number }>(
		'Showing {shown, number} of {total, plural, one {# comment} other {# comments}}'
	),
	none: 'No comments match.',
	noneYet:
		'No comments in this period. What beneficiaries write in the survey appears here, with phone and ID numbers masked, once their answers arrive.',
	surveys: 'The surveys and their links',
	masked:
		'Phone numbers, ID numbers and e-mail addresses were masked before the comments were stored.',
	invalid: 'Invalid value in the search, rating or theme.',
	date: 'Date',
	channel: 'Channel',
	comment: 'Comment',
	questions: 'Answers to the other questions',
	answered: icu<{ n: number }>('{n, number} answered'),
	tooFew: 'Too few answers to report their shares.',
	freeText: 'Free-text answers, not listed here.',
	option: 'Option',
	share: 'Share',
	answers: 'Answers'
};

export const commentCatalogue = { ar: commentsAr, en: commentsEn };

export function commentMessages(lang: Language, digits?: Digits) {
	return bindMessages(commentCatalogue[lang], lang, digits);
}

const actionsAr = {
	intro:
		'سجّل ما ستفعله الجمعية استجابةً لما قاله المستفيدون. الإجراءات تخص الخدمات والقنوات والإجراءات والفرق، لا الأفراد.',
	add: 'إجراء جديد',
	findingKind: 'يتعلق بـ',
	kinds: { channel: 'قناة', service: 'خدمة', branch: 'فرع', figure: 'مؤشر' },
	findingValue: 'أيّها (الرمز أو الاسم)',
	title: 'الإجراء',
	description: 'التفاصيل',
	team: 'الفريق المسؤول',
	dueDate: 'تاريخ الإنجاز المستهدف',
	status: 'الحالة',
	statuses: statusCatalogue.ar.action,
	save: 'حفظ',
	create: 'إضافة الإجراء',
	created: 'أُضيف الإجراء.',
	updated: 'حُفظ الإجراء.',
	invalid: 'تحقق من الحقول المظللة.',
	none: 'لا توجد إجراءات بعد.',
	noneHint: 'يظهر هنا كل إجراء تضيفه بالنموذج أعلاه مع حالته. ابدأ بقراءة ما قال المستفيدون.',
	readComments: 'ماذا قال المستفيدون',
	publicTitle: 'قلتم وفعلنا',
	publicIntro:
		'نستمع إلى آرائكم في خدماتنا، وهذا ما نعمل عليه لتحسينها. التقييم أداة للتطوير لا للعقاب.',
	publicNone: 'لا توجد إجراءات منشورة بعد.'
};
const actionsEn: typeof actionsAr = {
	intro:
		'Record what the association will do about what beneficiaries said. Actions concern services, channels, processes and teams, never individuals.',
	add: 'New action',
	findingKind: 'Concerns a',
	kinds: { channel: 'channel', service: 'service', branch: 'branch', figure: 'figure' },
	findingValue: 'Which one (code or name)',
	title: 'Action',
	description: 'Details',
	team: 'Team responsible',
	dueDate: 'Due date',
	status: 'Status',
	statuses: statusCatalogue.en.action,
	save: 'Save',
	create: 'Add the action',
	created: 'Action added.',
	updated: 'Action saved.',
	invalid: 'Check the highlighted fields.',
	none: 'No actions yet.',
	noneHint:
		'Each action you add with the form above appears here with its status. Start from what beneficiaries said.',
	readComments: 'What beneficiaries said',
	publicTitle: 'You said, we did',
	publicIntro:
		'We listen to what you tell us about our services; this is what we are doing to improve them. Evaluation is for improvement, never for punishment.',
	publicNone: 'No actions have been published yet.'
};

export const actionCatalogue = { ar: actionsAr, en: actionsEn };

export function actionMessages(lang: Language) {
	return actionCatalogue[lang];
}
