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
	responseRateAll: 'معدل الاستجابة (كل القنوات)',
	responseRateMeans: 'معدل الاستجابة = التعاملات التي أُجيب عنها ÷ التعاملات الواردة في الفترة',
	unlinked: (n: string) => `+ ${n} إجابة غير مرتبطة بتعامل (لا تدخل في المعدل)`,
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
	decided: 'طلبات بُتّ فيها',
	median: 'الوسيط',
	p90: 'المئين التسعون',
	withinWindow: 'ضمن المهلة',
	overdueOpen: 'طلبات مفتوحة تجاوزت المهلة',
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
	responseRateAll: 'Response rate (all channels)',
	responseRateMeans: 'Response rate = answered interactions ÷ interactions received in the period',
	unlinked: (n: string) => `+ ${n} answers not linked to an interaction (not in the rate)`,
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
	decided: 'Decided requests',
	median: 'Median',
	p90: '90th percentile',
	withinWindow: 'Within the window',
	overdueOpen: 'Open requests past the window',
	filter: 'Filter'
};

export type MetricsMessages = typeof ar;

export function metricsMessages(lang: Language): MetricsMessages {
	return lang === 'ar' ? ar : en;
}
