// Sign-in over HTTP: cookie flags, security headers, cross-site forms, sign-out and deactivation.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const adminPassword = 'http-admin-password';
let server: RunningServer;

beforeAll(async () => {
	server = await startServer({
		DATABASE_PATH: path.join(tempDir(), 'auth.duckdb'),
		TAHSEEN_DEMO_ADMIN_PASSWORD: adminPassword
	});
});
afterAll(async () => {
	await server?.stop();
	removeTempDirs();
});

function post(
	pathname: string,
	fields: Record<string, string>,
	cookie?: string,
	origin = server.url
) {
	return fetch(`${server.url}${pathname}`, {
		method: 'POST',
		headers: { origin, accept: 'text/html', ...(cookie ? { cookie } : {}) },
		body: new URLSearchParams(fields),
		redirect: 'manual'
	});
}

async function signIn(email: string, password: string) {
	const response = await post('/login', { email, password });
	expect(response.status).toBe(303);
	return { response, cookie: response.headers.get('set-cookie')!.split(';')[0]! };
}

function get(pathname: string, cookie?: string) {
	return fetch(`${server.url}${pathname}`, {
		headers: cookie ? { cookie } : {},
		redirect: 'manual'
	});
}

describe('signing in over HTTP', () => {
	it('sets an HttpOnly, SameSite=Lax, Secure, path-wide cookie for 30 days', async () => {
		const { response } = await signIn('admin@demo.tahseen.sa', adminPassword);
		const header = response.headers.get('set-cookie')!;
		expect(header).toMatch(/^session=[a-z2-7]{32};/);
		expect(header).toMatch(/; HttpOnly/i);
		expect(header).toMatch(/; SameSite=Lax/i);
		expect(header).toMatch(/; Secure/i);
		expect(header).toMatch(/; Path=\//i);
		const expires = Date.parse(/Expires=([^;]+)/i.exec(header)![1]!);
		expect(Math.abs(expires - Date.now() - 30 * 86_400_000)).toBeLessThan(120_000);
	});

	it('answers a wrong password with the same words as an unknown e-mail, in Arabic', async () => {
		const wrong = await (
			await post('/login', { email: 'admin@demo.tahseen.sa', password: 'nope' })
		).text();
		const unknown = await (
			await post('/login', { email: 'ghost@demo.tahseen.sa', password: 'nope' })
		).text();
		const message = 'البريد الإلكتروني أو كلمة المرور غير صحيحة.';
		expect(wrong).toContain(message);
		expect(unknown).toContain(message);
	});

	it('sends an anonymous visitor to sign in and back', async () => {
		const response = await get('/admin/audit?action=auth.');
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe(
			'/login?redirectTo=%2Fadmin%2Faudit%3Faction%3Dauth.'
		);
		const back = await post('/login', {
			email: 'admin@demo.tahseen.sa',
			password: adminPassword,
			redirectTo: '/admin/audit?action=auth.'
		});
		expect(back.headers.get('location')).toBe('/admin/audit?action=auth.');
	});

	it('refuses a cross-site form post', async () => {
		const response = await post(
			'/login',
			{ email: 'admin@demo.tahseen.sa', password: adminPassword },
			undefined,
			'https://evil.example'
		);
		expect(response.status).toBe(403);
		expect(response.headers.get('set-cookie')).toBeNull();
	});

	it('puts a Content Security Policy and other security headers on every page', async () => {
		for (const pathname of ['/', '/login']) {
			const response = await get(pathname);
			const csp = response.headers.get('content-security-policy')!;
			expect(csp).toContain("default-src 'self'");
			expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
			expect(csp).toContain("frame-ancestors 'none'");
			expect(csp).toContain("object-src 'none'");
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
			expect(response.headers.get('x-frame-options')).toBe('DENY');
		}
	});

	it('shows a 403 page in the person’s language to a role that may not see a page', async () => {
		const { cookie: admin } = await signIn('admin@demo.tahseen.sa', adminPassword);
		const created = await post(
			'/admin/users?/create',
			{ email: 'board.member@example.sa', role: 'board', password: 'board-password-1' },
			admin
		);
		expect(created.status).toBe(200);
		const { cookie: board } = await signIn('board.member@example.sa', 'board-password-1');
		const arabic = await get('/admin/users', board);
		expect(arabic.status).toBe(403);
		expect(await arabic.text()).toContain('دورك في النظام لا يسمح بفتح هذه الصفحة');
		const english = await get('/admin/users', `${board}; lang=en`);
		expect(english.status).toBe(403);
		expect(await english.text()).toContain('Your role does not allow this page');
	});

	it('ends the session at sign-out', async () => {
		const { cookie } = await signIn('admin@demo.tahseen.sa', adminPassword);
		expect((await get('/account', cookie)).status).toBe(200);
		const out = await post('/logout', {}, cookie);
		expect(out.status).toBe(303);
		expect(out.headers.get('set-cookie')).toMatch(/session=;/);
		expect((await get('/account', cookie)).status).toBe(303);
	});

	it('ends every session of a user an admin deactivates, and records it', async () => {
		const { cookie: admin } = await signIn('admin@demo.tahseen.sa', adminPassword);
		await post(
			'/admin/users?/create',
			{ email: 'leaving@example.sa', role: 'manager', password: 'leaving-password-1' },
			admin
		);
		const { cookie: leaving } = await signIn('leaving@example.sa', 'leaving-password-1');
		expect((await get('/account', leaving)).status).toBe(200);

		const page = await (await get('/admin/users', admin)).text();
		const id = new RegExp(`leaving@example\\.sa[\\s\\S]*?name="id" value="(\\d+)"`).exec(page)![1]!;
		expect((await post('/admin/users?/deactivate', { id }, admin)).status).toBe(200);
		expect((await get('/account', leaving)).status).toBe(303);
		expect(
			(await post('/login', { email: 'leaving@example.sa', password: 'leaving-password-1' })).status
		).toBe(400);

		const audit = await (await get('/admin/audit?action=user.', admin)).text();
		expect(audit).toContain('user.deactivate');
		expect(audit).toContain('leaving@example.sa');
	});
});
