// Text of the metrics figures (CLI table, and for pages that show the same labels), Arabic first.
import { bindMessages, icu } from './icu';
import type { Digits, Language } from './preferences';

const ar = {
	title: 'مؤشرات الفترة',
	zone: 'المنطقة الزمنية',
	reviewWindow: 'مهلة لجنة البحث',
	days: 'يوم',
	workingDays: 'يوم عمل',
	windowDays: icu<{ n: number }>(
		'{n, plural, zero {٠ يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}'
	),
	windowWorkingDays: icu<{ n: number }>(
		'{n, plural, zero {٠ يوم عمل} one {يوم عمل واحد} two {يوما عمل} few {# أيام عمل} many {# يوم عمل} other {# يوم عمل}}'
	),
	interactions: 'التعاملات',
	channel: 'القناة',
	count: 'العدد',
	share: 'النسبة',
	responseRate: 'معدل الاستجابة',
	responseRateAll: 'معدل الاستجابة (كل القنوات)',
	responseRateMeans: 'معدل الاستجابة = التعاملات التي أُجيب عنها ÷ التعاملات الواردة في الفترة',
	unlinked: icu<{ n: number }>(
		'+ {n, plural, zero {لا إجابات غير مرتبطة بتعامل} one {إجابة واحدة غير مرتبطة بتعامل (لا تدخل في المعدل)} two {إجابتان غير مرتبطتين بتعامل (لا تدخلان في المعدل)} few {# إجابات غير مرتبطة بتعامل (لا تدخل في المعدل)} many {# إجابة غير مرتبطة بتعامل (لا تدخل في المعدل)} other {# إجابة غير مرتبطة بتعامل (لا تدخل في المعدل)}}'
	),
	satisfaction: 'رضا المستفيدين',
	csat: 'نسبة الرضا (CSAT)',
	csatMean: 'متوسط الرضا (١–٥)',
	nps: 'صافي نقاط الترويج (NPS)',
	ces: 'سهولة الحصول على الخدمة (CES: ١ = صعب جدًا … ٧ = سهل جدًا)',
	answers: 'عدد الإجابات',
	interval: 'فترة الثقة ٩٥٪',
	tooFew: 'العدد أقل من أن يُنشر',
	pooled: 'البقية مجمّعة مع إجابات أخرى حفاظًا على السرية',
	noData: 'لا توجد بيانات',
	turnaround: 'مدة البت في طلبات الدعم',
	asOf: 'حتى',
	received: 'طلبات وردت في الفترة',
	decided: 'طلبات بُتّ فيها',
	median: 'الوسيط (تقدير كابلان–ماير مع احتساب الطلبات المفتوحة)',
	p90: 'المئين التسعون (كابلان–ماير)',
	notReached: 'لم يُبلغ بعد',
	decidedMedian: 'وسيط الطلبات التي بُتّ فيها',
	withinWindow: 'ضمن المهلة',
	withinOf: icu<{ x: number; n: number }>(
		'{n, plural, zero {لا طلبات انقضت مهلتها} one {{x, number} من طلب واحد انقضت مهلته} two {{x, number} من طلبين انقضت مهلتهما} few {{x, number} من # طلبات انقضت مهلتها} many {{x, number} من # طلبًا انقضت مهلتها} other {{x, number} من # طلب انقضت مهلتها}}'
	),
	stillWithin: 'ما زالت ضمن مهلتها',
	stillWithinDecided: icu<{ n: number }>('بُتّ في {n, number} منها'),
	overdueOpen: 'طلبات مفتوحة تجاوزت المهلة (أيًا كان شهر ورودها)',
	filter: 'المرشّح',
	errors: {
		invalidFilter: icu<{ problem: string }>('مرشّح غير صالح: {problem}'),
		invalidPeriod: icu<{ problem: string }>('{problem}'),
		unknownChannel: icu<{ channel: string; known: string }>('القناة "{channel}" غير معروفة.'),
		noOrganisation: 'لا توجد بيانات جمعية في قاعدة البيانات بعد.'
	}
};

const en: typeof ar = {
	title: 'Figures for the period',
	zone: 'Time zone',
	reviewWindow: 'Review window',
	days: 'days',
	workingDays: 'working days',
	windowDays: icu<{ n: number }>('{n, plural, one {# day} other {# days}}'),
	windowWorkingDays: icu<{ n: number }>('{n, plural, one {# working day} other {# working days}}'),
	interactions: 'Interactions',
	channel: 'Channel',
	count: 'Count',
	share: 'Share',
	responseRate: 'Response rate',
	responseRateAll: 'Response rate (all channels)',
	responseRateMeans: 'Response rate = answered interactions ÷ interactions received in the period',
	unlinked: icu<{ n: number }>(
		'+ {n, plural, one {# answer} other {# answers}} not linked to an interaction (not in the rate)'
	),
	satisfaction: 'Beneficiary satisfaction',
	csat: 'Satisfied (CSAT)',
	csatMean: 'Mean satisfaction (1–5)',
	nps: 'Net promoter score (NPS)',
	ces: 'Customer effort (CES: 1 = very difficult … 7 = very easy)',
	answers: 'Answers',
	interval: '95% interval',
	tooFew: 'too few to report',
	pooled: 'the rest pooled with other answers to keep them anonymous',
	noData: 'no data',
	turnaround: 'Turnaround of support requests',
	asOf: 'as of',
	received: 'Requests received in the period',
	decided: 'Decided requests',
	median: 'Median (Kaplan–Meier, open requests counted)',
	p90: '90th percentile (Kaplan–Meier)',
	notReached: 'not reached',
	decidedMedian: 'Median of decided requests',
	withinWindow: 'Within the window',
	withinOf: icu<{ x: number; n: number }>('{x, number} of {n, number} whose window has closed'),
	stillWithin: 'Still within their window',
	stillWithinDecided: icu<{ n: number }>('{n, number} already decided'),
	overdueOpen: 'Open requests past the window (received in any month)',
	filter: 'Filter',
	errors: {
		invalidFilter: icu<{ problem: string }>('Invalid filter: {problem}'),
		invalidPeriod: icu<{ problem: string }>('{problem}'),
		unknownChannel: icu<{ channel: string; known: string }>(
			'Unknown channel "{channel}"; known channels: {known}.'
		),
		noOrganisation:
			'The store has no organisation yet; set it up with npm run setup (see the README), start the app, or run npm run db:seed -- --demo.'
	}
};

export const metricsCatalogue = { ar, en };

export function metricsMessages(lang: Language, digits?: Digits) {
	return bindMessages(metricsCatalogue[lang], lang, digits);
}
export type MetricsMessages = ReturnType<typeof metricsMessages>;

export type MetricsErrorCode = 'invalid_filter' | 'unknown_channel' | 'no_organisation';

/** Why the metrics engine refused a request: a code and the values its message needs. */
export type MetricsErrorDetail =
	| { code: 'invalid_filter'; problem: string; from?: 'filter' | 'period' }
	| { code: 'unknown_channel'; channel: string; known: string[] }
	| { code: 'no_organisation' };

/** A refused metrics request in words, in `lang`. */
export function metricsErrorText(detail: MetricsErrorDetail, lang: Language): string {
	const t = metricsMessages(lang).errors;
	switch (detail.code) {
		case 'invalid_filter':
			return (detail.from === 'period' ? t.invalidPeriod : t.invalidFilter)({
				problem: detail.problem
			});
		case 'unknown_channel':
			return t.unknownChannel({ channel: detail.channel, known: detail.known.join(', ') });
		case 'no_organisation':
			return t.noOrganisation;
	}
}
