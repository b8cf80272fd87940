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
import { SESSION_COOKIE } from '../auth/session';
import { setSecurityHeaders } from '../security-headers';
import { receiveAnswer, requireOpen, thanksPath, type Received } from './answer-form';
import { tokenState } from './one-time-link';
import { linkOptions, openSurvey } from './public-survey';

const SURVEY_ROUTE = '/(public)/s/[slug]';
const ONE_TIME_ROUTE = '/(public)/s/[slug]/t/[token]';

type Reply = 'redirect' | 'json';

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

/** Whether the fast path may take this request; if not, it goes on untouched. */
function reply(event: RequestEvent): Reply | null {
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

export const surveyAnswerFastPath: Handle = async ({ event, resolve }) => {
	const kind = reply(event);
	if (!kind) return resolve(event);
	const { slug, token } = event.params as { slug: string; token?: string };
	const store = await appStore();
	const opened = await openSurvey(store, slug);
	// an unknown, closed or draft survey, or a used or unknown link: the action's polite pages
	if (opened.state !== 'open') return resolve(event);
	requireOpen(opened, event.locals);
	let link: Parameters<typeof receiveAnswer>[3];
	if (token === undefined) link = { options: await linkOptions(store) };
	else {
		const state = await tokenState(store, opened.survey.id, token);
		if (state.state !== 'open') return resolve(event);
		link = { tokenHash: state.tokenHash };
	}
	const outcome = receiveAnswer(event, store, opened, link);
	let received: Received;
	try {
		received = await outcome;
	} catch {
		event.locals.surveyAnswer = outcome;
		return resolve(event);
	}
	if (received.kind !== 'stored') {
		event.locals.surveyAnswer = outcome;
		return resolve(event);
	}
	const location = thanksPath(slug, received.lang, event.locals.prefs, event.url);
	const response =
		kind === 'json'
			? json({ type: 'redirect', status: 303, location })
			: new Response(null, { status: 303, headers: { location } });
	return setSecurityHeaders(response, { frameable: event.locals.frameable, user: null });
};
