// The logo upload in the settings, in Arabic and English.
import type { Language } from './preferences';

const ar = {
	title: 'شعار الجمعية',
	intro:
		'يظهر الشعار على غلاف التقارير الدورية للمجلس. ملف PNG أو JPEG بحجم 512 كيلوبايت على الأكثر.',
	file: 'ملف الشعار',
	upload: 'رفع الشعار',
	remove: 'إزالة الشعار',
	current: 'الشعار الحالي',
	none: 'لا يوجد شعار بعد؛ يظهر الغلاف باسم الجمعية وحده.',
	outcome: {
		saved: 'حُفظ الشعار.',
		removed: 'أُزيل الشعار.',
		empty: 'لم يُختر ملف: اختر صورة PNG أو JPEG.',
		tooLarge: 'الملف أكبر من 512 كيلوبايت: صغّر الصورة ثم ارفعها. لم يتغير شيء.',
		notImage: 'الملف ليس صورة PNG أو JPEG (ولا تُقبل صور SVG). لم يتغير شيء.'
	}
};
const en: typeof ar = {
	title: "The association's logo",
	intro:
		'The logo appears on the cover of the board reports. A PNG or JPEG file of at most 512 KB.',
	file: 'Logo file',
	upload: 'Upload the logo',
	remove: 'Remove the logo',
	current: 'The current logo',
	none: "No logo yet; the cover shows the association's name alone.",
	outcome: {
		saved: 'The logo was saved.',
		removed: 'The logo was removed.',
		empty: 'No file was chosen: choose a PNG or JPEG image.',
		tooLarge:
			'The file is larger than 512 KB: make the image smaller and upload it again. Nothing changed.',
		notImage: 'The file is not a PNG or JPEG image (SVG is not accepted). Nothing changed.'
	}
};

export type LogoOutcome = keyof typeof ar.outcome;

export function logoMessages(lang: Language) {
	return { ar, en }[lang];
}
