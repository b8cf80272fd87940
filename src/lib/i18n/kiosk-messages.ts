// Survey devices in Arabic and English: the "Devices" section of a survey's links page (kiosks at
// reception and representatives' field phones) and the kiosk itself (/k/<token>): its countdowns,
// the staff PIN and the staff screen.
import { bindMessages, icu } from './icu';
import type { Digits, Language } from './preferences';

const ar = {
	devices: {
		title: 'الأجهزة: جهاز الاستقبال وهواتف المندوبين',
		intro:
			'جهاز الاستقبال (الكشك) لوحيّ في الاستقبال يجيب عليه المستفيدون واحدًا بعد الآخر، وهاتف المندوب يجمع الإجابات في الزيارات ولو دون اتصال. لكل جهاز رابط سري، وقناة وفرع ثابتان، وتُنسب إجاباته إلى اسم الجهاز لا إلى شخص.',
		caption: 'أجهزة هذا الاستبيان',
		name: 'اسم الجهاز',
		kind: 'النوع',
		channel: 'القناة',
		branch: 'الفرع',
		idle: 'مهلة الخمول',
		pin: 'رمز الموظفين',
		actions: 'إجراءات',
		kinds: { kiosk: 'جهاز استقبال (كشك)', field: 'هاتف مندوب' },
		none: 'لا توجد أجهزة بعد.',
		noChannel: 'دون قناة',
		noBranch: 'دون فرع',
		pinSet: 'مضبوط',
		pinNone: '—',
		seconds: icu<{ n: number }>(
			'{n, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتان} few {# ثوانٍ} many {# ثانية} other {# ثانية}}'
		),
		addTitle: 'إضافة جهاز',
		nameHint: 'ما يسمي به الموظفون الجهاز، مثل «لوحي الاستقبال - حائل»، لا اسم شخص.',
		idleLabel: 'ثوانٍ قبل مسح نموذج متروك (جهاز الاستقبال، من 15 إلى 600)',
		pinLabel: 'رمز الموظفين (4 إلى 8 أرقام، مطلوب لجهاز الاستقبال)',
		pinKeepLabel: 'رمز جديد (اتركه فارغًا لإبقاء الرمز الحالي)',
		add: 'إضافة الجهاز',
		edit: (name: string) => `تعديل إعدادات ${name}`,
		save: 'حفظ الإعدادات',
		revoke: 'إيقاف الجهاز',
		revokeHint: 'يتوقف رابط الجهاز فورًا، وتبقى إجاباته محفوظة باسمه.',
		createdTitle: (name: string) => `رابط ${name}`,
		createdOnce:
			'يظهر هذا الرابط ورمز QR الآن فقط: اطبعهما أو افتح الرابط على الجهاز. لا نحفظ إلا بصمة الرابط، فإن ضاع فأوقف الجهاز وأضف غيره.',
		linkLabel: 'رابط الجهاز',
		qrAlt: (name: string) => `رمز QR لرابط ${name}`,
		print: 'طباعة',
		outcome: {
			created: 'أُضيف الجهاز.',
			updated: 'حُفظت إعدادات الجهاز.',
			revoked: 'أُوقف الجهاز ولم يعد رابطه يعمل.'
		},
		errors: {
			bad_input: 'تعذرت قراءة النموذج. لم يتغير شيء.',
			name_required: 'اكتب اسم الجهاز. لم يتغير شيء.',
			name_too_long: 'اسم الجهاز أطول من 60 حرفًا. لم يتغير شيء.',
			pin_format: 'رمز الموظفين من 4 إلى 8 أرقام. لم يتغير شيء.',
			pin_required: 'جهاز الاستقبال يحتاج رمز موظفين من 4 إلى 8 أرقام. لم يتغير شيء.',
			idle_range: 'مهلة الخمول بين 15 و600 ثانية. لم يتغير شيء.',
			unknown_channel: 'القناة المختارة غير موجودة في قائمة القنوات. لم يتغير شيء.',
			unknown_branch: 'الفرع المختار غير موجود في قائمة الفروع. لم يتغير شيء.',
			not_found: 'لم يعد هذا الجهاز موجودًا (ربما أوقفه غيرك). لم يتغير شيء.'
		}
	},
	kiosk: {
		staff: 'الموظفون',
		idleCountdown: icu<{ n: number }>(
			'لا نشاط: ستُمسح الإجابات بعد {n, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}. المس الشاشة للمتابعة.'
		),
		nextIn: icu<{ n: number }>(
			'يظهر نموذج جديد للمستفيد التالي بعد {n, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.'
		),
		nextNow: 'ابدأ إجابة جديدة',
		pinTitle: 'دخول الموظفين',
		pinIntro: 'اكتب رمز الموظفين لهذا الجهاز.',
		pinLabel: 'رمز الموظفين',
		pinSubmit: 'متابعة',
		pinCancel: 'العودة إلى الاستبيان',
		pinWrong: 'الرمز غير صحيح.',
		pinFormat: 'الرمز من 4 إلى 8 أرقام.',
		pinLocked:
			'أُدخل رمز خاطئ 5 مرات: لا يقبل هذا الجهاز أي رمز مدة 15 دقيقة. أعد المحاولة لاحقًا أو غيّر الرمز من صفحة روابط الاستبيان.',
		pinNone: 'لا رمز موظفين لهذا الجهاز: غيّر إعداداته من صفحة روابط الاستبيان.',
		staffTitle: 'شاشة الموظفين',
		deviceName: 'اسم الجهاز',
		idleTime: 'مهلة الخمول',
		leave: 'الخروج من وضع الاستقبال (يتطلب تسجيل الدخول)',
		back: 'العودة إلى جهاز الاستقبال'
	}
};

const en: typeof ar = {
	devices: {
		title: 'Devices: reception kiosks and field phones',
		intro:
			"A kiosk is a tablet at reception that beneficiaries answer on one after another; a field phone is a representative's phone that collects answers on visits, even without a network. Each device has a secret link and a fixed channel and branch; its answers are tagged with the device's name, never a person.",
		caption: "This survey's devices",
		name: 'Device name',
		kind: 'Kind',
		channel: 'Channel',
		branch: 'Branch',
		idle: 'Idle time',
		pin: 'Staff PIN',
		actions: 'Actions',
		kinds: { kiosk: 'Reception kiosk', field: 'Field phone' },
		none: 'No devices yet.',
		noChannel: 'No channel',
		noBranch: 'No branch',
		pinSet: 'Set',
		pinNone: '—',
		seconds: icu<{ n: number }>('{n, plural, one {# second} other {# seconds}}'),
		addTitle: 'Add a device',
		nameHint:
			'What staff call the device, such as “Reception tablet, Hail”; never a person’s name.',
		idleLabel: 'Seconds before a left form is cleared (kiosk, 15 to 600)',
		pinLabel: 'Staff PIN (4 to 8 digits, required for a kiosk)',
		pinKeepLabel: 'New PIN (leave empty to keep the current one)',
		add: 'Add the device',
		edit: (name: string) => `Change the settings of ${name}`,
		save: 'Save the settings',
		revoke: 'Revoke the device',
		revokeHint: "The device's link stops working at once; its answers stay, under its name.",
		createdTitle: (name: string) => `The link of ${name}`,
		createdOnce:
			'This link and its QR code are shown only now: print them or open the link on the device. Only a fingerprint of the link is kept; if it is lost, revoke the device and add another.',
		linkLabel: "The device's link",
		qrAlt: (name: string) => `QR code of the link of ${name}`,
		print: 'Print',
		outcome: {
			created: 'The device was added.',
			updated: "The device's settings were saved.",
			revoked: 'The device was revoked; its link no longer works.'
		},
		errors: {
			bad_input: 'The form could not be read. Nothing changed.',
			name_required: "Type the device's name. Nothing changed.",
			name_too_long: "The device's name is longer than 60 characters. Nothing changed.",
			pin_format: 'The staff PIN has 4 to 8 digits. Nothing changed.',
			pin_required: 'A kiosk needs a staff PIN of 4 to 8 digits. Nothing changed.',
			idle_range: 'The idle time is between 15 and 600 seconds. Nothing changed.',
			unknown_channel: 'The chosen channel is not in the list of channels. Nothing changed.',
			unknown_branch: 'The chosen branch is not in the list of branches. Nothing changed.',
			not_found: 'This device no longer exists (someone may have revoked it). Nothing changed.'
		}
	},
	kiosk: {
		staff: 'Staff',
		idleCountdown: icu<{ n: number }>(
			'No activity: the answers will be cleared in {n, plural, one {# second} other {# seconds}}. Touch the screen to continue.'
		),
		nextIn: icu<{ n: number }>(
			'A new form for the next person opens in {n, plural, one {# second} other {# seconds}}.'
		),
		nextNow: 'Start a new answer',
		pinTitle: 'Staff sign-in',
		pinIntro: "Type this device's staff PIN.",
		pinLabel: 'Staff PIN',
		pinSubmit: 'Continue',
		pinCancel: 'Back to the survey',
		pinWrong: 'Wrong PIN.',
		pinFormat: 'The PIN has 4 to 8 digits.',
		pinLocked:
			"A wrong PIN was typed 5 times: this device accepts no PIN for 15 minutes. Try again later, or change the PIN on the survey's links page.",
		pinNone: "This device has no staff PIN: change its settings on the survey's links page.",
		staffTitle: 'Staff screen',
		deviceName: 'Device name',
		idleTime: 'Idle time',
		leave: 'Leave kiosk mode (sign-in required)',
		back: 'Back to the kiosk'
	}
};

export const kioskCatalogue = { ar, en };

export function kioskMessages(lang: Language, digits?: Digits) {
	return bindMessages(kioskCatalogue[lang], lang, digits);
}
export type KioskMessages = ReturnType<typeof kioskMessages>;
