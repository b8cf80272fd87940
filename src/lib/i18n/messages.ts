// Interface text in Arabic (first) and English. Every key exists in both.
import type { Language } from './preferences';

const ar = {
	appName: 'تحسين',
	tagline: 'قياس رضا المستفيدين وجودة الخدمة، أداةً للتحسين لا للعقاب',
	skipToContent: 'انتقل إلى المحتوى',
	switchLanguage: 'English',
	switchLanguageLabel: 'Switch to English',
	digitsLabel: 'الأرقام',
	digitsArab: '١٢٣',
	digitsLatn: '123',
	calendarLabel: 'التقويم',
	calendarHijri: 'هجري',
	calendarGregory: 'ميلادي',
	today: 'اليوم',
	thisMonth: 'هذا الشهر',
	lastMonth: 'الشهر الماضي',
	interactions: 'التعاملات',
	interactionsHint: 'كل تواصل أو طلب وصل عبر قنوات الجمعية',
	responses: 'إجابات الاستبيان',
	responsesHint: 'تقييمات المستفيدين للخدمة',
	figuresTitle: 'أرقام حية',
	figuresNote: 'الأرقام الكاملة ومقارناتها في لوحة المؤشرات.',
	dashboardLink: 'افتح لوحة المؤشرات',
	policyNote: 'تقييم جودة الخدمة حق للمستفيد، وهو أداة للتقويم والتطوير لا للعقاب والتشهير.',
	demoBadge: 'بيانات تجريبية',
	signIn: 'تسجيل الدخول',
	preferences: 'تفضيلات العرض'
};

const en: typeof ar = {
	appName: 'Tahseen',
	tagline: 'Beneficiary satisfaction and service quality, measured to improve, never to punish',
	skipToContent: 'Skip to content',
	switchLanguage: 'العربية',
	switchLanguageLabel: 'التبديل إلى العربية',
	digitsLabel: 'Digits',
	digitsArab: '١٢٣',
	digitsLatn: '123',
	calendarLabel: 'Calendar',
	calendarHijri: 'Hijri',
	calendarGregory: 'Gregorian',
	today: 'Today',
	thisMonth: 'This month',
	lastMonth: 'Last month',
	interactions: 'Interactions',
	interactionsHint: 'Every contact or request received through the association’s channels',
	responses: 'Survey answers',
	responsesHint: 'Beneficiaries’ ratings of the service',
	figuresTitle: 'Live figures',
	figuresNote: 'The full figures and their comparisons are on the dashboard.',
	dashboardLink: 'Open the dashboard',
	policyNote:
		'Evaluating service quality is the beneficiary’s right: a tool for correction and development, not for punishment or blame.',
	demoBadge: 'Demo data',
	signIn: 'Sign in',
	preferences: 'Display preferences'
};

export type Messages = typeof ar;

export const appCatalogue = { ar, en };

export function messages(lang: Language): Messages {
	return appCatalogue[lang];
}
