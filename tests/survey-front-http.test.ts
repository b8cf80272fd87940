// The built server answers public survey posts the same with its answer route (the default, see
// src/lib/server/survey/answer-route.ts) as without it (TAHSEEN_SURVEY_FRONT=off: adapter-node,
// SvelteKit and the form actions alone): the same status, headers and body, as read off the
// wire, for valid, invalid, honeypot, cross-origin, oversize, rate-limited, one-time-link and other
// posts. The two servers run side by side, each on its own copy of the same seeded store, and
// receive the same requests in the same order; the rows stored are compared at the end.
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareStore } from '../src/lib/server/bootstrap';
import { Store } from '../src/lib/server/db';
import { hashSurveyToken, newSurveyToken } from '../src/lib/server/survey/token';
import { startServer, type RunningServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

interface Side {
	name: 'front' | 'sveltekit';
	databasePath: string;
	server?: RunningServer;
}
const sides: Side[] = [
	{ name: 'front', databasePath: path.join(tempDir(), 'front.duckdb') },
	{ name: 'sveltekit', databasePath: path.join(tempDir(), 'sveltekit.duckdb') }
];
const tokens = [newSurveyToken(), newSurveyToken()];

let counter = 0;
function sid(): string {
	counter++;
	return `f3050000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

function answer(id: string, extra: Record<string, string> = {}): Record<string, string> {
	return { sid: id, v: '1', lang: 'ar', channel: 'phone', q_csat: '4', q_nps: '9', ...extra };
}

interface Raw {
	status: number;
	/** Header lines as sent (lowercased names), without Date; an ETag's value (the page's hash) left out. */
	headers: string[];
	body: string;
}

/**
 * Sends one HTTP/1.1 request on a fresh socket and reads the reply as sent (the connection is
 * closed after it), so that headers are compared exactly, not as a client library shows them.
 */
function raw(
	url: string,
	method: string,
	pathname: string,
	headers: Record<string, string>,
	body = ''
) {
	const target = new URL(url);
	return new Promise<Raw>((resolve, reject) => {
		const socket = connect(Number(target.port), target.hostname);
		let data = '';
		socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
		socket.on('error', reject);
		socket.on('end', () => {
			const headEnd = data.indexOf('\r\n\r\n');
			const lines = data.slice(0, headEnd).split('\r\n');
			let payload = data.slice(headEnd + 4);
			const found = lines.slice(1).map((line) => {
				const colon = line.indexOf(':');
				return `${line.slice(0, colon).toLowerCase()}:${line.slice(colon + 1)}`;
			});
			if (found.includes('transfer-encoding: chunked')) {
				let text = '';
				for (;;) {
					const end = payload.indexOf('\r\n');
					const size = parseInt(payload.slice(0, end), 16);
					if (!size) break;
					text += payload.slice(end + 2, end + 2 + size);
					payload = payload.slice(end + 2 + size + 2);
				}
				payload = text;
			}
			resolve({
				status: Number(lines[0]!.split(' ')[1]),
				headers: found
					.filter((h) => !h.startsWith('date:'))
					.map((h) => (h.startsWith('etag:') ? 'etag: <hash of the page>' : h)),
				body: Buffer.from(payload, 'latin1').toString('utf8')
			});
		});
		const length = Buffer.byteLength(body);
		const head = Object.entries({
			host: target.host,
			connection: 'close',
			...headers,
			...(method === 'POST' ? { 'content-length': String(length) } : {})
		})
			.map(([name, value]) => `${name}: ${value}\r\n`)
			.join('');
		// written, not ended: a half-closed connection may be dropped before the reply
		socket.write(`${method} ${pathname} HTTP/1.1\r\n${head}\r\n${body}`);
	});
}

/** Random parts of a page (the form's new submission id, CSP nonces) made equal. */
function comparable(body: string): string {
	return body
		.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
		.replace(/nonce-[A-Za-z0-9+/=]+/g, 'nonce-<n>')
		.replace(/nonce="[^"]*"/g, 'nonce="<n>"');
}

/** Posts the same form to both servers (the same origin header for each: its own). */
async function both(
	pathname: string,
	fields: Record<string, string> | string,
	headers: Record<string, string> = {}
): Promise<[Raw, Raw]> {
	const body = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString();
	const replies: Raw[] = [];
	for (const side of sides) {
		const url = side.server!.url;
		replies.push(
			await raw(
				url,
				'POST',
				pathname,
				{
					origin: url,
					accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
					'content-type': 'application/x-www-form-urlencoded',
					'x-forwarded-for': '10.0.0.1',
					...headers
				},
				body
			)
		);
	}
	return [replies[0]!, replies[1]!];
}

function expectSame([front, sveltekit]: [Raw, Raw]): Raw {
	expect(front.status).toBe(sveltekit.status);
	expect(front.headers).toEqual(sveltekit.headers);
	expect(comparable(front.body)).toBe(comparable(sveltekit.body));
	return front;
}

beforeAll(async () => {
	for (const side of sides) {
		const store = await Store.open(side.databasePath);
		try {
			await prepareStore(store, { seedDemoOnFirstStart: true, demoAdminPassword: 'front-http-1' });
			for (const token of tokens) {
				await store.run(
					`insert into survey_token (token_hash, survey_id, interaction_id)
					 select ?, id, (select min(id) from interaction) from survey where slug = 'satisfaction'`,
					[hashSurveyToken(token)]
				);
			}
		} finally {
			store.close();
		}
	}
	await Promise.all(
		sides.map(async (side) => {
			side.server = await startServer({
				DATABASE_PATH: side.databasePath,
				ADDRESS_HEADER: 'x-forwarded-for',
				TAHSEEN_SURVEY_RATE_LIMIT: '3/1',
				...(side.name === 'sveltekit' ? { TAHSEEN_SURVEY_FRONT: 'off' } : {})
			});
		})
	);
}, 180_000);

afterAll(async () => {
	await Promise.all(sides.map((side) => side.server?.stop()));
	removeTempDirs();
});

describe('the same reply with and without the answer route', () => {
	it('a valid answer: 303 to the thank-you page', async () => {
		const reply = expectSame(
			await both('/s/satisfaction', answer(sid()), { 'x-forwarded-for': '10.0.1.1' })
		);
		expect(reply.status).toBe(303);
		expect(reply.headers).toContain('location: /s/satisfaction/thanks');
	});

	it('an English answer from a link naming the language', async () => {
		const reply = expectSame(
			await both('/s/satisfaction?lang=en&c=phone', answer(sid(), { lang: 'en' }), {
				'x-forwarded-for': '10.0.1.2'
			})
		);
		expect(reply.headers).toContain('location: /s/satisfaction/thanks?lang=en');
	});

	it('the enhanced form: the JSON redirect', async () => {
		const reply = expectSame(
			await both('/s/satisfaction', answer(sid()), {
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				'x-forwarded-for': '10.0.1.3'
			})
		);
		expect(JSON.parse(reply.body)).toMatchObject({ type: 'redirect', status: 303 });
	});

	it('preference cookies: the thank-you page in the answer’s language', async () => {
		const reply = expectSame(
			await both('/s/satisfaction', answer(sid()), {
				cookie: 'lang=en; digits=latn; other=1',
				'x-forwarded-for': '10.0.1.4'
			})
		);
		expect(reply.headers).toContain('location: /s/satisfaction/thanks?lang=ar');
	});

	it('the honeypot filled: thanked', async () => {
		const reply = expectSame(
			await both('/s/satisfaction', answer(sid(), { website: 'spam' }), {
				'x-forwarded-for': '10.0.1.5'
			})
		);
		expect(reply.status).toBe(303);
	});

	it('an invalid answer: the 400 page with its messages and what was typed', async () => {
		const reply = expectSame(
			await both(
				'/s/satisfaction?lang=en',
				{ sid: sid(), v: '1', q_nps: '12', q_comment: 'typed' },
				{
					'x-forwarded-for': '10.0.1.6'
				}
			)
		);
		expect(reply.status).toBe(400);
		expect(reply.body).toContain('typed');
	});

	it('the enhanced form’s invalid answer: the JSON failure', async () => {
		const reply = expectSame(
			await both(
				'/s/satisfaction',
				{ sid: sid(), v: '1', q_nps: '12' },
				{
					accept: 'application/json',
					'x-forwarded-for': '10.0.1.7'
				}
			)
		);
		expect(JSON.parse(reply.body)).toMatchObject({ type: 'failure', status: 400 });
	});

	it('a cross-origin post: 403', async () => {
		const reply = expectSame(
			await both('/s/satisfaction', answer(sid()), {
				origin: 'http://evil.example',
				'x-forwarded-for': '10.0.1.8'
			})
		);
		expect(reply.status).toBe(403);
	});

	it('a body over the cap: 413', async () => {
		const reply = expectSame(
			await both('/s/satisfaction', answer(sid(), { q_comment: 'ب'.repeat(20_000) }), {
				'x-forwarded-for': '10.0.1.9'
			})
		);
		expect(reply.status).toBe(413);
	});

	it('the rate limit: 429 after three answers from one address', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 4; i++) {
			const reply = expectSame(
				await both('/s/satisfaction', answer(sid()), { 'x-forwarded-for': '10.0.2.1' })
			);
			statuses.push(reply.status);
		}
		expect(statuses).toEqual([303, 303, 303, 429]);
	});

	it('a one-time link: stored once, then 410', async () => {
		const first = expectSame(
			await both(`/s/satisfaction/t/${tokens[0]}`, answer(sid()), { 'x-forwarded-for': '10.0.3.1' })
		);
		expect(first.status).toBe(303);
		const second = expectSame(
			await both(`/s/satisfaction/t/${tokens[0]}`, answer(sid()), { 'x-forwarded-for': '10.0.3.2' })
		);
		expect(second.status).toBe(410);
	});

	it('a retry of a one-time link’s answer: thanked again', async () => {
		const id = sid();
		const path = `/s/satisfaction/t/${tokens[1]}`;
		expectSame(await both(path, answer(id), { 'x-forwarded-for': '10.0.3.3' }));
		const retry = expectSame(await both(path, answer(id), { 'x-forwarded-for': '10.0.3.4' }));
		expect(retry.status).toBe(303);
	});

	it('an unknown survey: 404', async () => {
		const reply = expectSame(
			await both('/s/no-such-survey', answer(sid()), { 'x-forwarded-for': '10.0.4.1' })
		);
		expect(reply.status).toBe(404);
	});

	it('a double submit: both thanked', async () => {
		const id = sid();
		for (let i = 0; i < 2; i++) {
			const reply = expectSame(
				await both('/s/satisfaction', answer(id), { 'x-forwarded-for': '10.0.5.1' })
			);
			expect(reply.status).toBe(303);
		}
	});

	it('stores the same answers (read once both servers have let go of their files)', async () => {
		await Promise.all(sides.map((side) => side.server?.stop()));
		const rows: unknown[][] = [];
		for (const side of sides) {
			const store = await Store.open(side.databasePath);
			try {
				rows.push(
					await store.all(
						`select id, survey_version, channel, branch, interaction_id, csat, nps, ces, comment, lang
						 from response where source = 'web' order by id`
					)
				);
				rows.push(
					await store.all(
						`select channel, sum(responses)::integer as n from metrics_response_daily group by all order by all`
					)
				);
			} finally {
				store.close();
			}
		}
		expect(rows[0]).toEqual(rows[2]);
		expect(rows[1]).toEqual(rows[3]);
		// every 303 above but the honeypot's, the double submit's second and the link's retry
		expect((rows[0] as unknown[]).length).toBe(10);
	});
});
