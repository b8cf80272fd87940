// The public survey's form POST answered early in the handle hook, before the session, the guard
// and SvelteKit's page machinery (page nodes, form action, redirect), when it is an ordinary
// answer: an open survey (or an unused one-time link), a URL-encoded body, no session cookie, and
// a reply the form action would give as a plain 303 (no JavaScript) or as SvelteKit's JSON
// redirect (the enhanced form). It runs the form actions' own code (receiveForm: size cap,
// rate limit, honeypot, the shared schema, the group commit) and answers only after the commit.
// Anything else goes on to the form action untouched; an answer refused here (or an error) is
// handed to the action with the body already read, so its page (messages in the person's
// language, everything typed kept, error pages) is exactly the action's. The same core
// (answerPost) serves the HTTP front in answer-front.ts, which scripts/serve.js runs before
// adapter-node; an answer the front refused arrives here with the request it hands over.
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { appStore } from '../app-store';
import type { Store } from '../db';
import { SESSION_COOKIE } from '../auth/session';
import { securityHeaders } from '../security-headers';
import {
	readForm,
	receiveForm,
	requireOpen,
	thanksPath,
	type AnswerLink,
	type Received
} from './answer-form';
import { frontHandover } from './front-handover';
import type { FormValues } from '../../schemas/survey-answers';
import { tokenState } from './one-time-link';
import { linkOptions, openSurvey, type OpenSurvey } from './public-survey';

const SURVEY_ROUTE = '/(public)/s/[slug]';
const ONE_TIME_ROUTE = '/(public)/s/[slug]/t/[token]';

export type Reply = 'redirect' | 'json';
type Open = Extract<OpenSurvey, { state: 'open' }>;

/**
 * How the form action would reply to a stored answer, by the request's Accept header as SvelteKit
 * negotiates it: `text/html` at full weight and no `application/json` is a form navigation (303);
 * exactly `application/json` is the enhanced form (a JSON redirect); anything else is left to it.
 */
export function replyOf(accept: string | null | undefined): Reply | null {
	if (accept === 'application/json') return 'json';
	const ranges = (accept ?? '').split(',').map((range) => range.trim());
	return ranges.includes('text/html') &&
		!ranges.some((range) => range.startsWith('application/json'))
		? 'redirect'
		: null;
}

/** How the fast path would answer this request, or null when it leaves it to the form action. */
function replyFor(event: RequestEvent): Reply | null {
	if (event.request.method !== 'POST') return null;
	if (event.route.id !== SURVEY_ROUTE && event.route.id !== ONE_TIME_ROUTE) return null;
	const type = event.request.headers.get('content-type') ?? '';
	if (type.split(';')[0]!.trim().toLowerCase() !== 'application/x-www-form-urlencoded') return null;
	// a named action (`?/name`) and a signed-in person (staff trying the form) take the usual path
	for (const name of event.url.searchParams.keys()) if (name.startsWith('/')) return null;
	if (event.cookies.get(SESSION_COOKIE)) return null;
	return replyOf(event.request.headers.get('accept'));
}

/** The answer received by the fast path and refused (or failed), for the form action to show. */
export function handedOverAnswer(locals: App.Locals): Promise<Received> | undefined {
	const handed = locals.surveyAnswer;
	delete locals.surveyAnswer;
	return handed;
}

/**
 * A public survey POST the fast path may answer, whichever server layer received it: the hook
 * below (a SvelteKit request) or the HTTP front (answer-front.ts, the Node.js request itself).
 */
export interface EarlyPost {
	slug: string;
	/** The one-time link's token, for /s/[slug]/t/[token]. */
	token: string | undefined;
	url: URL;
	/** The page's preferences; `frameable` is set when the survey may be framed. */
	locals: Pick<App.Locals, 'prefs' | 'frameable'>;
	getClientAddress: () => string;
	/** Reads the posted form: its values, or null when it is over the size cap. */
	read: () => Promise<FormValues | null>;
}

/**
 * What the fast path did with a post: stored it (the reply goes to `location`), or left it to the
 * form action, with the answer it read and refused (or failed to store) in `handover`, or with
 * the body unread (an unknown, closed or draft survey, a used or unknown link, a failed look-up).
 */
export type EarlyOutcome =
	{ kind: 'stored'; location: string } | { kind: 'declined'; handover?: Promise<Received> };

/** The open survey and what the answer is linked by, or undefined when it cannot be answered. */
async function answerTarget(
	post: EarlyPost,
	store: Store
): Promise<{ opened: Open; link: AnswerLink } | undefined> {
	const opened = await openSurvey(store, post.slug);
	if (opened.state !== 'open') return undefined;
	requireOpen(opened, post.locals as App.Locals);
	if (post.token === undefined) return { opened, link: { options: await linkOptions(store) } };
	const state = await tokenState(store, opened.survey.id, post.token);
	return state.state === 'open' ? { opened, link: { tokenHash: state.tokenHash } } : undefined;
}

/** Stores `post` with the form action's own code when it is an ordinary answer (see above). */
export async function answerPost(store: Store, post: EarlyPost): Promise<EarlyOutcome> {
	const target = await answerTarget(post, store).catch(() => undefined);
	if (!target) return { kind: 'declined' };
	const { opened, link } = target;
	const outcome = post.read().then((values) => receiveForm(values, post, store, opened, link));
	let received: Received;
	try {
		received = await outcome;
	} catch {
		return { kind: 'declined', handover: outcome };
	}
	if (received.kind !== 'stored') return { kind: 'declined', handover: outcome };
	return {
		kind: 'stored',
		location: thanksPath(post.slug, received.lang, post.locals.prefs, post.url)
	};
}

/** A reply as parts: its status, headers (lowercase names, in order) and body. */
export interface ReplyParts {
	status: number;
	headers: [name: string, value: string][];
	body: string | null;
}

/**
 * The reply to a stored answer: a 303, or SvelteKit's JSON redirect for the enhanced form (as
 * `json()` makes it), with the security headers; headers sorted by name as a Response gives them.
 */
export function storedReplyParts(
	kind: Reply,
	location: string,
	locals: Pick<App.Locals, 'frameable'>
): ReplyParts {
	const body = kind === 'json' ? JSON.stringify({ type: 'redirect', status: 303, location }) : null;
	const headers: [string, string][] =
		body === null
			? [['location', location]]
			: [
					['content-length', String(Buffer.byteLength(body))],
					['content-type', 'application/json']
				];
	for (const [name, value] of securityHeaders(null, { frameable: locals.frameable, user: null })) {
		headers.push([name.toLowerCase(), value]);
	}
	headers.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return { status: body === null ? 303 : 200, headers, body };
}

/**
 * Answers a public survey POST from `store` when the fast path may take it: the reply (303 to the
 * thank-you page, or SvelteKit's JSON redirect) once the answer is committed; undefined when the
 * request goes on to the form action, with `locals.surveyAnswer` set when its body was read.
 */
export async function answerEarly(
	event: RequestEvent,
	store: Store
): Promise<Response | undefined> {
	const kind = replyFor(event);
	if (!kind) return undefined;
	const { slug, token } = event.params as { slug: string; token?: string };
	const outcome = await answerPost(store, {
		slug,
		token,
		url: event.url,
		locals: event.locals,
		getClientAddress: () => event.getClientAddress(),
		read: () => readForm(event.request)
	});
	if (outcome.kind === 'stored') {
		const { status, headers, body } = storedReplyParts(kind, outcome.location, event.locals);
		return new Response(body, { status, headers });
	}
	if (outcome.handover) event.locals.surveyAnswer = outcome.handover;
	return undefined;
}

export const surveyAnswerFastPath: Handle = async ({ event, resolve }) => {
	// an answer the HTTP front read and refused: the form action shows it (see answer-front.ts)
	const handed = frontHandover(event.platform?.req);
	if (handed) {
		event.locals.surveyAnswer = handed;
		return resolve(event);
	}
	return (replyFor(event) && (await answerEarly(event, await appStore()))) || resolve(event);
};
