// Hostile requests to the built server: wrong content types, broken form bodies, oversize bodies,
// open-redirect values, password guessing on /account, and the security headers on every answer.
// Each is answered with a 4xx and a message, never a 500, and the server keeps serving.
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import {
	adminEmail,
	adminPassword,
	managerEmail,
	managerPassword,
	signIn,
	useHostileServer
} from './helpers/hostile';

const h = useHostileServer();

/** A raw request whose Content-Length claims `claimed` bytes; sends only `sent`, then reads the answer. */
function claimLength(
	pathname: string,
	claimed: number,
	sent: number,
	headers: Record<string, string> = {}
): Promise<{ status: number; body: string; ms: number }> {
	const url = new URL(pathname, h.server.url);
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const request = http.request(
			url,
			{
				method: 'POST',
				headers: {
					origin: h.server.url,
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': String(claimed),
					...headers
				}
			},
			(response) => {
				let body = '';
				response.on('data', (c: Buffer) => (body += c.toString()));
				response.on('end', () =>
					resolve({ status: response.statusCode!, body, ms: Date.now() - started })
				);
			}
		);
		request.on('error', reject);
		request.write('email='.padEnd(sent, 'a'));
	});
}

describe('wrong content types and broken forms', () => {
	it('POST /preferences with JSON answers 415, with a broken multipart body 400', async () => {
		const asJson = await fetch(`${h.server.url}/preferences`, {
			method: 'POST',
			headers: { origin: h.server.url, 'content-type': 'application/json' },
			body: JSON.stringify({ lang: 'en', to: '/' })
		});
		expect(asJson.status).toBe(415);
		const refused = (await asJson.json()) as { code: string; message: string };
		expect(refused.code).toBe('unreadable_form');
		expect(refused.message).toContain('النموذج');
		const broken = await fetch(`${h.server.url}/preferences`, {
			method: 'POST',
			headers: { origin: h.server.url, 'content-type': 'multipart/form-data; boundary=zzz' },
			body: 'not multipart at all'
		});
		expect(broken.status).toBe(400);
		await h.stillServing(h.pid);
	});

	const actions = [
		'/login',
		'/account?/password',
		'/admin/users?/create',
		'/admin/settings?/save',
		'/dashboard/actions?/create',
		'/surveys?/create',
		'/ingest?/inspect',
		'/reports/draft?/issue'
	];
	it.each(actions)(
		'%s answers 4xx, never 500, to text/plain and broken multipart',
		async (action) => {
			for (const type of ['text/plain', 'multipart/form-data; boundary=zzz', 'application/json']) {
				const response = await fetch(`${h.server.url}${action}`, {
					method: 'POST',
					headers: { origin: h.server.url, 'content-type': type, cookie: h.admin },
					body: 'x=1'
				});
				expect(response.status, type).toBeGreaterThanOrEqual(400);
				expect(response.status, type).toBeLessThan(500);
			}
			await h.stillServing(h.pid);
		}
	);
});

describe('request bodies', () => {
	it('an anonymous 150 MB sign-in form is refused at once with 413', async () => {
		const answers = await Promise.all(
			[1, 2, 3].map(() => claimLength('/login', 150 * 1024 * 1024, 64 * 1024))
		);
		for (const answer of answers) {
			expect(answer.status).toBe(413);
			expect(answer.body).toMatch(/too large|أكبر/);
			expect(answer.ms).toBeLessThan(5_000);
		}
		await h.stillServing(h.pid);
	});

	// (the public survey's answers have their own 64 KB cap and message: survey-public-http.test.ts)
	it('the preference form and sign-out take no more than 64 KB', async () => {
		for (const pathname of ['/preferences', '/logout']) {
			const answer = await claimLength(pathname, 2 * 1024 * 1024, 1024);
			expect(answer.status, pathname).toBe(413);
		}
	});

	it('a signed-in form above 1 MB is refused; an ordinary one is not', async () => {
		const big = await claimLength('/dashboard/actions?/create', 5 * 1024 * 1024, 1024, {
			cookie: h.manager
		});
		expect(big.status).toBe(413);
		const small = await h.post('/preferences', { lang: 'ar', to: '/' });
		expect(small.status).toBe(303);
	});

	it('a streamed (chunked) body is refused where forms are expected', async () => {
		const response = await fetch(`${h.server.url}/login`, {
			method: 'POST',
			headers: { origin: h.server.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: new ReadableStream({
				start(controller) {
					controller.enqueue(new TextEncoder().encode('email=a&password=b'));
					controller.close();
				}
			}),
			duplex: 'half'
		} as RequestInit);
		expect(response.status).toBe(411);
	});

	it('an upload to the ingest page may be large for staff', async () => {
		const body = new FormData();
		body.set('kind', 'interactions');
		const rows = ['id,channel,type,received_at'];
		for (let i = 0; i < 40_000; i++) rows.push(`BIG-${i},phone,inquiry,2026-11-22 10:00`);
		body.set('file', new Blob([rows.join('\n')]), 'big.csv');
		const response = await fetch(`${h.server.url}/ingest?/inspect`, {
			method: 'POST',
			body,
			headers: { origin: h.server.url, accept: 'application/json', cookie: h.manager }
		});
		expect(response.status).toBe(200);
	});
});

describe('return paths', () => {
	const nasty = [
		'/\t/evil.example',
		'/%09/evil.example',
		'//evil.example',
		'/\\evil.example',
		'https://evil.example',
		'javascript:alert(1)',
		'/%2F%2Fevil.example',
		'/.//evil.example'
	];

	it.each(nasty)('sign-in with redirectTo=%s stays on this site', async (value) => {
		const cookie = await (async () => {
			const response = await fetch(`${h.server.url}/login`, {
				method: 'POST',
				headers: { origin: h.server.url, accept: 'text/html' },
				body: new URLSearchParams({
					email: managerEmail,
					password: managerPassword,
					redirectTo: value
				}),
				redirect: 'manual'
			});
			expect(response.status).toBe(303);
			expect(new URL(response.headers.get('location')!, h.server.url).origin).toBe(h.server.url);
			return response.headers.get('set-cookie')!.split(';')[0]!;
		})();
		// signed in, the sign-in page sends on at once: also only on this site, whether the value
		// comes encoded or as typed into the address bar (`?redirectTo=/%09/evil.example` is a tab)
		for (const query of [encodeURIComponent(value), value.replace(/[\t\\]/g, encodeURIComponent)]) {
			const again = await h.get(`/login?redirectTo=${query}`, cookie);
			expect(again.status).toBe(303);
			expect(new URL(again.headers.get('location')!, h.server.url).origin, query).toBe(
				h.server.url
			);
		}
	});

	it.each(nasty)('the preference form with to=%s stays on this site', async (value) => {
		const response = await h.post('/preferences', { lang: 'en', to: value });
		expect(response.status).toBe(303);
		expect(new URL(response.headers.get('location')!, h.server.url).origin).toBe(h.server.url);
	});
});

describe('the current password on /account', () => {
	it('is throttled after a few wrong guesses, and the failures are audited', async () => {
		const cookie = await signIn(h.server.url, adminEmail, adminPassword);
		const statuses: number[] = [];
		for (let i = 0; i < 8; i++) {
			const response = await h.post(
				'/account?/password',
				{ current: `guess-${i}`, next: 'a new password 1', confirm: 'a new password 1' },
				cookie,
				{ accept: 'application/json' }
			);
			statuses.push(((await response.json()) as { status: number }).status);
		}
		expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
		expect(statuses.slice(3).every((s) => s === 429)).toBe(true);
		const audit = await (await h.get('/admin/audit?action=auth.password', cookie)).text();
		expect(audit).toContain('auth.password_check_failed');
		expect(audit).toContain('auth.password_check_throttled');
	});
});

describe('security headers', () => {
	const routes: [string, 'anonymous' | 'manager', number][] = [
		['/health', 'anonymous', 200],
		['/login', 'anonymous', 200],
		['/dashboard', 'anonymous', 303],
		['/api/dashboard/csat-trend', 'anonymous', 401],
		['/api/dashboard/csat-trend?format=svg', 'anonymous', 401],
		['/admin/users', 'manager', 403],
		['/api/dashboard/csat-trend?format=svg', 'manager', 200],
		['/api/dashboard/csat-trend?period=custom&from=2078-01-01&to=2078-01-31', 'manager', 400],
		['/reports/preview?period=2026-Q1&lang=en', 'manager', 200],
		['/reports/preview?period=2077-Q4', 'manager', 400],
		['/no-such-page', 'anonymous', 404],
		['/favicon.png', 'anonymous', 200],
		['/robots.txt', 'anonymous', 200]
	];

	it.each(routes)('%s (%s) answers %i with them', async (pathname, who, status) => {
		const response = await h.get(pathname, who === 'manager' ? h.manager : undefined);
		if (response.status === 404 && /\.(png|txt)$/.test(pathname)) return; // not shipped
		expect(response.status).toBe(status);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('referrer-policy')).toBeTruthy();
	});

	it('report print HTML and SVG charts get a policy that runs no script', async () => {
		for (const pathname of [
			'/reports/preview?period=2026-Q1&lang=en',
			'/api/dashboard/csat-trend?format=svg'
		]) {
			const response = await h.get(pathname, h.manager);
			expect(response.status, pathname).toBe(200);
			expect(response.headers.get('content-security-policy'), pathname).toContain(
				"default-src 'none'"
			);
		}
	});

	it('a too large form from a page gets a page', async () => {
		const answer = await claimLength('/login', 10 * 1024 * 1024, 1024, { accept: 'text/html' });
		expect(answer.status).toBe(413);
		expect(answer.body).toContain('<html lang="ar" dir="rtl">');
		expect(answer.body).toContain('أكبر من المسموح');
	});

	it('a static script file and a redirect carry them', async () => {
		const page = await (await h.get('/login')).text();
		const script = /(\/_app\/immutable\/[^"]+\.js)/.exec(page)![1]!;
		const response = await h.get(script);
		expect(response.status).toBe(200);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		const redirect = await h.post('/preferences', { lang: 'ar', to: '/' });
		expect(redirect.status).toBe(303);
		expect(redirect.headers.get('x-frame-options')).toBe('DENY');
	});
});
