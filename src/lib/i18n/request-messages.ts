// What a client is told when its request body is refused before it is read or cannot be read
// (src/lib/server/body-limit.ts): the JSON answers carry the code and this text in the request's
// language.
import type { Language } from './preferences';

const ar = {
	length_required: 'أرسل طول محتوى الطلب (Content-Length)؛ هذا العنوان لا يقبل محتوى متدفقًا.',
	too_large: (size: string) => `الطلب أكبر من المسموح: هذا العنوان يقبل ${size} على الأكثر.`,
	unreadable_form:
		'تعذّرت قراءة النموذج: أرسله بترميز application/x-www-form-urlencoded أو multipart/form-data.'
};

const en: typeof ar = {
	length_required:
		'Send the length of the body (Content-Length); this address takes no streamed bodies.',
	too_large: (size: string) => `The request is too large: this address takes at most ${size}.`,
	unreadable_form:
		'The form could not be read: send it as application/x-www-form-urlencoded or multipart/form-data.'
};

export const requestCatalogue = { ar, en };

export function requestMessages(lang: Language) {
	return requestCatalogue[lang];
}
