// The public survey's form POST answered early in the handle hook, before the session, the guard
// and SvelteKit's page machinery (page nodes, form action, redirect), when it is an ordinary
// answer: an open survey (or an unused one-time link), a URL-encoded body, no session cookie, and
// a reply the form action would give as a plain 303 (no JavaScript) or as SvelteKit's JSON
// redirect (the enhanced form). It runs the form actions' own code (receiveAnswer: size cap,
// rate limit, honeypot, the shared schema, the group commit) and answers only after the commit.
// Anything else goes on to the form action untouched; an answer refused here (or an error) is
// handed to the action with the body already read, so its page (messages in the person's
// language, everything typed kept, error pages) is exactly the action's.
import { json, type Handle, type RequestEvent } from '@sveltejs/kit';
import { appStore } from '../app-store';
import type { Store } from '../db';
import { SESSION_COOKIE } from '../auth/session';
import { setSecurityHeaders } from '../security-headers';
import { receiveAnswer, requireOpen, thanksPath, type Received } from './answer-form';
import { tokenState } from './one-time-link';
import { linkOptions, openSurvey, type OpenSurvey } from './public-survey';

const SURVEY_ROUTE = '/(public)/s/[slug]';
const ONE_TIME_ROUTE = '/(public)/s/[slug]/t/[token]';

type Reply = 'redirect' | 'json';
type Open = Extract<OpenSurvey, { state: 'open' }>;
type Link = Parameters<typeof receiveAnswer>[3];

/**
 * How the form action would reply to a stored answer, by the request's Accept header as SvelteKit
 * negotiates it: `text/html` at full weight and no `application/json` is a form navigation (303);
 * exactly `application/json` is the enhanced form (a JSON redirect); anything else is left to it.
 */
function replyOf(accept: string | null): Reply | null {
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

/** The open survey and what the answer is linked by, or undefined when it cannot be answered. */
async function answerTarget(
	event: RequestEvent,
	store: Store,
	slug: string,
	token: string | undefined
): Promise<{ opened: Open; link: Link } | undefined> {
	const opened = await openSurvey(store, slug);
	if (opened.state !== 'open') return undefined;
	requireOpen(opened, event.locals);
	if (token === undefined) return { opened, link: { options: await linkOptions(store) } };
	const state = await tokenState(store, opened.survey.id, token);
	return state.state === 'open' ? { opened, link: { tokenHash: state.tokenHash } } : undefined;
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
	const target = await answerTarget(event, store, slug, token).catch(() => undefined);
	// an unknown, closed or draft survey, a used or unknown link, or a failed look-up: the
	// action's own pages, the body unread
	if (!target) return undefined;
	const { opened, link } = target;
	const outcome = receiveAnswer(event, store, opened, link);
	let received: Received;
	try {
		received = await outcome;
	} catch {
		event.locals.surveyAnswer = outcome;
		return undefined;
	}
	if (received.kind !== 'stored') {
		event.locals.surveyAnswer = outcome;
		return undefined;
	}
	const location = thanksPath(slug, received.lang, event.locals.prefs, event.url);
	const response =
		kind === 'json'
			? json({ type: 'redirect', status: 303, location })
			: new Response(null, { status: 303, headers: { location } });
	return setSecurityHeaders(response, { frameable: event.locals.frameable, user: null });
}

export const surveyAnswerFastPath: Handle = async ({ event, resolve }) =>
	(replyFor(event) && (await answerEarly(event, await appStore()))) || resolve(event);
