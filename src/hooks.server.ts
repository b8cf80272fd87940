import {
	json,
	redirect,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { dev } from '$app/environment';
import { direction, resolvePreferences } from '$lib/i18n/preferences';
import { accessFor } from '$lib/server/auth/access';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { appStore } from '$lib/server/app-store';
import { readConfig } from '$lib/server/config';
import { DatabaseInUseError, StorageError } from '$lib/server/db';
import { storageMessages } from '$lib/i18n/storage-messages';
import type { StorageProblem } from '$lib/storage-problem';
import { compressSurveyPages } from '$lib/server/survey/compress';
import { answerRoute, offerAnswerRoute } from '$lib/server/survey/answer-route';
import { setSecurityHeaders } from '$lib/server/security-headers';
import {
	bodyVerdictMessage,
	checkBody,
	isUnreadableForm,
	unreadableFormBody
} from '$lib/server/body-limit';
import { linkLanguage } from '$lib/server/link-language';
import { setupGate } from '$lib/server/setup-gate';

const secureCookies = !dev && readConfig().secureCookies;

export const init: ServerInit = async () => {
	try {
		await appStore();
	} catch (error) {
		if (error instanceof DatabaseInUseError) {
			console.error(`Tahseen cannot start: ${error.message}`);
			// 75 as the command-line tools answer; scripts/serve.js does not restart on it
			process.exit(75);
		}
		if (error instanceof StorageError) {
			const advice = {
				no_space: 'Free space on that disk, or set DATABASE_PATH to a file on another disk.',
				read_only:
					'Make the file and its folder writable by this user (and the file system not read-only), or set DATABASE_PATH to a writable file.',
				unavailable: 'Check the disk, then start again.'
			}[error.problem];
			console.error(`Tahseen cannot start: ${error.message} ${advice}`);
			process.exit(1);
		}
		throw error;
	}
	// the survey's answer route, for scripts/serve.js (adapter-node's custom server; see
	// docs/architecture-answer-path.md)
	offerAnswerRoute(answerRoute(appStore, process.env));
};

/** Disk failures reported by handleError for this request, to answer 503 instead of 500. */
const storageFailures = new WeakMap<Request, StorageProblem>();
/** Requests whose form could not be read (reported by handleError), to answer 400 instead of 500. */
const unreadableForms = new WeakSet<Request>();

function storageLog(method: string, path: string, error: StorageError): void {
	console.error(`Tahseen: ${method} ${path} failed: ${error.message}`);
}

/** The answer to a request the store could not serve: the problem's code and its message. */
function storageBody(problem: StorageProblem, lang: 'ar' | 'en') {
	return { message: storageMessages(lang)[problem], lang, storage: problem };
}

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const lang = event.locals.prefs?.lang ?? 'ar';
	if (error instanceof StorageError) {
		storageLog(event.request.method, event.url.pathname, error);
		storageFailures.set(event.request, error.problem);
		return storageBody(error.problem, lang);
	}
	if (isUnreadableForm(error)) {
		// a client's mistake (text/plain, a broken multipart body), not the server's: 400, see below
		unreadableForms.add(event.request);
		return { ...unreadableFormBody(lang), lang };
	}
	if (status >= 500) console.error(error);
	return { message, lang };
};

/**
 * A disk failure answers 503 (with Retry-After) and a clear message, as the error page or as JSON,
 * never 500 and a stack trace: in loads and actions through handleError, elsewhere (hooks) here.
 */
const storage: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		if (!(error instanceof StorageError)) throw error;
		storageLog(event.request.method, event.url.pathname, error);
		const body = storageBody(error.problem, event.locals.prefs?.lang ?? 'ar');
		const wantsHtml = (event.request.headers.get('accept') ?? '').includes('text/html');
		const headers = { 'retry-after': '30', 'cache-control': 'no-store' };
		if (!wantsHtml) return json(body, { status: 503, headers });
		const m = storageMessages(body.lang);
		const html = `<!doctype html><html lang="${body.lang}" dir="${direction(body.lang)}"><meta charset="utf-8"><title>${m.title}</title><main><h1>${m.title}</h1><p>${m[error.problem]}</p></main></html>`;
		return new Response(html, {
			status: 503,
			headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }
		});
	}
	if (response.status === 500 && storageFailures.has(event.request)) {
		const headers = new Headers(response.headers);
		headers.set('retry-after', '30');
		return new Response(response.body, { status: 503, headers });
	}
	if (response.status === 500 && unreadableForms.has(event.request)) {
		return new Response(response.body, { status: 400, headers: response.headers });
	}
	return response;
};

const locale: Handle = async ({ event, resolve }) => {
	event.locals.prefs = resolvePreferences({
		lang: linkLanguage(event) ?? event.cookies.get('lang'),
		digits: event.cookies.get('digits'),
		calendar: event.cookies.get('calendar')
	});
	const { lang } = event.locals.prefs;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', direction(lang))
	});
};

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.sessionId = null;
	event.locals.forbidden = false;
	event.locals.frameable = false;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const result = await validateSessionToken(await appStore(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.sessionId = result.session.id;
			if (result.renewed)
				setSessionCookie(event.cookies, token, result.session.expiresAt, secureCookies);
		} else {
			deleteSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};

/**
 * Request bodies within the route's limit (src/lib/server/body-limit.ts), refused before a byte is
 * read: 413 (411 for a streamed body), a code and the message in the request's language, and the
 * connection closed.
 */
const bodyLimit: Handle = async ({ event, resolve }) => {
	const verdict = checkBody(
		event.request.method,
		event.route.id,
		event.request.headers,
		event.cookies.get(SESSION_COOKIE) !== undefined
	);
	if (verdict.ok) return resolve(event);
	const lang = event.locals.prefs.lang;
	const message = bodyVerdictMessage(verdict, lang);
	const headers = { connection: 'close', 'cache-control': 'no-store' };
	if ((event.request.headers.get('accept') ?? '').includes('text/html')) {
		// a form sent from a page: a page in return (the message is fixed text, never the request's)
		const html = `<!doctype html><html lang="${lang}" dir="${direction(lang)}"><meta charset="utf-8"><title>${verdict.status}</title><main><h1>${verdict.status}</h1><p>${message}</p></main></html>`;
		return new Response(html, {
			status: verdict.status,
			headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }
		});
	}
	return json({ code: verdict.code, message }, { status: verdict.status, headers });
};

/** Route-group guard; pages refused to a signed-in role render the 403 page in their language. */
const guard: Handle = async ({ event, resolve }) => {
	const access = accessFor(event.route.id);
	if (access === 'public') return resolve(event);
	const { user } = event.locals;
	const isPage =
		(event.request.method === 'GET' || event.request.method === 'HEAD') &&
		!event.route.id?.startsWith('/api/') &&
		!/\.(csv|xlsx|pdf|svg|png|arrow)$/.test(event.url.pathname);
	if (!user) {
		if (isPage) {
			const location = `/login?redirectTo=${encodeURIComponent(event.url.pathname + event.url.search)}`;
			// a client-side navigation is answered as SvelteKit answers its data requests; a page
			// request with a response of our own, so that it carries the security headers
			if (event.isDataRequest) redirect(303, location);
			return new Response(null, { status: 303, headers: { location } });
		}
		return json({ message: 'sign-in required' }, { status: 401 });
	}
	if (!access.includes(user.role)) {
		if (isPage) {
			event.locals.forbidden = true;
			return resolve(event);
		}
		return json({ message: 'forbidden' }, { status: 403 });
	}
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) =>
	setSecurityHeaders(await resolve(event), event.locals);

/** Until the association is set up (no demo, empty store), every page leads to /setup. */
const firstSetup: Handle = async ({ event, resolve }) =>
	(await setupGate(event, await appStore())) ?? resolve(event);

// securityHeaders wraps the guard, so its 401 and 403 answers carry them too; scripts/serve.js adds
// the same defaults to anything answered outside these hooks (static files, thrown redirects)
export const handle = sequence(
	locale,
	bodyLimit,
	storage,
	session,
	securityHeaders,
	firstSetup,
	guard,
	compressSurveyPages
);
