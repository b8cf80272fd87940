// Text of the board report (print, PDF, pages), in Arabic and English.
import { bindMessages, icu } from './icu';
import type { Digits, Language } from './preferences';
import { statusCatalogue } from './status-messages';

const ar = {
	title: 'تقرير رضا المستفيدين وجودة الخدمة',
	draft: 'مسودة — لم يصدر بعد',
	version: (v: string) => `الإصدار ${v}`,
	issuedOn: (d: string) => `صدر في ${d}`,
	period: 'الفترة',
	sections: {
		summary: 'الملخص',
		keyFigures: 'المؤشرات الرئيسة',
		channels: 'القنوات',
		turnaround: 'مدة البتّ في الطلبات مقارنة بالمهلة',
		said: 'ماذا قال المستفيدون',
		actions: 'قلتم وفعلنا',
		method: 'المنهجية وجودة البيانات',
		approval: 'الاعتماد'
	},
	figure: 'المؤشر',
	current: 'هذه الفترة',
	previous: 'الفترة السابقة',
	changeCol: 'التغيّر',
	answersCol: 'عدد الإجابات',
	csat: 'نسبة الرضا',
	nps: 'صافي نقاط الترويج',
	ces: 'سهولة الخدمة (١ = صعب جدًا … ٧ = سهل جدًا)',
	interactions: 'التعاملات',
	responses: 'إجابات الاستبيان',
	within: 'ضمن المهلة',
	median: 'وسيط مدة البتّ (يوم)',
	p90: 'المئين ٩٠ لمدة البتّ (يوم)',
	overdue: 'طلبات مفتوحة تجاوزت المهلة',
	kmMedian: 'وسيط مدة البتّ، كابلان–ماير (يوم)',
	kmP90: 'المئين ٩٠ لمدة البتّ، كابلان–ماير (يوم)',
	decidedMedian: 'وسيط الطلبات التي بُتّ فيها (يوم)',
	notReached: 'لم يُبلغ بعد',
	stillWithin: 'ما زالت ضمن مهلتها',
	overdueAnyMonth: 'طلبات مفتوحة تجاوزت المهلة (أيًا كان شهر ورودها)',
	received: 'طلبات وردت',
	closed: 'انقضت مهلتها',
	monthsNote:
		'كل شهر يضم الطلبات التي وردت فيه كما هي في نهاية فترة التقرير، فيُحتسب القرار المتأخر في شهر ورود الطلب. نسبة «ضمن المهلة» من الطلبات التي انقضت مهلتها، والطلبات المفتوحة بعد انقضاء المهلة تُعدّ متأخرة لا تُسقط. الوسيط والمئين ٩٠ تقديران بطريقة كابلان–ماير تحتسب الطلبات المفتوحة، و«لم يُبلغ بعد» تعني أن أقل من النصف (أو ٩٠٪) قد بُتّ فيه. عمود المتأخرة: الطلبات المفتوحة التي تجاوزت المهلة في نهاية كل شهر، أيًا كان شهر ورودها.',
	change: {
		improvement: 'تحسّن',
		decline: 'تراجع',
		no_clear_change: 'لا تغيّر واضح',
		too_few: 'أقل من أن يُحكم',
		no_data: 'لا بيانات'
	},
	tooFew: 'أقل من أن يُنشر',
	noData: 'لا بيانات',
	channel: 'القناة',
	share: 'النسبة',
	responseRate: 'معدل الاستجابة',
	month: 'الشهر',
	decided: 'طلبات بُتّ فيها',
	themes: 'مواضيع متكررة',
	count: 'العدد',
	quotes: 'من ملاحظات المستفيدين (بعد إخفاء البيانات الشخصية)',
	rating: 'التقييم',
	noActions: 'لم تُسجَّل إجراءات تحسين في هذه الفترة.',
	actionTitle: 'الإجراء',
	finding: 'يتعلق بـ',
	team: 'الفريق',
	statusCol: 'الحالة',
	due: 'الموعد المستهدف',
	status: statusCatalogue.ar.action,
	findingKind: { channel: 'القناة', service: 'الخدمة', branch: 'الفرع' },
	figureFinding: 'مؤشر عام',
	dimension: { channel: 'قناة', service: 'خدمة', branch: 'فرع', team: 'فريق' },
	methodAnswers: icu<{ c: number; p: number; e: number; d: number }>(
		'تستند نسبة الرضا إلى {c, plural, zero {لا إجابات} one {إجابة واحدة} two {إجابتين} few {# إجابات} many {# إجابة} other {# إجابة}}، وصافي نقاط الترويج إلى {p, number}، وسهولة الخدمة إلى {e, number}، ومؤشرات المدة إلى {d, plural, zero {لا طلبات دعم} one {طلب دعم واحد ورد} two {طلبَي دعم وردا} few {# طلبات دعم وردت} many {# طلب دعم ورد} other {# طلب دعم ورد}} في الفترة.'
	),
	summary: {
		policy:
			'يُعرض هذا التقرير وفق سياسة تنظيم العلاقة مع المستفيدين: تقييم جودة الخدمة حق للمستفيد، وقياس رضاه أداة للتقويم والتطوير لا للعقاب والتشهير. تتحدث الأرقام التالية عن الخدمات والقنوات والإجراءات، لا عن أشخاص.',
		noAnswers: 'لم تصل إجابات على استبيان الرضا في هذه الفترة.',
		satisfied: (v: { percent: string; from: string; low: string; high: string }) =>
			`بلغت نسبة رضا المستفيدين ${v.percent}٪ ${v.from} (فترة الثقة ٩٥٪: ${v.low}–${v.high}٪).`,
		against: { previous: 'الفترة السابقة', yearBefore: 'الفترة نفسها من العام الماضي' },
		what: { rate: 'النسبة', within: 'نسبة الطلبات ضمن المهلة' },
		change: {
			improvement: (against: string, points: string) => `وهذا تحسّن واضح عن ${against}${points}.`,
			decline: (against: string, points: string) => `وهذا تراجع واضح عن ${against}${points}.`,
			no_clear_change: (against: string, what: string) =>
				`ولا يظهر تغيّر واضح في ${what} عن ${against}.`,
			too_few: (against: string, what: string) =>
				`والعدد أقل من أن يُحكم بتغيّر ${what} عن ${against}.`,
			no_data: (against: string) => `ولا تتوفر بيانات للمقارنة مع ${against}.`
		},
		points: (signed: string) => ` (${signed} نقطة مئوية)`,
		noRequests: 'لم ترد طلبات دعم في هذه الفترة.',
		days: (days: string, working: boolean) => `${days} ${working ? 'يوم عمل' : 'يومًا'}`,
		window: (days: string, working: boolean) => `${days} ${working ? 'يوم عمل' : 'يومًا'}`,
		windowClosed: (v: { from: string; window: string; percent: string }) =>
			`${v.from} (${v.window}) بنهاية الفترة، بُتّ في ${v.percent}٪ منها خلال المهلة.`,
		windowOpen: (window: string) =>
			`لم تنقضِ بعدُ مهلة (${window}) أيٍّ من طلبات الدعم التي وردت في هذه الفترة.`,
		median: (days: string) =>
			`وباحتساب الطلبات التي ما زالت مفتوحة، بُتّ في نصف الطلبات خلال ${days} (تقدير كابلان–ماير).`,
		medianNotReached: 'ولم يُبتّ بعدُ في نصف الطلبات، فالوسيط لم يُبلغ بعد.',
		noOverdueOpen: 'ولم يبقَ في نهاية الفترة طلب مفتوح تجاوز المهلة.',
		noAreas: 'لم تظهر في هذه الفترة قناة أو خدمة أو فرع يبتعد بوضوح عن المستوى العام.',
		areaKind: { channel: 'قناة', service: 'خدمة', branch: 'فرع' },
		areaLowCsat: (kind: string, name: string, value: string) =>
			`${kind} «${name}» (الرضا ${value}٪)`,
		areaSlowTurnaround: (kind: string, name: string, value: string) =>
			`${kind} «${name}» (${value}٪ من الطلبات ضمن المهلة)`,
		areas: (items: string[]) =>
			`مجالات مقترحة للتحسين: ${items.join('، ')}. المقصود تحسين الإجراءات والخدمة في هذه المجالات.`,
		fromAnswers: icu<{ n: number }>(
			'{n, plural, zero {من غير إجابات} one {من إجابة واحدة} two {من إجابتين} few {من # إجابات} many {من # إجابة} other {من # إجابة}}'
		),
		fromRequests: icu<{ n: number }>(
			'{n, plural, zero {من غير طلبات دعم انقضت مهلتها} one {من طلب دعم واحد انقضت مهلته} two {من طلبَي دعم انقضت مهلتهما} few {من # طلبات دعم انقضت مهلتها} many {من # طلب دعم انقضت مهلتها} other {من # طلب دعم انقضت مهلتها}}'
		),
		fewAnswers: icu<{ n: number }>(
			'{n, plural, zero {لم تصل إجابات} one {وصلت إجابة واحدة فقط} two {وصلت إجابتان فقط} few {وصلت # إجابات فقط} many {وصلت # إجابة فقط} other {وصلت # إجابة فقط}}، وهو عدد أقل من أن تُنشر عنه نسبة رضا.'
		),
		stillWithin: icu<{ n: number }>(
			'{n, plural, zero {ولا طلب ضمن مهلته.} one {وما زال طلب واحد ضمن مهلته.} two {وما زال طلبان ضمن مهلتهما.} few {وما زالت # طلبات ضمن مهلتها.} many {وما زال # طلبًا ضمن مهلته.} other {وما زال # طلب ضمن مهلته.}}'
		),
		overdueOpen: icu<{ n: number }>(
			'{n, plural, zero {ولم يبقَ في نهاية الفترة طلب مفتوح تجاوز المهلة.} one {وبقي طلب واحد مفتوح تجاوز المهلة في نهاية الفترة، أيًا كان شهر وروده، ويحتاج إلى متابعة.} two {وبقي طلبان مفتوحان تجاوزا المهلة في نهاية الفترة، أيًا كان شهر ورودهما، ويحتاجان إلى متابعة.} few {وبقيت # طلبات مفتوحة تجاوزت المهلة في نهاية الفترة، أيًا كان شهر ورودها، وتحتاج إلى متابعة.} many {وبقي # طلبًا مفتوحًا تجاوز المهلة في نهاية الفترة، أيًا كان شهر وروده، ويحتاج إلى متابعة.} other {وبقي # طلب مفتوح تجاوز المهلة في نهاية الفترة، أيًا كان شهر وروده، ويحتاج إلى متابعة.}}'
		)
	},
	methodTurnaround:
		'تُحسب مدة البتّ كما يحسبها محلل البقاء: الطلبات المفتوحة في نهاية الفترة لا تُسقط؛ فهي تدخل تقدير كابلان–ماير للوسيط والمئين ٩٠ حتى آخر يوم كامل انتظرته، وتُعدّ خارج المهلة متى انقضت مهلتها دون قرار، ويُعدّ في المتأخرة كل طلب مفتوح تجاوز المهلة أيًا كان شهر وروده.',
	methodIntervals:
		'بين القوسين فترة الثقة ٩٥٪: بطريقة ويلسون لنسبة الرضا، وبطريقة والد المعدّلة (روكس ٢٠١٦) لصافي نقاط الترويج، وبتوزيع ستيودنت t لمتوسط سهولة الخدمة. ولا يُسمّى الفرق بين فترتين تحسّنًا أو تراجعًا إلا إذا أكده اختبار فيشر الدقيق عند ٩٥٪، وإذا قلّ عدد إحدى الفترتين عن الحد الأدنى للمجموعة قيل إن العدد أقل من أن يُحكم.',
	methodWindowWorking: icu<{ w: number }>(
		'مهلة لجنة البحث {w, plural, zero {# يوم عمل} one {يوم عمل واحد} two {يوما عمل} few {# أيام عمل} many {# يوم عمل} other {# يوم عمل}} (دون عطلة نهاية الأسبوع والإجازات).'
	),
	methodWindowCalendar: icu<{ w: number }>(
		'مهلة لجنة البحث {w, plural, zero {# يوم} one {يوم تقويمي واحد} two {يومان تقويميان} few {# أيام تقويمية} many {# يومًا تقويميًا} other {# يوم تقويمي}}.'
	),
	methodMinGroup: icu<{ m: number }>(
		'لا تُعرض نتيجة لمجموعة بها أقل من {m, plural, zero {# إجابة} one {إجابة واحدة} two {إجابتين} few {# إجابات} many {# إجابة} other {# إجابة}}، ولا تُقارن نتائج الأفراد أبدًا. تُجمع الإجابات في كتل لا تقل الواحدة منها عن {m, plural, zero {# إجابة} one {إجابة واحدة} two {إجابتين} few {# إجابات} many {# إجابة} other {# إجابة}}، ولا تُحسب نتيجة إلا من كتل تقع بكاملها في مجموعتها، فلا يكشف رقمٌ ولا جمعُ أرقامٍ وطرحُها مجموعةً أصغر؛ النتيجة المعلَّمة بـ * محسوبة من جزء من إجابات مجموعتها.'
	),
	methodCalendar: (hijri: boolean): string =>
		hijri ? 'الفترة بالتقويم الهجري (أم القرى).' : 'الفترة بالتقويم الميلادي.',
	methodRejected: icu<{ rows: number; runs: number }>(
		'{rows, plural, zero {لم يُرفض عند الاستيراد في هذه الفترة أي صف} one {رُفض عند الاستيراد في هذه الفترة صف واحد} two {رُفض عند الاستيراد في هذه الفترة صفّان} few {رُفضت عند الاستيراد في هذه الفترة # صفوف} many {رُفض عند الاستيراد في هذه الفترة # صفًا} other {رُفض عند الاستيراد في هذه الفترة # صف}} من {runs, plural, zero {# عملية استيراد} one {عملية استيراد واحدة} two {عمليتَي استيراد} few {# عمليات استيراد} many {# عملية استيراد} other {# عملية استيراد}}، وحُفظت مع أسباب رفضها.'
	),
	methodResponseRate: icu<{ answered: number; received: number; unlinked: number }>(
		'معدل الاستجابة = التعاملات التي أُجيب عنها ÷ التعاملات الواردة في الفترة ({answered, number} من {received, number})، والتعامل مُجاب عنه إذا ارتبطت به إجابة استبيان واحدة على الأقل؛ {unlinked, plural, zero {ولا إجابات غير مرتبطة بتعامل} one {وإجابة واحدة غير مرتبطة بتعامل لا تدخل في المعدل} two {وإجابتان غير مرتبطتين بتعامل لا تدخلان في المعدل} few {و# إجابات غير مرتبطة بتعامل لا تدخل في المعدل} many {و# إجابة غير مرتبطة بتعامل لا تدخل في المعدل} other {و# إجابة غير مرتبطة بتعامل لا تدخل في المعدل}}.'
	),
	suppressedTitle: 'مجموعات لم تُعرض نتائجها لقلة الإجابات',
	none: 'لا يوجد',
	meetingNumber: 'رقم اجتماع مجلس الإدارة',
	meetingDate: 'تاريخ الاجتماع',
	notRecorded: 'لم يُسجّل بعد',
	chart: {
		'csat-trend': 'نسبة الرضا شهريًا مع فترة الثقة',
		'channel-volume': 'التعاملات حسب القناة شهريًا',
		'turnaround-distribution': 'توزيع مدة البتّ في طلبات الدعم'
	},
	periodLabel: (key: string, n: (v: number) => string) => {
		const m = /^(H?)(\d{4})(?:-(Q|H)?(\d{1,2}))?$/.exec(key);
		if (!m) return key;
		const year = `${n(Number(m[2]))}${m[1] ? ' هـ' : ''}`;
		if (!m[4]) return `عام ${year}`;
		if (m[3] === 'H') return `النصف ${m[4] === '1' ? 'الأول' : 'الثاني'} من ${year}`;
		return m[3] === 'Q' ? `الربع ${n(Number(m[4]))} من ${year}` : `${n(Number(m[4]))}/${year}`;
	},
	page: 'صفحة',
	/** "page X of Y" in the page footer: the words around the two counters */
	pageOf: 'من',
	gregorianDates: 'بالتقويم الميلادي',
	hijriDates: 'بالتقويم الهجري (أم القرى)',
	logoAlt: (org: string) => `شعار ${org}`,
	approvedBy: 'اعتمده مجلس الإدارة',
	signature: 'التوقيع'
};

const en: typeof ar = {
	title: 'Beneficiary satisfaction and service quality report',
	draft: 'Draft — not issued',
	version: (v: string) => `Version ${v}`,
	issuedOn: (d: string) => `Issued on ${d}`,
	period: 'Period',
	sections: {
		summary: 'Summary',
		keyFigures: 'Key figures',
		channels: 'Channels',
		turnaround: 'Turnaround against the review window',
		said: 'What beneficiaries said',
		actions: 'You said, we did',
		method: 'Method and data quality',
		approval: 'Approval'
	},
	figure: 'Figure',
	current: 'This period',
	previous: 'Previous period',
	changeCol: 'Change',
	answersCol: 'Answers',
	csat: 'CSAT',
	nps: 'NPS',
	ces: 'Ease (CES: 1 = very difficult … 7 = very easy)',
	interactions: 'Interactions',
	responses: 'Survey answers',
	within: 'Within the window',
	median: 'Median turnaround (days)',
	p90: '90th percentile turnaround (days)',
	overdue: 'Open requests past the window',
	kmMedian: 'Median turnaround, Kaplan–Meier (days)',
	kmP90: '90th percentile turnaround, Kaplan–Meier (days)',
	decidedMedian: 'Median of decided requests (days)',
	notReached: 'not reached',
	stillWithin: 'Still within their window',
	overdueAnyMonth: 'Open requests past the window (received in any month)',
	received: 'Received',
	closed: 'Window closed',
	monthsNote:
		'Each month holds the requests received in it as they stand at the end of the report\'s period, so a late decision counts in the month the request arrived. The share within the window is of the requests whose window had closed; an open request past its window counts as a miss, not as absent. The median and 90th percentile are Kaplan–Meier estimates that count the requests still open; "not reached" means fewer than half (or 90%) have been decided. Overdue: the open requests past the window at the end of each month, whatever month they came in.',
	change: {
		improvement: 'Improvement',
		decline: 'Decline',
		no_clear_change: 'No clear change',
		too_few: 'Too few to tell',
		no_data: 'No data'
	},
	tooFew: 'too few to report',
	noData: 'no data',
	channel: 'Channel',
	share: 'Share',
	responseRate: 'Response rate',
	month: 'Month',
	decided: 'Decided',
	themes: 'Recurring themes',
	count: 'Count',
	quotes: "From beneficiaries' comments (personal data masked)",
	rating: 'Rating',
	noActions: 'No improvement actions were recorded in this period.',
	actionTitle: 'Action',
	finding: 'Concerns',
	team: 'Team',
	statusCol: 'Status',
	due: 'Due',
	status: statusCatalogue.en.action,
	findingKind: { channel: 'Channel', service: 'Service', branch: 'Branch' },
	figureFinding: 'Overall figure',
	dimension: { channel: 'Channel', service: 'Service', branch: 'Branch', team: 'Team' },
	methodAnswers: icu<{ c: number; p: number; e: number; d: number }>(
		'CSAT rests on {c, plural, one {# answer} other {# answers}}, NPS on {p, number}, CES on {e, number}, and the turnaround figures on {d, plural, one {# support request} other {# support requests}} received in the period.'
	),
	summary: {
		policy:
			"This report follows the policy regulating the relationship with beneficiaries: evaluating service quality is the beneficiary's right, and measuring satisfaction is a tool for correction and development, not for punishment or blame. The figures speak of services, channels and processes, not of people.",
		noAnswers: 'No satisfaction answers were received in this period.',
		satisfied: (v: { percent: string; from: string; low: string; high: string }) =>
			`${v.percent}% ${v.from} were satisfied (95% interval ${v.low}–${v.high}%).`,
		against: { previous: 'the previous period', yearBefore: 'the same period a year before' },
		what: { rate: 'the rate', within: 'the share within the window' },
		change: {
			improvement: (against: string, points: string) =>
				`This is a clear improvement on ${against}${points}.`,
			decline: (against: string, points: string) =>
				`This is a clear decline from ${against}${points}.`,
			no_clear_change: (against: string, what: string) =>
				`There is no clear change in ${what} from ${against}.`,
			too_few: (against: string, what: string) =>
				`There are too few to tell whether ${what} changed from ${against}.`,
			no_data: (against: string) => `There is no data to compare with ${against}.`
		},
		points: (signed: string) => ` (${signed} percentage points)`,
		noRequests: 'No support requests were received in this period.',
		days: (days: string, working: boolean) => `${days} ${working ? 'working days' : 'days'}`,
		window: (days: string, working: boolean) => `${days}-${working ? 'working-day' : 'day'} window`,
		windowClosed: (v: { from: string; window: string; percent: string }) =>
			`${v.from} whose ${v.window} had closed by the end of the period, ${v.percent}% were decided within it.`,
		windowOpen: (window: string) =>
			`No support request received in this period had reached the end of its ${window} yet.`,
		median: (days: string) =>
			`Counting the requests still open, half were decided within ${days} (a Kaplan–Meier estimate).`,
		medianNotReached:
			'Fewer than half have been decided so far, so the median time to decision is not reached yet.',
		noOverdueOpen: 'No open request was past the window at the end of the period.',
		noAreas:
			'No channel, service or branch stood clearly apart from the overall level in this period.',
		areaKind: { channel: 'the channel', service: 'the service', branch: 'the branch' },
		areaLowCsat: (kind: string, name: string, value: string) =>
			`${kind} “${name}” (${value}% satisfied)`,
		areaSlowTurnaround: (kind: string, name: string, value: string) =>
			`${kind} “${name}” (${value}% of requests within the window)`,
		areas: (items: string[]) =>
			`Suggested areas to improve: ${items.join('; ')}. The aim is to improve the processes and the service in these areas.`,
		fromAnswers: icu<{ n: number }>('of {n, plural, one {# answer} other {# answers}}'),
		fromRequests: icu<{ n: number }>(
			'Of the {n, plural, one {# support request} other {# support requests}}'
		),
		fewAnswers: icu<{ n: number }>(
			'Only {n, plural, one {# answer was} other {# answers were}} received: too few to publish a satisfaction rate.'
		),
		stillWithin: icu<{ n: number }>(
			'{n, plural, one {# request is} other {# requests are}} still within their window.'
		),
		overdueOpen: icu<{ n: number }>(
			'{n, plural, one {# open request was past the window at the end of the period, whatever month it came in, and needs follow-up.} other {# open requests were past the window at the end of the period, whatever month they came in, and need follow-up.}}'
		)
	},
	methodTurnaround:
		'Turnaround is counted the way a survival analyst counts it: requests still open at the end of the period are not dropped. They enter the Kaplan–Meier estimate of the median and 90th percentile up to the last whole day they had waited, count as outside the window once their window has closed without a decision, and every open request past its window is in the backlog, whatever month it came in.',
	methodIntervals:
		"In brackets, 95% intervals: Wilson score for CSAT, the adjusted Wald interval (Rocks 2016) for NPS, Student's t for the CES mean. A difference between two periods is called an improvement or a decline only when Fisher's exact test confirms it at 95%; when either period has fewer than the minimum group, it is too few to tell.",
	methodWindowWorking: icu<{ w: number }>(
		"The research committee's review window is {w, plural, one {# working day} other {# working days}} (weekends and holidays not counted)."
	),
	methodWindowCalendar: icu<{ w: number }>(
		"The research committee's review window is {w, plural, one {# calendar day} other {# calendar days}}."
	),
	methodMinGroup: icu<{ m: number }>(
		"Groups with fewer than {m, plural, one {# answer} other {# answers}} are not scored, and individual staff are never compared. Answers are grouped in blocks of at least {m, number}, and a score is worked out only from blocks lying wholly inside its group, so no figure, or sum or difference of figures, reveals a smaller group; a score marked * comes from part of its group's answers."
	),
	methodCalendar: (hijri: boolean) =>
		hijri
			? 'The period follows the Hijri (Umm al-Qura) calendar.'
			: 'The period follows the Gregorian calendar.',
	methodRejected: icu<{ rows: number; runs: number }>(
		'{rows, plural, one {# row was} other {# rows were}} rejected at ingest in this period, over {runs, plural, one {# ingest run} other {# ingest runs}}; each is kept with its reasons.'
	),
	methodResponseRate: icu<{ answered: number; received: number; unlinked: number }>(
		'Response rate = answered interactions ÷ interactions received in the period ({answered, number} of {received, number}); an interaction is answered when at least one survey answer is linked to it. {unlinked, plural, one {# answer not linked to an interaction is} other {# answers not linked to an interaction are}} not in the rate.'
	),
	suppressedTitle: 'Groups not scored because they had too few answers',
	none: 'None',
	meetingNumber: 'Board meeting number',
	meetingDate: 'Meeting date',
	notRecorded: 'not recorded yet',
	chart: {
		'csat-trend': 'Monthly CSAT with its 95% interval',
		'channel-volume': 'Interactions per channel per month',
		'turnaround-distribution': 'Turnaround of support requests'
	},
	periodLabel: (key: string, n: (v: number) => string) => {
		const m = /^(H?)(\d{4})(?:-(Q|H)?(\d{1,2}))?$/.exec(key);
		if (!m) return key;
		const year = `${m[1] ? 'AH ' : ''}${n(Number(m[2]))}`;
		if (!m[4]) return `Year ${year}`;
		if (m[3] === 'H') return `H${n(Number(m[4]))} ${year}`;
		return m[3] === 'Q' ? `Q${n(Number(m[4]))} ${year}` : `${n(Number(m[4]))}/${year}`;
	},
	page: 'Page',
	pageOf: 'of',
	gregorianDates: 'Gregorian calendar',
	hijriDates: 'Hijri calendar (Umm al-Qura)',
	logoAlt: (org: string) => `Logo of ${org}`,
	approvedBy: 'Approved by the board of directors',
	signature: 'Signature'
};

export const reportCatalogue = { ar, en };

export function reportMessages(lang: Language, digits?: Digits) {
	return bindMessages(reportCatalogue[lang], lang, digits);
}
export type ReportMessages = ReturnType<typeof reportMessages>;

const pagesAr = {
	title: 'التقارير الدورية',
	intro: 'تقارير صدرت للمجلس؛ أرقامها مجمّدة عند إصدارها ولا تتغير بما يُستورد بعدها.',
	none: 'لم يصدر تقرير بعد.',
	period: 'الفترة',
	lang: 'اللغة',
	version: 'الإصدار',
	issued: 'تاريخ الإصدار',
	meeting: 'اجتماع المجلس',
	open: 'فتح',
	pdf: 'PDF',
	prepare: 'إعداد مسودة تقرير',
	periodHint:
		'الفترات التي فيها بيانات أولًا، والمختارة مسبقًا آخر ربع مكتمل فيه بيانات (أو آخر شهر مكتمل فيه بيانات). الهجري بتقويم أم القرى.',
	preview: 'عرض المسودة',
	groups: {
		quarter: { gregory: 'الأرباع (ميلادي)', hijri: 'الأرباع (هجري)' },
		month: { gregory: 'الأشهر (ميلادي)', hijri: 'الأشهر (هجري)' },
		half: { gregory: 'أنصاف السنة (ميلادي)', hijri: 'أنصاف السنة (هجري)' },
		year: { gregory: 'السنوات (ميلادي)', hijri: 'السنوات (هجري)' }
	},
	noData: 'بلا بيانات',
	running: 'جارية',
	noneHow:
		'سيظهر هنا كل تقرير يصدر للمجلس، بإصداره وتاريخه واجتماع المجلس الذي اعتمده، مع رابط ملف PDF.',
	noneStaff: 'لإصدار أول تقرير: اختر الفترة واللغة أدناه، واعرض المسودة، ثم أصدرها.',
	noneBoard: 'يُصدر مدير الجمعية التقارير؛ ستجدها هنا حين يصدر أولها.',
	noDataYet:
		'لا توجد بيانات بعد: استورد سجل التعاملات أو انشر الاستبيان أولًا، فتمتلئ أرقام التقرير.',
	importLink: 'استيراد سجل التعاملات',
	record: 'تسجيل الاجتماع',
	meetingNumber: 'رقم الاجتماع',
	meetingDate: 'تاريخ الاجتماع',
	saved: 'سُجّل الاجتماع.',
	invalid: 'تحقق من رقم الاجتماع وتاريخه.',
	draftTitle: 'مسودة تقرير',
	issue: 'إصدار التقرير وتجميده',
	issueNote:
		'يُحفظ عند الإصدار كل رقم ونص في التقرير مع بصمة للبيانات، ويصبح متاحًا لأعضاء المجلس. إعادة الإصدار تنشئ إصدارًا جديدًا وتُبقي السابق.',
	printView: 'نسخة الطباعة',
	pdfDraft: 'PDF للمسودة',
	badPeriod: 'فترة غير صالحة: اختر فترة من القائمة في صفحة التقارير.',
	languages: { ar: 'العربية', en: 'English' }
};
const pagesEn: typeof pagesAr = {
	title: 'Periodic reports',
	intro:
		'Reports issued to the board; their figures were frozen when issued and do not change with later imports.',
	none: 'No report has been issued yet.',
	period: 'Period',
	lang: 'Language',
	version: 'Version',
	issued: 'Issued',
	meeting: 'Board meeting',
	open: 'Open',
	pdf: 'PDF',
	prepare: 'Prepare a draft report',
	periodHint:
		'Periods with data come first; the last complete quarter with data is preselected (or else the last complete month with data). Hijri dates follow Umm al-Qura.',
	preview: 'Show the draft',
	groups: {
		quarter: { gregory: 'Quarters (Gregorian)', hijri: 'Quarters (Hijri)' },
		month: { gregory: 'Months (Gregorian)', hijri: 'Months (Hijri)' },
		half: { gregory: 'Half-years (Gregorian)', hijri: 'Half-years (Hijri)' },
		year: { gregory: 'Years (Gregorian)', hijri: 'Years (Hijri)' }
	},
	noData: 'no data',
	running: 'in progress',
	noneHow:
		'Every report issued to the board will appear here, with its version, date and the board meeting that approved it, and a link to its PDF.',
	noneStaff:
		'To issue the first report: choose the period and language below, show the draft, then issue it.',
	noneBoard:
		"The association's manager issues the reports; you will find them here once the first is issued.",
	noDataYet:
		'There is no data yet: import the interaction log or publish the survey first, and the report fills with figures.',
	importLink: 'Import the interaction log',
	record: 'Record the meeting',
	meetingNumber: 'Meeting number',
	meetingDate: 'Meeting date',
	saved: 'Meeting recorded.',
	invalid: 'Check the meeting number and date.',
	draftTitle: 'Draft report',
	issue: 'Issue and freeze the report',
	issueNote:
		'Issuing stores every figure and text of the report with a fingerprint of the data, and makes it available to board members. Issuing again creates a new version and keeps the earlier one.',
	printView: 'Print view',
	pdfDraft: 'Draft PDF',
	badPeriod: 'Invalid period: choose a period from the list on the reports page.',
	languages: { ar: 'العربية', en: 'English' }
};

export const reportPageCatalogue = { ar: pagesAr, en: pagesEn };

export function reportPageMessages(lang: Language) {
	return reportPageCatalogue[lang];
}

const boardHomeAr = {
	title: 'أحدث تقرير صدر للمجلس',
	version: (v: string) => `الإصدار ${v}`,
	issued: (d: string) => `صدر في ${d}`,
	pdf: 'تنزيل التقرير (PDF)',
	open: 'فتح نسخة الطباعة',
	all: 'كل التقارير',
	none: 'لم يصدر تقرير للمجلس بعد. حين يُصدر مدير الجمعية أول تقرير دوري سيظهر هنا ملخصه ورابط ملف PDF.'
};
const boardHomeEn: typeof boardHomeAr = {
	title: 'The latest report issued to the board',
	version: (v: string) => `Version ${v}`,
	issued: (d: string) => `issued on ${d}`,
	pdf: 'Download the report (PDF)',
	open: 'Open the print view',
	all: 'All reports',
	none: "No report has been issued to the board yet. When the association's manager issues the first periodic report, its summary and a link to its PDF will appear here."
};

export function boardHomeMessages(lang: Language) {
	return { ar: boardHomeAr, en: boardHomeEn }[lang];
}
