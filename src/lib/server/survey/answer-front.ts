// The public survey's answers taken straight off the Node.js request, before adapter-node and
// SvelteKit: scripts/serve.js offers every request to the front first (registered under
// ANSWER_FRONT by hooks.server.ts). Building a web Request, SvelteKit's routing, cookies and hook
// chain cost more CPU than storing the answer; the front does only what that path does for an
// ordinary answer, with the same code (answerPost: size cap, rate limit, honeypot, the shared
// schema, one-time links, the group commit; replies with the same headers).
//
// It takes a request only when SvelteKit would route it to the survey's form action and its
// checks would pass: a POST to /s/<slug> or /s/<slug>/t/<token>, a URL-encoded body within the
// cap (content-length), an Origin equal to the request's own origin (SvelteKit's cross-site form
// check, the origin worked out as adapter-node does), no session cookie, plain preference cookies,
// an Accept the fast path answers, no named action. Anything else is left to SvelteKit untouched.
// An answer it read and then left (refused, a used link, a failure) is handed to SvelteKit as a
// copy of the request with the body, and a refused one with its outcome (front-handover.ts), so
// every page and error is exactly the form action's.
import { IncomingMessage, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { resolvePreferences } from '../../i18n/preferences';
import { SESSION_COOKIE } from '../auth/session';
import type { Store } from '../db';
import { MAX_FORM_BYTES, urlEncodedForm } from './answer-form';
import { answerPost, replyOf, storedReplyParts, type Reply } from './answer-fast-path';
import { handOver } from './front-handover';

/** Where hooks.server.ts registers the front for scripts/serve.js (a global: serve.js is not bundled). */
export const ANSWER_FRONT = Symbol.for('tahseen.survey-answer-front');

/**
 * Offers a request to the front: false when it is not the front's (serve.js hands it to SvelteKit
 * as usual); true when the front answers it, or hands a copy with the body to `fallback`.
 */
export type AnswerFront = (
	req: IncomingMessage,
	res: ServerResponse,
	fallback: (req: IncomingMessage) => void
) => boolean;

/** adapter-node's settings that decide a request's origin and client address (see its docs). */
export interface FrontEnv {
	ORIGIN?: string;
	PROTOCOL_HEADER?: string;
	HOST_HEADER?: string;
	PORT_HEADER?: string;
	ADDRESS_HEADER?: string;
	XFF_DEPTH?: string;
}

/** The survey form's routes; other slugs and token shapes are left to SvelteKit's own pages. */
const ANSWER_PATH = /^\/s\/([a-z0-9][a-z0-9-]{0,62})(?:\/t\/([a-z2-7]{32}))?(?:\?|$)/;
const FORM_TYPE = 'application/x-www-form-urlencoded';
/** The cookies the answer path reads: the session (the front then declines) and preferences. */
const READ_COOKIES = new Set([SESSION_COOKIE, 'lang', 'digits', 'calendar']);

/** A header adapter-node reads as one value (normalise_header): undefined when repeated. */
function single(value: string | string[] | undefined): string | undefined {
	if (!Array.isArray(value)) return value;
	return value.length === 1 ? value[0] : undefined;
}

/** The request's origin as adapter-node works it out; undefined where it would fail. */
function originOf(headers: IncomingHttpHeaders, env: FrontEnv): string | undefined {
	if (env.ORIGIN) return new URL(env.ORIGIN.trim()).origin;
	const protocolHeader = env.PROTOCOL_HEADER?.toLowerCase();
	const hostHeader = env.HOST_HEADER?.toLowerCase();
	const portHeader = env.PORT_HEADER?.toLowerCase();
	const sent = protocolHeader ? single(headers[protocolHeader]) : undefined;
	let protocol: string;
	try {
		protocol = decodeURIComponent(sent || 'https');
	} catch {
		return undefined;
	}
	if (protocol.includes(':')) return undefined;
	const host = (hostHeader && single(headers[hostHeader])) || single(headers.host);
	if (!host) return undefined;
	const port = portHeader ? single(headers[portHeader]) : undefined;
	if (port && isNaN(+port)) return undefined;
	return port ? `${protocol}://${host}:${port}` : `${protocol}://${host}`;
}

/** The client address as adapter-node gives it to getClientAddress (it throws where that does). */
function clientAddressOf(req: IncomingMessage, env: FrontEnv): string {
	const header = env.ADDRESS_HEADER?.toLowerCase();
	if (!header) return req.socket?.remoteAddress as string;
	if (!(header in req.headers)) throw new Error(`the ${header} header is absent`);
	const value = (req.headers[header] as string) || '';
	if (header !== 'x-forwarded-for') return value;
	const depth = parseInt(env.XFF_DEPTH ?? '1');
	const addresses = value.split(',');
	if (depth < 1 || depth > addresses.length) throw new Error('XFF_DEPTH does not fit');
	return addresses[addresses.length - depth]!.trim();
}

/**
 * The cookies the answer path reads, when they are plain (no quotes, no %-escapes, none repeated),
 * so that their values are those SvelteKit's parser gives; undefined otherwise.
 */
function plainCookies(header: string | undefined): Map<string, string> | undefined {
	const found = new Map<string, string>();
	if (!header) return found;
	for (const pair of header.split(';')) {
		const eq = pair.indexOf('=');
		if (eq < 0) continue;
		const name = pair.slice(0, eq).trim();
		if (!READ_COOKIES.has(name)) continue;
		const value = pair.slice(eq + 1).trim();
		if (found.has(name) || value.includes('%') || value.includes('"')) return undefined;
		found.set(name, value);
	}
	return found;
}

/** What the front takes from a request it may answer. */
interface Taken {
	slug: string;
	token: string | undefined;
	url: URL;
	reply: Reply;
	cookies: Map<string, string>;
}

/** The request, when the front may answer it; undefined when SvelteKit should have it untouched. */
function take(req: IncomingMessage, env: FrontEnv): Taken | undefined {
	if (req.method !== 'POST' || req.httpVersionMajor !== 1) return undefined;
	const path = ANSWER_PATH.exec(req.url ?? '');
	if (!path) return undefined;
	const { headers } = req;
	const type = headers['content-type'] ?? '';
	if (type.split(';')[0]!.trim().toLowerCase() !== FORM_TYPE) return undefined;
	// a body of a declared size within the cap (an empty or larger one: the action's own pages)
	const length = headers['content-length'];
	if (!length || !/^\d{1,6}$/.test(length) || Number(length) === 0) return undefined;
	if (Number(length) > MAX_FORM_BYTES || headers['transfer-encoding'] !== undefined)
		return undefined;
	const reply = replyOf(single(headers.accept));
	if (!reply) return undefined;
	let url: URL;
	try {
		const origin = originOf(headers, env);
		if (!origin) return undefined;
		url = new URL(origin + req.url);
	} catch {
		return undefined;
	}
	// SvelteKit's cross-site form check (no trusted origins are configured)
	if (single(headers.origin) !== url.origin) return undefined;
	for (const name of url.searchParams.keys()) if (name.startsWith('/')) return undefined;
	const cookies = plainCookies(single(headers.cookie));
	if (!cookies || cookies.has(SESSION_COOKIE)) return undefined;
	return { slug: path[1]!, token: path[2], url, reply, cookies };
}

/** A copy of `req` with its body `body` (already read off the socket), for SvelteKit. */
function replayed(req: IncomingMessage, body: Buffer): IncomingMessage {
	const copy = new IncomingMessage(req.socket);
	copy.method = req.method;
	copy.url = req.url;
	copy.headers = req.headers;
	copy.rawHeaders = req.rawHeaders;
	copy.httpVersion = req.httpVersion;
	copy.httpVersionMajor = req.httpVersionMajor;
	copy.httpVersionMinor = req.httpVersionMinor;
	copy.complete = true;
	// the body is all here: nothing to ask of the socket
	copy._read = () => undefined;
	copy.push(body);
	copy.push(null);
	return copy;
}

function send(res: ServerResponse, reply: ReturnType<typeof storedReplyParts>): void {
	for (const [name, value] of reply.headers) res.setHeader(name, value);
	res.writeHead(reply.status);
	res.end(reply.body ?? undefined);
}

/** The front for the store `store` (the app's), with adapter-node's settings `env`. */
export function answerFront(store: () => Promise<Store>, env: FrontEnv): AnswerFront {
	return (req, res, fallback) => {
		const taken = take(req, env);
		if (!taken) return false;
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			chunks.push(chunk);
			size += chunk.length;
		});
		req.once('error', () => res.destroy());
		req.once('end', () => {
			const body = Buffer.concat(chunks, size);
			void answer(req, res, fallback, taken, body);
		});
		return true;
	};

	async function answer(
		req: IncomingMessage,
		res: ServerResponse,
		fallback: (req: IncomingMessage) => void,
		taken: Taken,
		body: Buffer
	): Promise<void> {
		const { slug, token, url, reply, cookies } = taken;
		const lang = url.searchParams.get('lang');
		const locals = {
			prefs: resolvePreferences({
				lang: lang === 'ar' || lang === 'en' ? lang : cookies.get('lang'),
				digits: cookies.get('digits'),
				calendar: cookies.get('calendar')
			}),
			frameable: false
		};
		let outcome: Awaited<ReturnType<typeof answerPost>>;
		try {
			outcome = await answerPost(await store(), {
				slug,
				token,
				url,
				locals,
				getClientAddress: () => clientAddressOf(req, env),
				read: async () => (body.length > MAX_FORM_BYTES ? null : urlEncodedForm(body))
			});
		} catch {
			outcome = { kind: 'declined' };
		}
		if (outcome.kind === 'stored') {
			send(res, storedReplyParts(reply, outcome.location, locals));
			return;
		}
		const copy = replayed(req, body);
		if (outcome.handover) handOver(copy, outcome.handover);
		fallback(copy);
	}
}
