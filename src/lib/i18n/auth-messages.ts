// Text of sign-in, accounts, administration and error pages, in Arabic and English.
import { bindMessages, icu } from './icu';
import type { Digits, Language } from './preferences';

const ar = {
	signInTitle: 'تسجيل الدخول',
	signInIntro: 'لمديري علاقات المستفيدين وأعضاء مجلس الإدارة. المستفيدون لا يحتاجون إلى حساب.',
	email: 'البريد الإلكتروني',
	password: 'كلمة المرور',
	signIn: 'دخول',
	signOut: 'تسجيل الخروج',
	invalidCredentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
	missingCredentials: 'أدخل البريد الإلكتروني وكلمة المرور.',
	throttledSeconds: icu<{ n: number }>(
		'محاولات كثيرة غير ناجحة. حاول مرة أخرى بعد {n, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.'
	),
	throttledMinutes: icu<{ n: number }>(
		'محاولات كثيرة غير ناجحة. حاول مرة أخرى بعد {n, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}.'
	),
	signedInAs: 'مسجل الدخول باسم',
	role: { admin: 'مدير النظام', manager: 'مدير', board: 'عضو مجلس الإدارة' },
	nav: {
		home: 'الرئيسية',
		dashboard: 'لوحة المؤشرات',
		ingest: 'استيراد البيانات',
		surveys: 'الاستبيانات',
		reports: 'التقارير',
		users: 'المستخدمون',
		settings: 'الإعدادات',
		channels: 'القنوات',
		audit: 'سجل التدقيق',
		account: 'حسابي'
	},
	errorTitle: {
		401: 'يلزم تسجيل الدخول',
		403: 'غير مسموح',
		404: 'الصفحة غير موجودة',
		500: 'حدث خطأ'
	},
	errorText: {
		401: 'سجّل الدخول للمتابعة.',
		403: 'دورك في النظام لا يسمح بفتح هذه الصفحة. إن كنت تحتاج إليها فاطلب ذلك من مدير النظام.',
		404: 'لم نجد هذه الصفحة. تأكد من الرابط.',
		500: 'حدث خطأ غير متوقع. لم يتغير شيء من بياناتك؛ حاول مرة أخرى بعد قليل.'
	},
	backHome: 'العودة إلى الرئيسية',
	users: {
		title: 'المستخدمون',
		add: 'إضافة مستخدم',
		name: 'الاسم',
		email: 'البريد الإلكتروني',
		role: 'الدور',
		status: 'الحالة',
		active: 'نشط',
		inactive: 'موقوف',
		passwordOptional: 'كلمة المرور (اتركها فارغة لإنشاء كلمة مرور عشوائية)',
		create: 'إضافة',
		changeRole: 'تغيير الدور',
		deactivate: 'إيقاف',
		activate: 'تفعيل',
		resetPassword: 'إعادة تعيين كلمة المرور',
		actions: 'إجراءات',
		created: (email: string) => `أُضيف المستخدم ${email}.`,
		newPassword: (email: string, password: string) =>
			`كلمة المرور المؤقتة للمستخدم ${email}: ${password} — تظهر مرة واحدة فقط، فسلّمها له بطريقة آمنة.`,
		updated: 'حُفظ التغيير.',
		exists: 'يوجد مستخدم بهذا البريد الإلكتروني.',
		notSelf: 'لا يمكنك إيقاف حسابك أو تغيير دورك بنفسك.',
		invalid: 'تحقق من الحقول المظللة.'
	},
	account: {
		title: 'حسابي',
		changePassword: 'تغيير كلمة المرور',
		current: 'كلمة المرور الحالية',
		next: 'كلمة المرور الجديدة (١٠ أحرف على الأقل)',
		confirm: 'تأكيد كلمة المرور الجديدة',
		save: 'حفظ',
		wrongCurrent: 'كلمة المرور الحالية غير صحيحة.',
		mismatch: 'كلمتا المرور الجديدتان غير متطابقتين.',
		tooShort: 'كلمة المرور الجديدة قصيرة: ١٠ أحرف على الأقل.',
		changed: 'تغيّرت كلمة المرور، وأُنهيت جلساتك الأخرى.'
	},
	audit: {
		title: 'سجل التدقيق',
		when: 'الوقت',
		who: 'من',
		action: 'الإجراء',
		target: 'الهدف',
		from: 'من عنوان',
		filter: 'تصفية حسب الإجراء',
		apply: 'تطبيق',
		empty: 'لا توجد إدخالات.'
	},
	settings: {
		title: 'إعدادات الجمعية',
		nameAr: 'اسم الجمعية بالعربية',
		nameEn: 'اسم الجمعية بالإنجليزية',
		timeZone: 'المنطقة الزمنية',
		reviewWindow: 'مهلة دراسة الطلب (بالأيام)',
		counting: 'احتساب المهلة',
		calendarDays: 'أيام تقويمية',
		workingDays: 'أيام عمل (دون عطلة نهاية الأسبوع والإجازات)',
		weekend: 'أيام عطلة نهاية الأسبوع',
		minGroup: 'أقل عدد إجابات لعرض نتيجة مجموعة',
		publicActions: 'إظهار صفحة «قلتم وفعلنا» للعموم',
		dashboardPeriod: 'الفترة التي تفتح عليها لوحة المؤشرات',
		dashboardPeriodHint:
			'ما لم يذكر الرابط فترة، وما لم يختر الشخص فترة من قبل: تُحفظ لكل شخص آخر فترة اختارها.',
		save: 'حفظ الإعدادات',
		saved: 'حُفظت الإعدادات.',
		holidays: 'الإجازات الرسمية',
		holidayDate: 'التاريخ',
		holidayName: 'الاسم',
		addHoliday: 'إضافة إجازة',
		remove: 'حذف',
		invalid: 'تحقق من الحقول المظللة.',
		badZone: 'منطقة زمنية غير معروفة.'
	},
	channels: {
		title: 'قنوات التواصل',
		code: 'الرمز',
		nameAr: 'الاسم بالعربية',
		nameEn: 'الاسم بالإنجليزية',
		aliases: 'أسماء أخرى (مفصولة بفواصل)',
		active: 'مستخدمة',
		save: 'حفظ',
		saved: 'حُفظت القناة.',
		invalid: 'تحقق من الحقول.'
	},
	weekdays: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']
};

const en: typeof ar = {
	signInTitle: 'Sign in',
	signInIntro:
		'For beneficiary-relations managers and board members. Beneficiaries need no account.',
	email: 'E-mail',
	password: 'Password',
	signIn: 'Sign in',
	signOut: 'Sign out',
	invalidCredentials: 'The e-mail or password is not correct.',
	missingCredentials: 'Enter your e-mail and password.',
	throttledSeconds: icu<{ n: number }>(
		'Too many unsuccessful attempts. Try again in {n, plural, one {# second} other {# seconds}}.'
	),
	throttledMinutes: icu<{ n: number }>(
		'Too many unsuccessful attempts. Try again in {n, plural, one {# minute} other {# minutes}}.'
	),
	signedInAs: 'Signed in as',
	role: { admin: 'Administrator', manager: 'Manager', board: 'Board member' },
	nav: {
		home: 'Home',
		dashboard: 'Dashboard',
		ingest: 'Import data',
		surveys: 'Surveys',
		reports: 'Reports',
		users: 'Users',
		settings: 'Settings',
		channels: 'Channels',
		audit: 'Audit log',
		account: 'My account'
	},
	errorTitle: {
		401: 'Sign-in required',
		403: 'Not allowed',
		404: 'Page not found',
		500: 'Something went wrong'
	},
	errorText: {
		401: 'Sign in to continue.',
		403: 'Your role does not allow this page. If you need it, ask an administrator.',
		404: 'We could not find this page. Check the link.',
		500: 'An unexpected error occurred. None of your data changed; try again in a moment.'
	},
	backHome: 'Back to the home page',
	users: {
		title: 'Users',
		add: 'Add a user',
		name: 'Name',
		email: 'E-mail',
		role: 'Role',
		status: 'Status',
		active: 'Active',
		inactive: 'Deactivated',
		passwordOptional: 'Password (leave empty to generate a random one)',
		create: 'Add',
		changeRole: 'Change role',
		deactivate: 'Deactivate',
		activate: 'Activate',
		resetPassword: 'Reset password',
		actions: 'Actions',
		created: (email: string) => `Added ${email}.`,
		newPassword: (email: string, password: string) =>
			`Temporary password for ${email}: ${password} — shown only once; hand it over safely.`,
		updated: 'Change saved.',
		exists: 'A user with this e-mail already exists.',
		notSelf: 'You cannot deactivate yourself or change your own role.',
		invalid: 'Check the highlighted fields.'
	},
	account: {
		title: 'My account',
		changePassword: 'Change password',
		current: 'Current password',
		next: 'New password (at least 10 characters)',
		confirm: 'Confirm the new password',
		save: 'Save',
		wrongCurrent: 'The current password is not correct.',
		mismatch: 'The two new passwords differ.',
		tooShort: 'The new password is too short: at least 10 characters.',
		changed: 'Password changed; your other sessions were ended.'
	},
	audit: {
		title: 'Audit log',
		when: 'When',
		who: 'Who',
		action: 'Action',
		target: 'Target',
		from: 'From address',
		filter: 'Filter by action',
		apply: 'Apply',
		empty: 'No entries.'
	},
	settings: {
		title: 'Association settings',
		nameAr: 'Name in Arabic',
		nameEn: 'Name in English',
		timeZone: 'Time zone',
		reviewWindow: 'Review window (days)',
		counting: 'Counting the window',
		calendarDays: 'Calendar days',
		workingDays: 'Working days (without weekends and holidays)',
		weekend: 'Weekend days',
		minGroup: 'Fewest answers for a group to be scored',
		publicActions: 'Show the public “you said, we did” page',
		dashboardPeriod: 'Period the dashboard opens on',
		dashboardPeriodHint:
			'Unless the link names a period, or the person chose one before: each person’s last choice is remembered.',
		save: 'Save settings',
		saved: 'Settings saved.',
		holidays: 'Public holidays',
		holidayDate: 'Date',
		holidayName: 'Name',
		addHoliday: 'Add holiday',
		remove: 'Remove',
		invalid: 'Check the highlighted fields.',
		badZone: 'Unknown time zone.'
	},
	channels: {
		title: 'Contact channels',
		code: 'Code',
		nameAr: 'Arabic name',
		nameEn: 'English name',
		aliases: 'Other names (comma-separated)',
		active: 'In use',
		save: 'Save',
		saved: 'Channel saved.',
		invalid: 'Check the fields.'
	},
	weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
};

export const authCatalogue = { ar, en };

export function authMessages(lang: Language, digits?: Digits) {
	const t = bindMessages(authCatalogue[lang], lang, digits);
	return {
		...t,
		/** too many failed sign-ins: wait this long (seconds under two minutes, else minutes) */
		throttled: (seconds: number) =>
			seconds < 120
				? t.throttledSeconds({ n: seconds })
				: t.throttledMinutes({ n: Math.ceil(seconds / 60) })
	};
}
export type AuthMessages = ReturnType<typeof authMessages>;
