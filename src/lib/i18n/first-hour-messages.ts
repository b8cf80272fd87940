// The first hour of a new association: the setup form (/setup) and the home page's checklist.
// Arabic first; every key exists in both languages.
import type { Language } from './preferences';

const ar = {
	setup: {
		title: 'إعداد الجمعية',
		intro:
			'خطوة واحدة قبل البدء: بيانات الجمعية وحساب مديرها الأول. رمز الإعداد يظهر في مخرجات الخادم عند تشغيله.',
		errorTitle: 'راجع هذه الحقول',
		code: 'رمز الإعداد',
		codeHint: 'اثنا عشر حرفًا ورقمًا يطبعها الخادم عند تشغيله، مثل K7QX-2MHD-9TRW',
		association: 'الجمعية',
		nameAr: 'اسم الجمعية بالعربية',
		nameEn: 'اسم الجمعية بالإنجليزية',
		timeZone: 'المنطقة الزمنية',
		reviewWindow: 'مهلة دراسة الطلب (أيام)',
		reviewWindowHint: 'المدة التي تنص عليها سياسة الجمعية لإنهاء طلب الدعم، من ١ إلى ٣٦٥ يومًا',
		workingWeek: 'أيام العمل',
		workingWeekHint: 'تُحتسب المهلة بأيام العمل، أو بكل أيام الأسبوع',
		weeks: {
			'sun-thu': 'الأحد إلى الخميس',
			'mon-fri': 'الاثنين إلى الجمعة',
			'sat-wed': 'السبت إلى الأربعاء',
			calendar: 'كل أيام الأسبوع (أيام تقويمية)'
		},
		admin: 'المدير الأول',
		adminEmail: 'بريدك الإلكتروني',
		adminName: 'اسمك',
		password: 'كلمة المرور',
		passwordHint: 'عشرة أحرف على الأقل',
		confirm: 'كلمة المرور مرة أخرى',
		submit: 'أعدّ الجمعية وابدأ',
		errors: {
			code: 'رمز الإعداد غير صحيح. انسخه من مخرجات الخادم.',
			throttled: 'محاولات خاطئة كثيرة. انتظر قليلًا ثم أعد المحاولة.',
			nameAr: 'اكتب اسم الجمعية بالعربية (حرفان على الأقل).',
			nameEn: 'اكتب اسم الجمعية بالإنجليزية (حرفان على الأقل).',
			timeZone: 'اختر المنطقة الزمنية من القائمة.',
			reviewWindowDays: 'اكتب عدد أيام المهلة، من ١ إلى ٣٦٥.',
			workingWeek: 'اختر أيام العمل.',
			adminEmail: 'اكتب بريدًا إلكترونيًا صحيحًا، مثل name@example.org.',
			adminName: 'اكتب اسمك.',
			password: 'كلمة المرور عشرة أحرف على الأقل.',
			confirm: 'كلمتا المرور غير متطابقتين.',
			code_missing: 'اكتب رمز الإعداد.'
		}
	},
	checklist: {
		title: 'الخطوات الأولى',
		intro: 'بضع خطوات لتبدأ الجمعية بقياس رضا المستفيدين. تُعلَّم كل خطوة تلقائيًا حين تنجزها.',
		progress: 'أُنجز {done} من {total}',
		done: 'تمّت',
		todo: 'لم تتم بعد',
		items: {
			channels: {
				label: 'راجع قنوات التواصل التي تنص عليها سياستك',
				hint: 'الأسماء والمرادفات التي تُقرأ بها ملفات الاستيراد'
			},
			import: {
				label: 'استورد سجل التعاملات',
				hint: 'ملف CSV أو Excel بالأعمدة المعتمدة'
			},
			survey: {
				label: 'أنشئ الاستبيان وانشره',
				hint: 'أسئلة قصيرة يجيب عنها المستفيد من جواله'
			},
			posters: {
				label: 'اطبع ملصقات رمز الاستجابة السريعة لكل فرع',
				hint: 'من صفحة روابط الاستبيان'
			},
			users: {
				label: 'ادعُ المديرين وأعضاء مجلس الإدارة',
				hint: 'حساب لكل شخص بدوره'
			},
			minGroup: {
				label: 'حدّد أصغر حجم للمجموعة',
				hint: 'لا تُعرض نتيجة مجموعة أصغر منه، حفاظًا على سرية المستفيدين'
			}
		},
		sample: 'نزّل ملفًا نموذجيًا',
		boardWaiting:
			'تظهر الأرقام هنا بعد أن تستورد الجمعية أول سجل تعاملات وتصل أول إجابات الاستبيان.'
	}
};

const en: typeof ar = {
	setup: {
		title: 'Set up the association',
		intro:
			"One step before you start: the association's details and its first admin's account. The setup code is in the server's output when it starts.",
		errorTitle: 'Check these fields',
		code: 'Setup code',
		codeHint: 'Twelve letters and digits the server prints when it starts, like K7QX-2MHD-9TRW',
		association: 'The association',
		nameAr: "The association's name in Arabic",
		nameEn: "The association's name in English",
		timeZone: 'Time zone',
		reviewWindow: 'Review window (days)',
		reviewWindowHint:
			"How long the association's policy gives to settle a support request, 1 to 365 days",
		workingWeek: 'Working week',
		workingWeekHint: 'The review window counts working days, or every day of the week',
		weeks: {
			'sun-thu': 'Sunday to Thursday',
			'mon-fri': 'Monday to Friday',
			'sat-wed': 'Saturday to Wednesday',
			calendar: 'Every day of the week (calendar days)'
		},
		admin: 'The first admin',
		adminEmail: 'Your e-mail',
		adminName: 'Your name',
		password: 'Password',
		passwordHint: 'At least 10 characters',
		confirm: 'Password again',
		submit: 'Set up the association and start',
		errors: {
			code: "The setup code is not right. Copy it from the server's output.",
			throttled: 'Too many wrong attempts. Wait a little, then try again.',
			nameAr: "Write the association's name in Arabic (at least 2 characters).",
			nameEn: "Write the association's name in English (at least 2 characters).",
			timeZone: 'Choose the time zone from the list.',
			reviewWindowDays: 'Write the review window in days, 1 to 365.',
			workingWeek: 'Choose the working week.',
			adminEmail: 'Write a valid e-mail address, like name@example.org.',
			adminName: 'Write your name.',
			password: 'The password needs at least 10 characters.',
			confirm: 'The two passwords differ.',
			code_missing: 'Write the setup code.'
		}
	},
	checklist: {
		title: 'First steps',
		intro:
			'A few steps for the association to start measuring beneficiary satisfaction. Each ticks itself when done.',
		progress: '{done} of {total} done',
		done: 'Done',
		todo: 'Not done yet',
		items: {
			channels: {
				label: 'Review the channels your policy lists',
				hint: 'The names and aliases import files are read with'
			},
			import: {
				label: 'Import an interaction log',
				hint: 'A CSV or Excel file in the canonical columns'
			},
			survey: {
				label: 'Create and publish the survey',
				hint: 'Short questions beneficiaries answer on their phones'
			},
			posters: {
				label: "Print the survey's QR posters for each branch",
				hint: "From the survey's links page"
			},
			users: {
				label: 'Invite managers and board members',
				hint: 'An account for each person, with their role'
			},
			minGroup: {
				label: 'Set the minimum group size',
				hint: 'No result is shown for a smaller group, to keep beneficiaries anonymous'
			}
		},
		sample: 'Download a sample file',
		boardWaiting:
			'Figures appear here once the association has imported its first interaction log and received its first survey answers.'
	}
};

export const firstHourCatalogue = { ar, en };

export function firstHourMessages(lang: Language) {
	return firstHourCatalogue[lang];
}
