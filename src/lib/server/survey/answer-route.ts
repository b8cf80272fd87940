// The route that stores ordinary public survey answers for the custom server (scripts/serve.js),
// ahead of adapter-node's handler: the "route that lives separately from the SvelteKit app" of
// adapter-node's documented custom server (see docs/architecture-answer-path.md for why).
//
// It owns nothing of its own: an answer is stored by the form action's code (receiveForm in
// answer-form.ts: size cap, rate limit, honeypot, the shared schema, one-time links, the group
// commit), and the reply is the action's (a 303 to the thank-you page, or the redirect result the
// enhanced form reads). It takes a request only when it is plainly an answer from the survey's own
// page: a POST to /s/<slug> or /s/<slug>/t/<token>, URL-encoded, of a declared length within the
// cap, with an Origin equal to the page's (the cross-site check), without a session cookie. Every
// other request goes on to SvelteKit untouched. An answer it read and did not store (refused, a
// used link, a failure) goes on as the same request with the same body, and nothing was counted
// against its address: the form action answers it as if it came first.
import type { EventEmitter } from 'node:events';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { resolvePreferences } from '../../i18n/preferences';
import { SESSION_COOKIE } from '../auth/session';
import type { Store } from '../db';
import { securityHeaders } from '../security-headers';
import { MAX_FORM_BYTES, receiveForm, thanksPath, urlEncodedForm } from './answer-form';
import { tokenState } from './one-time-link';
import { linkOptions, openSurvey } from './public-survey';

/** A Node.js route as adapter-node's custom server chains them; `next` passes the request on. */
export type AnswerRoute = (
	req: IncomingMessage,
	res: ServerResponse,
	next: (req: IncomingMessage) => void
) => void;

/**
 * Gives scripts/serve.js the answer route (src/hooks.server.ts, when the app starts): serve.js
 * listens for this process event while it imports the build. Under `vite dev` nobody listens.
 */
export function offerAnswerRoute(route: AnswerRoute): void {
	const events: EventEmitter = process;
	events.emit('tahseen:answer-route', route);
}

/** adapter-node's settings that decide a request's origin and client address (see its docs). */
export interface RouteEnv {
	ORIGIN?: string;
	PROTOCOL_HEADER?: string;
	HOST_HEADER?: string;
	PORT_HEADER?: string;
	ADDRESS_HEADER?: string;
	XFF_DEPTH?: string;
}

const ANSWER_PATH = /^\/s\/([a-z0-9][a-z0-9-]{0,62})(?:\/t\/([a-z2-7]{32}))?(?:\?|$)/;

/** A header sent once, as adapter-node reads it; undefined when absent or repeated. */
function single(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
}

/** The origin adapter-node gives the request (ORIGIN, or the protocol, host and port headers). */
export function originOf(headers: IncomingHttpHeaders, env: RouteEnv): string | undefined {
	if (env.ORIGIN) return new URL(env.ORIGIN.trim()).origin;
	const header = (name: string | undefined) =>
		name ? single(headers[name.toLowerCase()]) : undefined;
	const protocol = header(env.PROTOCOL_HEADER) || 'https';
	const host = header(env.HOST_HEADER) || single(headers.host);
	const port = header(env.PORT_HEADER);
	if (!/^https?$/.test(protocol) || !host || (port && !/^\d+$/.test(port))) return undefined;
	return `${protocol}://${host}${port ? `:${port}` : ''}`;
}

/** The client's address as adapter-node gives it (ADDRESS_HEADER, XFF_DEPTH); throws where it does. */
export function clientAddressOf(req: IncomingMessage, env: RouteEnv): string {
	const header = env.ADDRESS_HEADER?.toLowerCase();
	if (!header) return req.socket.remoteAddress ?? '';
	const value = single(req.headers[header]);
	if (value === undefined) throw new Error(`the ${header} header is absent`);
	if (header !== 'x-forwarded-for') return value;
	const addresses = value.split(',');
	const depth = parseInt(env.XFF_DEPTH ?? '1');
	if (!(depth >= 1 && depth <= addresses.length)) throw new Error('XFF_DEPTH does not fit');
	return addresses[addresses.length - depth]!.trim();
}

/** The value of cookie `name`, when the header holds it once and plainly (no quotes or escapes). */
function plainCookie(header: string, name: string): string | null | undefined {
	const values = header
		.split(';')
		.map((pair) => pair.trim())
		.filter((pair) => pair.startsWith(`${name}=`))
		.map((pair) => pair.slice(name.length + 1));
	if (values.length > 1 || /[%"]/.test(values[0] ?? '')) return null;
	return values[0];
}

/** The survey's answer the route may take, or undefined when SvelteKit should have it. */
function take(req: IncomingMessage, env: RouteEnv) {
	if (req.method !== 'POST') return undefined;
	const path = ANSWER_PATH.exec(req.url ?? '');
	const { headers } = req;
	const length = Number(headers['content-length']);
	const type = headers['content-type']?.split(';')[0]!.trim().toLowerCase();
	if (
		!path ||
		type !== 'application/x-www-form-urlencoded' ||
		!(length > 0 && length <= MAX_FORM_BYTES) ||
		headers['transfer-encoding'] !== undefined
	) {
		return undefined;
	}
	// as the form action replies: a page navigation (303) or the enhanced form (a redirect result)
	const accept = single(headers.accept) ?? '';
	const ranges = accept.split(',').map((range) => range.trim());
	const json = accept === 'application/json';
	const page = ranges.includes('text/html') && !accept.includes('application/json');
	if (!json && !page) return undefined;
	let url: URL;
	try {
		url = new URL(req.url!, originOf(headers, env));
	} catch {
		return undefined;
	}
	// SvelteKit's cross-site check of a form; a named action (`?/name`) is not the answer
	if (single(headers.origin) !== url.origin) return undefined;
	for (const name of url.searchParams.keys()) if (name.startsWith('/')) return undefined;
	const cookies = single(headers.cookie) ?? '';
	const lang = plainCookie(cookies, 'lang');
	const digits = plainCookie(cookies, 'digits');
	const calendar = plainCookie(cookies, 'calendar');
	if (lang === null || digits === null || calendar === null) return undefined;
	if (plainCookie(cookies, SESSION_COOKIE) !== undefined) return undefined;
	const linked = url.searchParams.get('lang');
	const prefs = resolvePreferences({
		lang: linked === 'ar' || linked === 'en' ? linked : lang,
		digits,
		calendar
	});
	return { slug: path[1]!, token: path[2], url, json, prefs };
}

type Taken = NonNullable<ReturnType<typeof take>>;

/** Stores the answer `body` when it is an ordinary one: where its reply sends the person. */
async function store(
	req: IncomingMessage,
	env: RouteEnv,
	db: Store,
	{ slug, token, url, prefs }: Taken,
	body: Buffer
): Promise<{ location: string; frameable: boolean } | undefined> {
	const opened = await openSurvey(db, slug);
	if (opened.state !== 'open') return undefined;
	let link: Parameters<typeof receiveForm>[4];
	if (token === undefined) link = { options: await linkOptions(db) };
	else {
		const state = await tokenState(db, opened.survey.id, token);
		if (state.state !== 'open') return undefined;
		link = { tokenHash: state.tokenHash };
	}
	const sender = { getClientAddress: () => clientAddressOf(req, env), locals: { prefs } };
	const received = await receiveForm(urlEncodedForm(body), sender, db, opened, link, {
		onlyStore: true
	});
	if (received.kind !== 'stored') return undefined;
	return {
		location: thanksPath(slug, received.lang, prefs, url),
		frameable: opened.survey.embeddable
	};
}

/** The request `req` again, its body `body` (already read) to be read once more. */
function again(req: IncomingMessage, body: Buffer): IncomingMessage {
	const { method, url, headers, rawHeaders, httpVersion, httpVersionMajor, httpVersionMinor } = req;
	const fields = {
		method,
		url,
		headers,
		rawHeaders,
		httpVersion,
		httpVersionMajor,
		httpVersionMinor
	};
	return Object.assign(Readable.from([body], { objectMode: false }), fields, {
		socket: req.socket,
		connection: req.socket
	}) as unknown as IncomingMessage;
}

/** Stores the answer `body` and replies, or passes the request on with it (see above). */
async function answer(
	req: IncomingMessage,
	res: ServerResponse,
	next: (req: IncomingMessage) => void,
	env: RouteEnv,
	db: () => Promise<Store>,
	taken: Taken,
	body: Buffer
): Promise<void> {
	const stored = await db()
		.then((opened) => store(req, env, opened, taken, body))
		.catch(() => undefined);
	if (!stored) return next(again(req, body));
	const { location, frameable } = stored;
	// what the enhanced form reads (src/lib/components/survey/enhance.ts), as the action sends it
	const json = taken.json ? JSON.stringify({ type: 'redirect', status: 303, location }) : null;
	const headers: [string, string][] =
		json === null
			? [['location', location]]
			: [
					['content-length', String(Buffer.byteLength(json))],
					['content-type', 'application/json']
				];
	for (const [name, value] of securityHeaders(null, { frameable, user: null })) {
		headers.push([name.toLowerCase(), value]);
	}
	// in the order SvelteKit's replies have them (a Response's headers, sorted by name)
	headers.sort(([a], [b]) => (a < b ? -1 : 1));
	res.writeHead(json === null ? 303 : 200, headers.flat()).end(json ?? undefined);
}

/** The answer route over the app's store `db`, with adapter-node's settings `env`. */
export function answerRoute(db: () => Promise<Store>, env: RouteEnv): AnswerRoute {
	return (req, res, next) => {
		const taken = take(req, env);
		if (!taken) return next(req);
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.once('error', () => res.destroy());
		req.once('end', () => void answer(req, res, next, env, db, taken, Buffer.concat(chunks)));
	};
}
