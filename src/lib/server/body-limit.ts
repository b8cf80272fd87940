// How large a request body each route accepts. adapter-node applies one limit to every route
// (BODY_SIZE_LIMIT, set by scripts/serve.js to the largest upload); src/hooks.server.ts holds
// everything else to these, before a byte of the body is read: an anonymous visitor could otherwise
// make the server hold a 150 MB "sign-in form" in memory.
import type { Language } from '$lib/i18n/preferences';
import { requestMessages } from '$lib/i18n/request-messages';

/** Bodies of anonymous requests (sign-in, the public survey, the preference form): 64 KB. */
export const ANONYMOUS_BODY_LIMIT = 64 * 1024;
/** Forms of signed-in staff (a survey's questions, settings): 1 MB. */
export const FORM_BODY_LIMIT = 1024 * 1024;

/** A field phone's queued answers, up to 100 at once: 1 MB. */
export const FIELD_BODY_LIMIT = 1024 * 1024;
const FIELD_ANSWERS_ROUTE = '/(public)/f/[token]/answers';

/** Routes that take a file upload; only signed-in staff reach their actions (the guard). */
const uploadRoutes = new Set(['/(app)/ingest']);

export type BodyVerdict =
	| { ok: true }
	| { ok: false; status: 411 | 413; limit: number; code: 'length_required' | 'too_large' };

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
	// a field phone's queue of up to 100 answers (field-answers.ts)
	const limit =
		routeId === FIELD_ANSWERS_ROUTE
			? FIELD_BODY_LIMIT
			: signedIn
				? FORM_BODY_LIMIT
				: ANONYMOUS_BODY_LIMIT;
	const length = headers.get('content-length');
	if (length === null) {
		if (headers.get('transfer-encoding') === null) return { ok: true };
		return { ok: false, status: 411, limit, code: 'length_required' };
	}
	if (/^\d+$/.test(length) && Number(length) <= limit) return { ok: true };
	return { ok: false, status: 413, limit, code: 'too_large' };
}

/** A refused body's message in the request's language. */
export function bodyVerdictMessage(
	verdict: Extract<BodyVerdict, { ok: false }>,
	lang: Language
): string {
	const m = requestMessages(lang);
	return verdict.code === 'too_large' ? m.too_large(bytes(verdict.limit)) : m[verdict.code];
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

/** The JSON answer to a form that could not be read: its code and message in the request's language. */
export function unreadableFormBody(lang: Language) {
	return { code: 'unreadable_form', message: requestMessages(lang).unreadable_form } as const;
}
