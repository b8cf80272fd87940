// The demo association's fixed facts: names, services, branches, teams, comment texts, actions.
// Fictional, modelled on the associations whose policies are in shared/seeds.

export const demoOrganisation = {
	nameAr: 'جمعية الوفاء الأهلية بحائل',
	nameEn: 'Al-Wafa Community Association, Hail',
	timeZone: 'Asia/Riyadh',
	reviewWindowDays: 14
};

export const demoAdminEmail = 'admin@demo.tahseen.sa';

export type Label = { code: string; ar: string; en: string };

export const services: Label[] = [
	{ code: 'food_basket', ar: 'السلال الغذائية', en: 'Food baskets' },
	{ code: 'financial_aid', ar: 'المساعدات المالية', en: 'Financial aid' },
	{ code: 'rent_support', ar: 'دعم سداد الإيجار', en: 'Rent support' },
	{ code: 'sponsorship', ar: 'كفالة الأسر', en: 'Family sponsorship' },
	{ code: 'counselling', ar: 'الإرشاد الأسري', en: 'Family counselling' },
	{ code: 'training', ar: 'التدريب والتأهيل', en: 'Training and qualification' }
];

export const branches: Label[] = [
	{ code: 'hail', ar: 'المقر الرئيس - حائل', en: 'Head office, Hail' },
	{ code: 'baqaa', ar: 'فرع بقعاء', en: 'Baqaa branch' },
	{ code: 'alghazalah', ar: 'فرع الغزالة', en: 'Al-Ghazalah branch' },
	{ code: 'ash_shinan', ar: 'فرع الشنان', en: 'Ash-Shinan branch' },
	{ code: 'mawqaq', ar: 'فرع موقق', en: 'Mawqaq branch' },
	// opened two months before the end of the data: few answers, so often too few to score
	{ code: 'al_hait', ar: 'فرع الحائط', en: 'Al-Hait branch' }
];

export const teams: Label[] = [
	{ code: 'research', ar: 'فريق البحث الاجتماعي', en: 'Social research team' },
	{ code: 'reception', ar: 'فريق استقبال المستفيدين', en: 'Beneficiary reception team' },
	{ code: 'programs', ar: 'فريق البرامج والمشاريع', en: 'Programmes and projects team' },
	{ code: 'volunteering', ar: 'فريق التطوع', en: 'Volunteering team' }
];

/** Relative share of each channel in the interaction log. */
export const channelWeights = {
	phone: 24,
	in_person: 15,
	website: 12,
	social_media: 11,
	help_request: 10,
	service_form: 8,
	branch_rep: 7,
	project_application: 6,
	letter: 4,
	volunteering: 3
} as const;

export type ChannelCode = keyof typeof channelWeights;

/** Channels through which people write or apply, at any hour; the others follow office hours. */
export const anyHourChannels: ReadonlySet<string> = new Set([
	'website',
	'social_media',
	'service_form',
	'project_application'
]);

export const branchWeights = {
	hail: 44,
	baqaa: 19,
	alghazalah: 15,
	ash_shinan: 12,
	mawqaq: 10
} as const;

/** Masked free-text comments by tone; never naming staff. */
export const comments = {
	positive: [
		'الخدمة ممتازة والتعامل راقٍ، شكراً لكم',
		'تم الرد على طلبي بسرعة، جزاكم الله خيراً',
		'الموظفون متعاونون والإجراءات واضحة',
		'سهولة التقديم عبر الموقع وفرت علي الوقت',
		'استقبال طيب ومتابعة مستمرة للطلب',
		'السلة الغذائية وصلت في موعدها، شكراً',
		'شرحوا لي المطلوب بوضوح من أول اتصال',
		'الدورة التدريبية مفيدة جداً وأتمنى استمرارها',
		'خدمة الإرشاد الأسري ساعدتنا كثيراً',
		'أشكر الجمعية على سرعة دراسة الطلب',
		'تجربة ممتازة، التواصل عبر الواتساب سريع',
		'المكان مريح والانتظار قصير'
	],
	neutral: [
		'الخدمة جيدة لكن الانتظار طويل نوعاً ما',
		'أتمنى توضيح المستندات المطلوبة من البداية',
		'الرد على الهاتف يتأخر في بعض الأوقات',
		'جيد بشكل عام، ونحتاج إشعاراً عند تغير حالة الطلب',
		'الموقع يحتاج إلى تحسين في صفحة المتابعة',
		'أقترح زيادة أوقات الاستقبال في الفرع',
		'لم أعرف متى ستصدر نتيجة الطلب',
		'الإجراءات مقبولة لكن تكرار طلب المستندات متعب'
	],
	negative: [
		'تأخر الرد على طلب الدعم أكثر من شهر',
		'لم يتم إبلاغي بسبب رفض الطلب',
		'صعوبة في الوصول للجمعية عبر الهاتف',
		'طلبوا مني نفس الأوراق أكثر من مرة',
		'الانتظار في الفرع طويل جداً',
		'الموقع لا يعمل عند رفع المستندات',
		'لم يصلني أي رد على رسالتي في وسائل التواصل',
		'مدة دراسة الطلب طويلة ولا توجد متابعة',
		'المعلومات تختلف بين الهاتف والفرع'
	],
	english: [
		'Quick and respectful service, thank you',
		'The wait for the committee decision was too long',
		'Please send a message when the request status changes',
		'Website upload failed twice before it worked'
	]
} as const;

/** Improvement actions ("you said, we did"), dated in months before the end of the data. */
export const actions: {
	findingKind: 'channel' | 'service' | 'branch' | 'figure';
	findingValue: string;
	title: string;
	description: string;
	team: string;
	monthsAgo: number;
	dueInDays: number;
	status: 'open' | 'in_progress' | 'done';
}[] = [
	{
		findingKind: 'figure',
		findingValue: 'turnaround',
		title: 'تقصير مدة دراسة طلبات الدعم في لجنة البحث',
		description: 'عقد اجتماع أسبوعي إضافي للجنة البحث وتوحيد قائمة المستندات المطلوبة.',
		team: 'research',
		monthsAgo: 8,
		dueInDays: 60,
		status: 'done'
	},
	{
		findingKind: 'channel',
		findingValue: 'website',
		title: 'إصلاح رفع المستندات في الموقع الإلكتروني',
		description: 'مراجعة نموذج رفع الملفات ودعم الصور من الجوال.',
		team: 'programs',
		monthsAgo: 6,
		dueInDays: 30,
		status: 'done'
	},
	{
		findingKind: 'channel',
		findingValue: 'phone',
		title: 'تحسين الرد على الاتصالات الهاتفية في أوقات الذروة',
		description: 'تحويل الاتصالات غير المجاب عليها إلى رسالة نصية وإعادة الاتصال خلال يوم عمل.',
		team: 'reception',
		monthsAgo: 3,
		dueInDays: 45,
		status: 'in_progress'
	},
	{
		findingKind: 'service',
		findingValue: 'rent_support',
		title: 'إشعار المستفيد بحالة طلب دعم الإيجار',
		description: 'رسالة عند استلام الطلب وعند صدور قرار اللجنة مع توضيح سبب الرفض.',
		team: 'research',
		monthsAgo: 2,
		dueInDays: 30,
		status: 'in_progress'
	},
	{
		findingKind: 'branch',
		findingValue: 'baqaa',
		title: 'زيادة أوقات الاستقبال في فرع بقعاء',
		description: 'فتح الاستقبال مساء يومي الأحد والثلاثاء.',
		team: 'reception',
		monthsAgo: 1,
		dueInDays: 21,
		status: 'open'
	}
];

/** The default public survey's question set (version 1 of `satisfaction`). */
export const defaultSurveyQuestions = [
	{
		key: 'csat',
		type: 'csat',
		required: true,
		text_ar: 'ما مدى رضاك عن الخدمة التي حصلت عليها؟',
		text_en: 'How satisfied are you with the service you received?'
	},
	{
		key: 'nps',
		type: 'nps',
		required: false,
		text_ar: 'ما مدى احتمال أن توصي بالجمعية لقريب أو صديق؟',
		text_en: 'How likely are you to recommend the association to a relative or friend?'
	},
	{
		key: 'ces',
		type: 'ces',
		required: false,
		text_ar: 'ما مدى سهولة إنجاز طلبك مع الجمعية؟',
		text_en: 'How easy was it to get your request done with the association?'
	},
	{
		key: 'comment',
		type: 'text',
		required: false,
		text_ar: 'هل لديك ملاحظة أو اقتراح لتحسين الخدمة؟',
		text_en: 'Any remark or suggestion to improve the service?'
	}
];
