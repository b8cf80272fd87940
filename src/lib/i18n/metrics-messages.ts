// Text of the metrics figures (CLI table, and for pages that show the same labels), Arabic first.
import type { Language } from './preferences';

const ar = {
	title: 'مؤشرات الفترة',
	zone: 'المنطقة الزمنية',
	reviewWindow: 'مهلة لجنة البحث',
	days: 'يوم',
	workingDays: 'يوم عمل',
	interactions: 'التعاملات',
	channel: 'القناة',
	count: 'العدد',
	share: 'النسبة',
	responseRate: 'معدل الاستجابة',
	approximate: '≈ تقريبي: بعض الإجابات غير مرتبطة بتعامل',
	satisfaction: 'رضا المستفيدين',
	csat: 'نسبة الرضا (CSAT)',
	csatMean: 'متوسط الرضا (١–٥)',
	nps: 'صافي نقاط الترويج (NPS)',
	ces: 'سهولة الحصول على الخدمة (CES، ١–٧)',
	answers: 'عدد الإجابات',
	interval: 'فترة الثقة ٩٥٪',
	tooFew: 'العدد أقل من أن يُنشر',
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
	withinOf: (x: string, n: string) => `${x} من ${n} طلباً انقضت مهلتها`,
	stillWithin: 'ما زالت ضمن مهلتها',
	stillWithinDecided: (n: string) => `بُتّ في ${n} منها`,
	overdueOpen: 'طلبات مفتوحة تجاوزت المهلة (أياً كان شهر ورودها)',
	filter: 'المرشّح'
};

const en: typeof ar = {
	title: 'Figures for the period',
	zone: 'Time zone',
	reviewWindow: 'Review window',
	days: 'days',
	workingDays: 'working days',
	interactions: 'Interactions',
	channel: 'Channel',
	count: 'Count',
	share: 'Share',
	responseRate: 'Response rate',
	approximate: '≈ approximate: some answers are not linked to an interaction',
	satisfaction: 'Beneficiary satisfaction',
	csat: 'Satisfied (CSAT)',
	csatMean: 'Mean satisfaction (1–5)',
	nps: 'Net promoter score (NPS)',
	ces: 'Customer effort (CES, 1–7)',
	answers: 'Answers',
	interval: '95% interval',
	tooFew: 'too few to report',
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
	withinOf: (x: string, n: string) => `${x} of ${n} whose window has closed`,
	stillWithin: 'Still within their window',
	stillWithinDecided: (n: string) => `${n} already decided`,
	overdueOpen: 'Open requests past the window (received in any month)',
	filter: 'Filter'
};

export type MetricsMessages = typeof ar;

export function metricsMessages(lang: Language): MetricsMessages {
	return lang === 'ar' ? ar : en;
}
