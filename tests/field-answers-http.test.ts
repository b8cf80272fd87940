// The field phone over HTTP on the built server: its page (and the polite 404 for a kiosk's,
// revoked or unknown link), its manifest, and POST /f/<token>/answers: each answer stored once
// across retries with the time it was given and the version it was shown, refused one by one with
// a reason in the request's language (times out of the window, unknown versions, wrong values),
// the device's own rate limit instead of the per-address one, and the cross-site check.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { fillFieldStore, type FieldStore } from './helpers/field-store';
import { startServer, type RunningServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const databasePath = path.join(tempDir(), 'field.duckdb');
let server: RunningServer;
let field: FieldStore;

beforeAll(async () => {
	const store = await Store.open(databasePath);
	field = await fillFieldStore(store);
	store.close();
	server = await startServer({
		DATABASE_PATH: databasePath,
		TAHSEEN_DEMO: '0',
		ADDRESS_HEADER: 'x-forwarded-for',
		TAHSEEN_DEVICE_RATE_LIMIT: '30/1'
	});
});

afterAll(async () => {
	await server?.stop();
	removeTempDirs();
});

let counter = 0;
const sid = () => `f1e1d000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const DAY = 24 * 3600_000;

interface Sent {
	sid: string;
	version: number;
	answeredAt: string;
	lang: 'ar' | 'en';
	values: Record<string, string | string[]>;
}
const answer = (over: Partial<Sent> = {}): Sent => ({
	sid: sid(),
	version: 2,
	answeredAt: ago(60_000),
	lang: 'ar',
	values: { q_csat: '4' },
	...over
});

type Result = { sid: string; status: string; code?: string; message?: string; fields?: object };

async function send(
	token: string,
	answers: unknown,
	{ headers = {}, lang }: { headers?: Record<string, string>; lang?: 'ar' | 'en' } = {}
): Promise<Response> {
	return fetch(`${server.url}/f/${token}/answers${lang ? `?lang=${lang}` : ''}`, {
		method: 'POST',
		headers: {
			origin: server.url,
			'content-type': 'application/json',
			accept: 'application/json',
			'x-forwarded-for': '10.9.9.9',
			...headers
		},
		body: typeof answers === 'string' ? answers : JSON.stringify({ answers })
	});
}

async function results(response: Response): Promise<Result[]> {
	expect(response.status).toBe(200);
	return ((await response.json()) as { results: Result[] }).results;
}

/** What the last test checks in the database once the server has stopped. */
const expected = new Map<string, Partial<Record<string, unknown>>>();
const absent = new Set<string>();

describe('the field page', () => {
	it('shows the device’s survey in Arabic, without asking channel or branch', async () => {
		const response = await fetch(`${server.url}/f/${field.phones.a.token}`);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('<html lang="ar" dir="rtl"');
		expect(html).toContain('رأيك في زيارتنا');
		expect(html).toContain('name="q_comment"'); // the active version's questions
		expect(html).not.toContain('name="channel"');
		expect(html).toContain(`/f/${field.phones.a.token}/manifest.webmanifest`);
		expect(html).toMatch(/<script defer(="")? src="[^"]*field-client[^"]*\.js"/);
		expect(response.headers.get('set-cookie')).toBeNull();
		const english = await fetch(`${server.url}/f/${field.phones.a.token}?lang=en`);
		expect(await english.text()).toContain('Your view of our visit');
		expect(english.headers.get('set-cookie')).toBeNull(); // a beneficiary is given no cookie
	});

	it('answers a kiosk’s, a revoked, an unknown or a malformed link with the polite 404', async () => {
		for (const token of [field.kiosk, field.revoked, 'a'.repeat(32), 'nope']) {
			const response = await fetch(`${server.url}/f/${token}`);
			expect(response.status, token).toBe(404);
			expect(await response.text()).toContain('لم نجد هذا الاستبيان');
		}
	});

	it('has a web manifest that installs the device’s page, for field phones only', async () => {
		const response = await fetch(`${server.url}/f/${field.phones.a.token}/manifest.webmanifest`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('application/manifest+json');
		expect(await response.json()).toMatchObject({
			start_url: `/f/${field.phones.a.token}`,
			scope: '/f/',
			display: 'standalone',
			dir: 'rtl'
		});
		const kiosk = await fetch(`${server.url}/f/${field.kiosk}/manifest.webmanifest`);
		expect(kiosk.status).toBe(404);
	});

	it('serves the service worker, which the staff pages never register', async () => {
		const worker = await fetch(`${server.url}/service-worker.js`);
		expect(worker.status).toBe(200);
		const login = await (await fetch(`${server.url}/login`)).text();
		expect(login).not.toContain('service-worker');
	});
});

describe('POST /f/<token>/answers', () => {
	it('stores each answer once, across retries, with its time and the device’s channel', async () => {
		const batch = [
			answer({ answeredAt: ago(3 * DAY) }),
			answer({ values: { q_csat: '5', q_comment: 'اتصلوا بي على 0551234567 شكرًا' } }),
			answer({ lang: 'en', values: { q_csat: '2' } })
		];
		expect((await results(await send(field.phones.a.token, batch))).map((r) => r.status)).toEqual([
			'stored',
			'stored',
			'stored'
		]);
		// the phone did not hear back and sends them all again, twice at once: still one each
		const again = await Promise.all([
			send(field.phones.a.token, batch),
			send(field.phones.a.token, batch)
		]);
		for (const response of again) {
			expect((await results(response)).map((r) => r.status)).toEqual([
				'stored',
				'stored',
				'stored'
			]);
		}
		for (const a of batch) {
			expected.set(a.sid, {
				submitted_at: a.answeredAt,
				survey_version: 2,
				lang: a.lang,
				channel: 'branch_rep',
				branch: 'hail',
				collection: 'field',
				device: field.phones.a.name,
				csat: Number(a.values.q_csat)
			});
		}
	});

	it('keeps the older published version an answer was given with', async () => {
		const old = answer({ version: 1, values: { q_csat: '3', q_visit: 'evening' } });
		const unknown = answer({ version: 7 });
		// version 2's comment is no question of version 1
		const mismatched = answer({ version: 1, values: { q_csat: '3', q_visit: 'night' } });
		const got = await results(await send(field.phones.b.token, [old, unknown, mismatched]));
		expect(got[0]).toEqual({ sid: old.sid, status: 'stored' });
		expect(got[1]).toMatchObject({ sid: unknown.sid, status: 'refused', code: 'version_unknown' });
		expect(got[2]).toMatchObject({
			sid: mismatched.sid,
			status: 'refused',
			code: 'invalid',
			fields: { q_visit: 'choice' }
		});
		expected.set(old.sid, { survey_version: 1, csat: 3 });
		absent.add(unknown.sid).add(mismatched.sid);
	});

	it('refuses times out of the window, and wrong answers, one by one with a reason', async () => {
		const future = answer({ answeredAt: new Date(Date.now() + 11 * 60_000).toISOString() });
		const drift = answer({ answeredAt: new Date(Date.now() + 5 * 60_000).toISOString() });
		const old = answer({ answeredAt: ago(91 * DAY) });
		const edge = answer({ answeredAt: ago(89 * DAY) });
		const missing = answer({ values: {} });
		const shape = { sid: sid(), version: 2, answeredAt: 'yesterday', lang: 'ar', values: {} };
		const got = await results(
			await send(field.phones.b.token, [future, drift, old, edge, missing, shape], { lang: 'en' })
		);
		expect(got.map((r) => [r.status, r.code])).toEqual([
			['refused', 'in_future'],
			['stored', undefined],
			['refused', 'too_old'],
			['stored', undefined],
			['refused', 'invalid'],
			['refused', 'invalid']
		]);
		expect(got[0]!.message).toBe(
			'The answer’s time is in the future; check the device’s clock and date.'
		);
		expect(got[2]!.message).toContain('90 days');
		expect(got[4]).toMatchObject({ fields: { q_csat: 'required' } });
		// in Arabic unless the request asks otherwise
		const arabic = await results(await send(field.phones.b.token, [answer({ answeredAt: 'x' })]));
		expect(arabic[0]!.message).toBe('الإجابة غير مكتملة أو لا تطابق أسئلة هذا الاستبيان.');
		expected.set(drift.sid, { submitted_at: drift.answeredAt });
		expected.set(edge.sid, { submitted_at: edge.answeredAt });
		for (const a of [future, old, missing, shape]) absent.add(a.sid);
	});

	it('counts each device against its own limit, not the address’s', async () => {
		// 30 at once (more than the public limit of 20 per address), then the device is refused
		const batch = Array.from({ length: 34 }, () => answer());
		const got = await results(await send(field.phones.c.token, batch));
		expect(got.filter((r) => r.status === 'stored')).toHaveLength(30);
		const limited = got.filter((r) => r.code === 'rate_limited');
		expect(limited).toHaveLength(4);
		expect(limited.map((r) => r.sid)).toEqual(batch.slice(30).map((a) => a.sid));
		// another phone on the same address is not held back
		const other = answer();
		expect((await results(await send(field.phones.a.token, [other])))[0]!.status).toBe('stored');
		for (const a of batch.slice(0, 30)) expected.set(a.sid, { device: field.phones.c.name });
		for (const a of batch.slice(30)) absent.add(a.sid);
		expected.set(other.sid, { device: field.phones.a.name });
	});

	it('refuses a kiosk’s, revoked or unknown link, another site, and what is not a batch', async () => {
		const one = [answer()];
		for (const token of [field.kiosk, field.revoked, 'b'.repeat(32)]) {
			const response = await send(token, one, { lang: 'en' });
			expect(response.status).toBe(404);
			expect(await response.json()).toMatchObject({ code: 'device_unknown' });
		}
		const crossSite = await send(field.phones.a.token, one, {
			headers: { origin: 'https://evil.example' }
		});
		expect(crossSite.status).toBe(403);
		expect(await crossSite.json()).toMatchObject({ code: 'cross_site' });
		const evil = { origin: 'https://evil.example' };
		for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
			// SvelteKit's own check of a form-like body, or this route's
			const response = await send(field.phones.a.token, one, {
				headers: { ...evil, 'content-type': type }
			});
			expect(response.status, type).toBe(403);
		}
		const noOrigin = await fetch(`${server.url}/f/${field.phones.a.token}/answers`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ answers: one })
		});
		expect(noOrigin.status).toBe(403);
		const plain = await send(field.phones.a.token, one, {
			headers: { 'content-type': 'text/plain' }
		});
		expect(plain.status).toBe(415);
		expect(await plain.json()).toMatchObject({ code: 'unsupported_type' });
		for (const body of ['{', JSON.stringify({ answers: [] }), JSON.stringify({ answers: 'x' })]) {
			const response = await send(field.phones.a.token, body);
			expect(response.status, body).toBe(400);
			expect(await response.json()).toMatchObject({ code: 'malformed' });
		}
		const tooMany = await send(
			field.phones.a.token,
			Array.from({ length: 101 }, () => answer())
		);
		expect(tooMany.status).toBe(400);
		for (const a of one) absent.add(a.sid);
	});

	it('stored exactly what was confirmed, once each, with masked text', async () => {
		await server.stop();
		const store = await Store.open(databasePath);
		try {
			const rows = await store.all<Record<string, unknown>>(
				`select id, submitted_at, survey_version, lang, channel, branch, collection, device, csat,
				 comment from response where collection = 'field'`
			);
			const byId = new Map(rows.map((r) => [r.id as string, r]));
			expect(rows).toHaveLength(expected.size);
			for (const [s, fields] of expected) {
				const row = byId.get(`web-${s}`);
				expect(row, s).toBeDefined();
				for (const [key, value] of Object.entries(fields)) {
					const got =
						key === 'submitted_at' ? new Date(row![key] as string).toISOString() : row![key];
					expect(got, `${s} ${key}`).toEqual(value);
				}
			}
			for (const s of absent) expect(byId.has(`web-${s}`), s).toBe(false);
			const comments = rows.map((r) => r.comment).filter(Boolean);
			expect(comments).toHaveLength(1);
			expect(comments[0]).not.toContain('0551234567');
		} finally {
			store.close();
		}
	});
});
