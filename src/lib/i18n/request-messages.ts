// What a client is told when its request is refused: a body refused before it is read or that
// cannot be read (src/lib/server/body-limit.ts), a bad format, filter or report period on an
// endpoint, a store not set up yet. The JSON answers carry the code and this text in the request's
// language (requestProblem below).
import type { Language } from './preferences';

const ar = {
	length_required: 'أرسل طول محتوى الطلب (Content-Length)؛ هذا العنوان لا يقبل محتوى متدفقًا.',
	too_large: (size: string) => `الطلب أكبر من المسموح: هذا العنوان يقبل ${size} على الأكثر.`,
	unreadable_form:
		'تعذّرت قراءة النموذج: أرسله بترميز application/x-www-form-urlencoded أو multipart/form-data.',
	format_invalid: 'الصيغة يجب أن تكون arrow أو csv أو xlsx أو svg',
	not_a_chart: 'هذه البيانات جدول وليست رسمًا بيانيًا: اطلبها بصيغة arrow أو csv أو xlsx',
	filter_invalid: (fields: readonly string[]) => `قيم غير صالحة في المرشّح: ${fields.join('، ')}`,
	report_request_invalid:
		'الفترة مثل 2026-Q2 أو 2026-H1 أو 2026-05 أو 2026 أو H1447-Q1 أو H1447-05، واللغة ar أو en',
	not_set_up: 'لم تُعدّ الجمعية بعد: افتح ‎/setup‏.',
	logo_not_multipart: 'أرسل الشعار نموذجًا (multipart/form-data) بملف PNG أو JPEG باسم logo'
};

const en: typeof ar = {
	length_required:
		'Send the length of the body (Content-Length); this address takes no streamed bodies.',
	too_large: (size: string) => `The request is too large: this address takes at most ${size}.`,
	unreadable_form:
		'The form could not be read: send it as application/x-www-form-urlencoded or multipart/form-data.',
	format_invalid: 'format must be arrow, csv, xlsx or svg',
	not_a_chart: 'this dataset is a table, not a chart: ask for arrow, csv or xlsx',
	filter_invalid: (fields: readonly string[]) => `Invalid filter values: ${fields.join(', ')}`,
	report_request_invalid:
		'period must look like 2026-Q2, 2026-H1, 2026-05, 2026, H1447-Q1 or H1447-05; lang ar or en',
	not_set_up: 'The association is not set up yet: open /setup.',
	logo_not_multipart: 'send the logo as multipart/form-data with a PNG or JPEG file named "logo"'
};

export const requestCatalogue = { ar, en };

export function requestMessages(lang: Language) {
	return requestCatalogue[lang];
}

/** The refusals whose message takes no values. */
export type RequestProblem = {
	[K in keyof typeof ar]: (typeof ar)[K] extends string ? K : never;
}[keyof typeof ar];

/** A refused request's JSON body: its code and the message in the request's language. */
export function requestProblem<C extends RequestProblem>(code: C, lang: Language) {
	const message: string = requestCatalogue[lang][code];
	return { code, message };
}
