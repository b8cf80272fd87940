// How large a request body each route accepts. adapter-node applies one limit to every route
// (BODY_SIZE_LIMIT, set by scripts/serve.js to the largest upload); src/hooks.server.ts holds
// everything else to these, before a byte of the body is read: an anonymous visitor could otherwise
// make the server hold a 150 MB "sign-in form" in memory.

/** Bodies of anonymous requests (sign-in, the public survey, the preference form): 64 KB. */
export const ANONYMOUS_BODY_LIMIT = 64 * 1024;
/** Forms of signed-in staff (a survey's questions, settings): 1 MB. */
export const FORM_BODY_LIMIT = 1024 * 1024;

/** Routes that take a file upload; only signed-in staff reach their actions (the guard). */
const uploadRoutes = new Set(['/(app)/ingest']);

export type BodyVerdict =
	| { ok: true }
	| { ok: false; status: 411 | 413; limit: number; message: string; message_ar: string };

const bytes = (n: number) => (n >= 1024 * 1024 ? `${n / (1024 * 1024)} MB` : `${n / 1024} KB`);

/**
 * Whether a request's body may be read: its declared length within the route's limit. Upload
 * routes are left to adapter-node's limit (and the guard, which refuses anyone but staff before the
 * body is read). A body without a length (chunked) is refused on other routes: browsers always send
 * the length of a form.
 */
export function checkBody(
	method: string,
	routeId: string | null,
	headers: Headers,
	signedIn: boolean
): BodyVerdict {
	if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return { ok: true };
	if (routeId !== null && uploadRoutes.has(routeId)) return { ok: true };
	// the public survey's answers have their own cap (64 KB, survey/answer-form.ts) and message
	if (routeId?.startsWith('/(public)/s/')) return { ok: true };
	const limit = signedIn ? FORM_BODY_LIMIT : ANONYMOUS_BODY_LIMIT;
	const length = headers.get('content-length');
	if (length === null) {
		if (headers.get('transfer-encoding') === null) return { ok: true };
		return {
			ok: false,
			status: 411,
			limit,
			message:
				'Send the length of the body (Content-Length); this address takes no streamed bodies.',
			message_ar: 'أرسل طول محتوى الطلب (Content-Length)؛ هذا العنوان لا يقبل محتوى متدفقًا.'
		};
	}
	if (/^\d+$/.test(length) && Number(length) <= limit) return { ok: true };
	return {
		ok: false,
		status: 413,
		limit,
		message: `The request is too large: this address takes at most ${bytes(limit)}.`,
		message_ar: `الطلب أكبر من المسموح: هذا العنوان يقبل ${bytes(limit)} على الأكثر.`
	};
}

/**
 * A form body the request did not send as one (text/plain, a multipart body cut short or without
 * its boundary): SvelteKit's form actions pass it on, and reading it throws this TypeError.
 */
export function isUnreadableForm(error: unknown): boolean {
	return (
		error instanceof TypeError &&
		/Failed to parse body as FormData|Content-Type was not one of/.test(error.message)
	);
}

export const unreadableFormMessage = {
	message:
		'The form could not be read: send it as application/x-www-form-urlencoded or multipart/form-data.',
	message_ar:
		'تعذّرت قراءة النموذج: أرسله بترميز application/x-www-form-urlencoded أو multipart/form-data.'
};
