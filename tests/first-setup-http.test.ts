// The first start of a real deployment over HTTP (the built server, an empty store, no demo): the
// setup code in the output, every page leading to /setup, the form's errors, the set-up signing
// the admin in, the home page's first steps, /setup gone afterwards, and `?lang=` on any URL.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { startServer, type RunningServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const databasePath = path.join(tempDir(), 'first-start.duckdb');
let server: RunningServer;

beforeAll(async () => {
	server = await startServer({ DATABASE_PATH: databasePath, TAHSEEN_DEMO: '0' });
}, 120_000);

afterAll(async () => {
	await server?.stop();
	removeTempDirs();
});

const get = (pathname: string, headers: Record<string, string> = {}) =>
	fetch(`${server.url}${pathname}`, {
		headers: { accept: 'text/html', ...headers },
		redirect: 'manual'
	});
const post = (
	pathname: string,
	fields: Record<string, string>,
	headers: Record<string, string> = {}
) =>
	fetch(`${server.url}${pathname}`, {
		method: 'POST',
		headers: { origin: server.url, accept: 'text/html', ...headers },
		body: new URLSearchParams(fields),
		redirect: 'manual'
	});

function setupCode(): string {
	const match = /\/setup and enter the setup code ([A-Z0-9-]{14})/.exec(server.output());
	if (!match) throw new Error(`no setup code in:\n${server.output()}`);
	return match[1]!;
}

const form = (code: string) => ({
	code,
	nameAr: 'جمعية البر الأهلية',
	nameEn: 'Al-Birr Association',
	timeZone: 'Asia/Riyadh',
	reviewWindowDays: '10',
	workingWeek: 'sun-thu',
	adminEmail: 'amal@example.org',
	adminName: 'أمل العتيبي',
	password: 'a-long-password-1',
	confirm: 'a-long-password-1'
});

describe('before the set-up', () => {
	it('prints the setup code with the /setup address, and no demo sign-in', () => {
		expect(setupCode()).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		expect(server.output()).toContain(`${server.url.replace('127.0.0.1', '127.0.0.1')}/setup`);
		expect(server.output()).not.toMatch(/demo|sign in at/i);
	});

	it('sends every page to /setup and refuses forms and endpoints with 503', async () => {
		for (const page of ['/', '/login', '/dashboard', '/admin/users', '/ingest', '/nowhere']) {
			const response = await get(page);
			expect(response.status, page).toBe(303);
			expect(response.headers.get('location'), page).toBe('/setup');
		}
		expect((await get('/health')).status).toBe(200);
		const login = await post('/login', { email: 'a@example.org', password: 'whatever-123' });
		expect(login.status).toBe(503);
		expect((await get('/api/dashboard/overview')).status).toBe(503);
	});

	it('shows the form in Arabic, and in English with ?lang=en', async () => {
		const arabic = await (await get('/setup')).text();
		expect(arabic).toContain('<html lang="ar" dir="rtl"');
		expect(arabic).toContain('إعداد الجمعية');
		expect(arabic).toMatch(/<option value="Asia\/Riyadh"[^>]*>Asia\/Riyadh<\/option>/);
		const response = await get('/setup?lang=en');
		expect(response.headers.get('set-cookie')).toMatch(/^lang=en;.*HttpOnly/i);
		const english = await response.text();
		expect(english).toContain('<html lang="en" dir="ltr"');
		expect(english).toContain('Set up the association');
	});

	it('a wrong code or a bad field changes nothing and names the fields', async () => {
		const wrong = await post('/setup', form('AAAA-BBBB-CCCC'));
		expect(wrong.status).toBe(400);
		const html = await wrong.text();
		expect(html).toContain('رمز الإعداد غير صحيح');
		expect(html).toContain('href="#code"');
		expect(html).toContain('value="Al-Birr Association"');
		expect(html).not.toContain('a-long-password-1');

		const mismatch = await post('/setup', {
			...form(setupCode()),
			confirm: 'another-password',
			nameAr: 'x'
		});
		expect(mismatch.status).toBe(400);
		const text = await mismatch.text();
		expect(text).toContain('href="#confirm"');
		expect(text).toContain('href="#nameAr"');
		expect(text).toContain('كلمتا المرور غير متطابقتين');
		expect((await get('/')).headers.get('location')).toBe('/setup');
	});
});

describe('the set-up', () => {
	let cookie = '';

	it('creates the association and its admin, signs the admin in and opens the home page', async () => {
		const response = await post('/setup', form(setupCode()));
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/');
		cookie = response.headers.get('set-cookie')!.split(';')[0]!;
		expect(cookie).toMatch(/^session=/);
		const home = await get('/', { cookie });
		expect(home.status).toBe(200);
		const html = await home.text();
		expect(html).toContain('جمعية البر الأهلية');
		expect(html).toContain('الخطوات الأولى');
		expect(html).toMatch(/<details[^>]* open/);
		for (const step of ['channels', 'import', 'survey', 'posters', 'users', 'minGroup']) {
			expect(html).toContain(`data-step="${step}"`);
		}
		expect(html).toContain('href="/ingest/sample.csv"');
	});

	it('/setup is gone, for everyone', async () => {
		expect((await get('/setup')).status).toBe(404);
		expect((await get('/setup', { cookie })).status).toBe(404);
		expect((await post('/setup', form(setupCode().replace(/./g, 'A')))).status).toBe(404);
		expect((await get('/login')).status).toBe(200);
	});

	it('the sample log downloads as UTF-8 with a byte-order mark and Arabic headers', async () => {
		const response = await get('/ingest/sample.csv', { cookie });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(bytes)).toContain('رقم الطلب,القناة,نوع الطلب,تاريخ الاستلام');
	});

	it('?lang= on any URL opens it in that language and keeps the choice', async () => {
		const english = await get('/?lang=en', { cookie });
		const lang = english.headers.get('set-cookie')!.split(';')[0]!;
		expect(lang).toBe('lang=en');
		expect(await english.text()).toContain('First steps');
		const next = await (await get('/admin/settings', { cookie: `${cookie}; ${lang}` })).text();
		expect(next).toContain('<html lang="en" dir="ltr"');
		const back = await get('/admin/settings?lang=ar', { cookie: `${cookie}; ${lang}` });
		expect(back.headers.get('set-cookie')).toMatch(/^lang=ar;/);
		expect(await back.text()).toContain('<html lang="ar" dir="rtl"');
		// an unknown language changes nothing
		const unknown = await get('/?lang=fr', { cookie: `${cookie}; ${lang}` });
		expect(unknown.headers.get('set-cookie')).toBeNull();
		expect(await unknown.text()).toContain('<html lang="en" dir="ltr"');
	});

	it('stored the association, one admin and the audit rows, without demo names', async () => {
		await server.stop();
		const store = await Store.open(databasePath);
		try {
			expect(
				await store.one(
					'select name_ar, name_en, review_window_days, window_counting, weekend_days, is_demo from organisation'
				)
			).toEqual({
				name_ar: 'جمعية البر الأهلية',
				name_en: 'Al-Birr Association',
				review_window_days: 10,
				window_counting: 'working',
				weekend_days: [5, 6],
				is_demo: false
			});
			expect(await store.all('select email, role, display_name from app_user')).toEqual([
				{ email: 'amal@example.org', role: 'admin', display_name: 'أمل العتيبي' }
			]);
			const audited = await store.all<{ action: string; actor: string }>(
				"select action, actor from audit_log where action in ('organisation.setup', 'user.create') order by id"
			);
			expect(audited).toEqual([
				{ action: 'organisation.setup', actor: 'setup' },
				{ action: 'user.create', actor: 'setup' }
			]);
			expect(
				await store.one<{ n: number }>(
					"select count(*)::integer as n from audit_log where action = 'setup.code_failed'"
				)
			).toEqual({ n: 1 });
		} finally {
			store.close();
		}
	});
});
