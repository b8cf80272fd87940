// The public survey's answer route (src/lib/server/survey/answer-route.ts) on a real Node.js
// server in process, over a real DuckDB store: which posts it answers itself (stored, then the
// form action's 303 or redirect result), which it passes on to SvelteKit untouched (the request
// itself), and which it passes on after reading them (the same request with the same body; nothing
// decided, the form action answers it). That the built server replies the same with and without
// the route is checked in tests/survey-front-http.test.ts.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import { answerRoute, clientAddressOf, originOf } from '../src/lib/server/survey/answer-route';
import { responseIdOf } from '../src/lib/server/survey/submissions';
import { openSurveyTestStore, storedAnswer } from './helpers/survey-store';
import { removeTempDirs } from './helpers/temp';

let store: Store;
let server: Server;
let origin: string;
let interaction: { id: string; channel: string };
let token: string;

/** What the stand-in for SvelteKit received: the request itself, or again after the route read it. */
interface HandedOver {
	copy: boolean;
	body: string;
}
let lastFallback: HandedOver | undefined;

let counter = 0;
function sid(): string {
	counter++;
	return `f2040000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

function answer(id: string, extra: Record<string, string> = {}): Record<string, string> {
	return { sid: id, v: '1', lang: 'ar', channel: 'phone', q_csat: '4', q_nps: '9', ...extra };
}

interface Sent {
	status: number;
	headers: Headers;
	body: string;
	fallback: HandedOver | undefined;
}

async function post(
	pathname: string,
	fields: Record<string, string> | string,
	headers: Record<string, string> = {}
): Promise<Sent> {
	lastFallback = undefined;
	const response = await fetch(origin + pathname, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
			'content-type': 'application/x-www-form-urlencoded',
			...headers
		},
		body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString()
	});
	return {
		status: response.status,
		headers: response.headers,
		body: await response.text(),
		fallback: lastFallback
	};
}

function stored(id: string) {
	return storedAnswer(store, id);
}

beforeAll(async () => {
	({ store, token, interaction } = await openSurveyTestStore('front.duckdb', 'front-pass-1'));
	// the protocol from a header, as scripts/serve.js sets it from the connection
	const route = answerRoute(() => Promise.resolve(store), { PROTOCOL_HEADER: 'x-test-protocol' });
	/** Stands in for adapter-node: reads what it is given and says so (404). */
	const fallback = (
		req: IncomingMessage,
		res: import('node:http').ServerResponse,
		copy: boolean
	) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			lastFallback = { copy, body: Buffer.concat(chunks).toString('utf8') };
			res.statusCode = 404;
			res.end('to SvelteKit');
		});
	};
	server = createServer((req, res) => {
		req.headers['x-test-protocol'] = 'http';
		route(req, res, (next) => fallback(next, res, next !== req));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise((resolve) => server?.close(resolve));
	store?.close();
	removeTempDirs();
});

describe('the route answers an ordinary answer itself', () => {
	it('stores it, then 303 to the thank-you page with the security headers', async () => {
		const id = sid();
		const sent = await post('/s/satisfaction', answer(id));
		expect(sent.fallback).toBeUndefined();
		expect(sent.status).toBe(303);
		expect(sent.headers.get('location')).toBe('/s/satisfaction/thanks');
		expect(sent.headers.get('x-frame-options')).toBe('DENY');
		expect(sent.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
		expect(sent.headers.get('x-content-type-options')).toBe('nosniff');
		expect(sent.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(sent.headers.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(await stored(id)).toMatchObject({ csat: 4, channel: 'phone' });
	});

	it('the enhanced form: SvelteKit’s JSON redirect', async () => {
		const id = sid();
		const sent = await post('/s/satisfaction?lang=en', answer(id, { lang: 'en' }), {
			accept: 'application/json'
		});
		expect(sent.status).toBe(200);
		expect(sent.headers.get('content-type')).toBe('application/json');
		expect(JSON.parse(sent.body)).toEqual({
			type: 'redirect',
			status: 303,
			location: '/s/satisfaction/thanks?lang=en'
		});
		expect(await stored(id)).toMatchObject({ csat: 4 });
	});

	it('the enhanced form as the browser sends it (charset in the type): the redirect result', async () => {
		const id = sid();
		const sent = await post('/s/satisfaction', answer(id), {
			accept: 'application/json',
			'content-type': 'application/x-www-form-urlencoded;charset=UTF-8'
		});
		expect(sent.fallback).toBeUndefined();
		expect(JSON.parse(sent.body)).toMatchObject({ type: 'redirect' });
		expect(await stored(id)).toMatchObject({ csat: 4 });
	});

	it('an answer in another language than the page’s (cookie): the thank-you page in its own', async () => {
		const sent = await post('/s/satisfaction', answer(sid(), { lang: 'ar' }), {
			cookie: 'lang=en; theme=dark'
		});
		expect(sent.headers.get('location')).toBe('/s/satisfaction/thanks?lang=ar');
	});

	it('a robot filling the honeypot: thanked, nothing stored', async () => {
		const id = sid();
		const sent = await post('/s/satisfaction', answer(id, { website: 'http://spam' }));
		expect(sent.status).toBe(303);
		expect(sent.fallback).toBeUndefined();
		expect(await stored(id)).toBeUndefined();
	});

	it('a double submit: one answer stored, both thanked', async () => {
		const id = sid();
		const both = await Promise.all([
			post('/s/satisfaction', answer(id)),
			post('/s/satisfaction', answer(id, { q_csat: '1' }))
		]);
		expect(both.map((s) => s.status)).toEqual([303, 303]);
		expect(await store.all(`select 1 from response where id = ?`, [responseIdOf(id)])).toHaveLength(
			1
		);
	});

	it('a one-time link once; the next post is passed on with its body, nothing decided', async () => {
		const first = sid();
		expect((await post(`/s/satisfaction/t/${token}`, answer(first))).status).toBe(303);
		expect(await stored(first)).toMatchObject({
			interaction_id: interaction.id,
			channel: interaction.channel
		});
		const fields = answer(sid());
		const again = await post(`/s/satisfaction/t/${token}`, fields);
		expect(again.fallback).toEqual({ copy: true, body: new URLSearchParams(fields).toString() });
	});
});

describe('the route passes a refused answer on with its body, for the form action to answer', () => {
	it('an invalid answer (the action refuses it with 400 and what was typed)', async () => {
		const id = sid();
		const fields = { sid: id, v: '1', lang: 'en', q_nps: '12', q_comment: 'typed', channel: 'fax' };
		const sent = await post('/s/satisfaction?lang=en', fields);
		expect(sent.status).toBe(404);
		expect(sent.fallback?.copy).toBe(true);
		expect(sent.fallback?.body).toBe(new URLSearchParams(fields).toString());
		expect(await stored(id)).toBeUndefined();
	});

	it('an unknown survey: passed on with its body, nothing decided', async () => {
		const sent = await post('/s/no-such-survey', answer(sid()));
		expect(sent.fallback).toMatchObject({ copy: true });
		expect(sent.fallback?.body).toContain('q_csat=4');
	});
});

describe('the route leaves to SvelteKit, untouched', () => {
	const cases: [string, string, Record<string, string>][] = [
		[
			'another origin (SvelteKit refuses cross-site forms)',
			'/s/satisfaction',
			{ origin: 'http://evil.example' }
		],
		['no origin', '/s/satisfaction', { origin: '' }],
		['a signed-in person', '/s/satisfaction', { cookie: 'session=abc' }],
		['an escaped preference cookie', '/s/satisfaction', { cookie: 'lang=%65n' }],
		['a repeated preference cookie', '/s/satisfaction', { cookie: 'lang=en; lang=ar' }],
		['a named action', '/s/satisfaction?/other', {}],
		['a multipart form', '/s/satisfaction', { 'content-type': 'multipart/form-data; boundary=x' }],
		['an Accept SvelteKit reads as JSON', '/s/satisfaction', { accept: '*/*' }],
		['a trailing slash', '/s/satisfaction/', {}],
		['an escaped path', '/s/satisf%61ction', {}],
		['another page', '/s/satisfaction/thanks', {}],
		['a malformed token', '/s/satisfaction/t/not-a-token', {}]
	];
	for (const [what, pathname, headers] of cases) {
		it(what, async () => {
			const id = sid();
			const fields = answer(id);
			const sent = await post(pathname, fields, headers);
			expect(sent.fallback).toEqual({ copy: false, body: new URLSearchParams(fields).toString() });
			expect(await stored(id)).toBeUndefined();
		});
	}

	it('a body over the cap', async () => {
		const sent = await post('/s/satisfaction', answer(sid(), { q_comment: 'ب'.repeat(20_000) }));
		expect(sent.fallback?.copy).toBe(false);
	});

	it('a GET', async () => {
		const response = await fetch(`${origin}/s/satisfaction`);
		expect(response.status).toBe(404);
		expect(lastFallback?.copy).toBe(false);
	});
});

describe('a failure while storing', () => {
	it('is passed on with its body (for the form action to try, and fail, as before); nothing stored', async () => {
		const id = sid();
		await store.run(`alter table response rename to response_away`);
		let sent: Sent;
		try {
			sent = await post('/s/satisfaction', answer(id));
		} finally {
			await store.run(`alter table response_away rename to response`);
		}
		expect(sent.fallback).toEqual({ copy: true, body: new URLSearchParams(answer(id)).toString() });
		expect(await stored(id)).toBeUndefined();
		const next = sid();
		expect((await post('/s/satisfaction', answer(next))).status).toBe(303);
		expect(await stored(next)).toMatchObject({ csat: 4 });
	});
});

describe('the origin and client address, as adapter-node works them out', () => {
	const req = (headers: Record<string, string>) =>
		({ headers, socket: { remoteAddress: '192.0.2.1' } }) as unknown as IncomingMessage;

	it('the origin: ORIGIN, else the protocol, host and port headers', () => {
		expect(originOf({ host: 'x.test' }, { ORIGIN: 'https://survey.example.sa/' })).toBe(
			'https://survey.example.sa'
		);
		expect(originOf({ host: 'x.test' }, {})).toBe('https://x.test');
		const proxy = { PROTOCOL_HEADER: 'X-Forwarded-Proto', HOST_HEADER: 'X-Forwarded-Host' };
		expect(
			originOf({ host: 'app:3000', 'x-forwarded-proto': 'http', 'x-forwarded-host': 'a.sa' }, proxy)
		).toBe('http://a.sa');
		expect(originOf({ host: 'a.sa', 'x-port': '8443' }, { PORT_HEADER: 'x-port' })).toBe(
			'https://a.sa:8443'
		);
		// what adapter-node would not take is left to it
		expect(originOf({ host: 'a.sa', 'x-forwarded-proto': 'ftp' }, proxy)).toBeUndefined();
		expect(originOf({}, {})).toBeUndefined();
	});

	it('the client address: the connection, else ADDRESS_HEADER (XFF_DEPTH from the right)', () => {
		expect(clientAddressOf(req({}), {})).toBe('192.0.2.1');
		const xff = { ADDRESS_HEADER: 'X-Forwarded-For', XFF_DEPTH: '2' };
		expect(clientAddressOf(req({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2, 3.3.3.3' }), xff)).toBe(
			'2.2.2.2'
		);
		expect(clientAddressOf(req({ 'x-real-ip': '4.4.4.4' }), { ADDRESS_HEADER: 'x-real-ip' })).toBe(
			'4.4.4.4'
		);
		expect(() => clientAddressOf(req({}), xff)).toThrow(/absent/);
		expect(() => clientAddressOf(req({ 'x-forwarded-for': '1.1.1.1' }), xff)).toThrow(/XFF_DEPTH/);
	});
});
