// The period the dashboard opens on, over HTTP: the last complete month by default, the person's
// last chosen period remembered in a cookie, and a period named in the URL always winning; an
// admin may choose another default in the settings (audited), under the same two rules.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastCompleteMonth } from '../src/lib/domain/default-period';
import { Store } from '../src/lib/server/db';
import { startServer, type RunningServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const adminPassword = 'dashboard-period-admin-password';
const databasePath = path.join(tempDir(), 'dashboard-period.duckdb');
let server: RunningServer;
let session = '';

const get = (pathname: string, cookies: string[] = []) =>
	fetch(`${server.url}${pathname}`, {
		headers: { cookie: [session, ...cookies].join('; ') },
		redirect: 'manual'
	});

/** The value of the remembered-period cookie a response sets, or null. */
const remembered = (response: Response) =>
	response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0]!)
		.find((c) => c.startsWith('dashboard-period=')) ?? null;

/** The period the page shows: the query its tabs carry and the dates in the filter bar. */
async function shown(response: Response) {
	expect(response.status).toBe(200);
	const html = await response.text();
	const tab = html.match(/href="[^"]*\/dashboard\/channels(\?[^"]*)?"/)?.[1] ?? '';
	const from = html.match(/id="f-from"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*id="f-from"/);
	return {
		period: new URLSearchParams(tab.replaceAll('&amp;', '&')).get('period'),
		from: from?.[1] ?? from?.[2]
	};
}

beforeAll(async () => {
	server = await startServer({
		DATABASE_PATH: databasePath,
		TAHSEEN_DEMO_ADMIN_PASSWORD: adminPassword
	});
	const response = await fetch(`${server.url}/login`, {
		method: 'POST',
		headers: { origin: server.url, accept: 'text/html' },
		body: new URLSearchParams({ email: 'admin@demo.tahseen.sa', password: adminPassword }),
		redirect: 'manual'
	});
	expect(response.status).toBe(303);
	session = response.headers.get('set-cookie')!.split(';')[0]!;
});
afterAll(async () => {
	await server?.stop();
	removeTempDirs();
});

describe('the period the dashboard opens on', () => {
	it('is the last complete month, in the association time zone, when nothing was chosen', async () => {
		const response = await get('/dashboard');
		expect(remembered(response)).toBeNull();
		const page = await shown(response);
		expect(page.period).toBe('last-month');
		expect(page.from).toBe(lastCompleteMonth(new Date(), 'Asia/Riyadh').from);
	});

	it('remembers the period a person chooses, and opens on it next time', async () => {
		const choice = remembered(await get('/dashboard?period=this-quarter'));
		expect(choice).toBe('dashboard-period=period%3Dthis-quarter');
		for (const pathname of ['/dashboard', '/dashboard/turnaround', '/dashboard/comments']) {
			expect((await shown(await get(pathname, [choice!]))).period).toBe('this-quarter');
		}
		// custom dates are remembered with the dates
		const custom = remembered(await get('/dashboard?period=custom&from=2026-02-01&to=2026-02-28'));
		const page = await shown(await get('/dashboard/channels', [custom!]));
		expect(page).toEqual({ period: 'custom', from: '2026-02-01' });
	});

	it('takes a period named in the URL over the remembered one', async () => {
		const choice = 'dashboard-period=period%3Dthis-quarter';
		const response = await get('/dashboard?period=this-year', [choice]);
		expect((await shown(response)).period).toBe('this-year');
		// dates typed in the URL are a period too
		const typed = await shown(await get('/dashboard?from=2026-03-01&to=2026-03-31', [choice]));
		expect(typed).toEqual({ period: 'custom', from: '2026-03-01' });
	});

	it('neither remembers a bad period nor trusts a bad cookie', async () => {
		const bad = await get('/dashboard?period=forever');
		expect(remembered(bad)).toBeNull();
		await bad.body?.cancel();
		for (const cookie of ['period%3Dforever', 'junk', 'period%3Dcustom%26from%3Dx%26to%3Dy']) {
			expect((await shown(await get('/dashboard', [`dashboard-period=${cookie}`]))).period).toBe(
				'last-month'
			);
		}
	});
});

describe("the association's default period, chosen in the settings", () => {
	/** The settings form as the admin page sends it, with a default period. */
	const saveSettings = (dashboardPeriod: string) =>
		fetch(`${server.url}/admin/settings?/save`, {
			method: 'POST',
			headers: { origin: server.url, accept: 'text/html', cookie: session },
			body: new URLSearchParams({
				nameAr: 'جمعية البر',
				nameEn: 'Al-Birr Association',
				timeZone: 'Asia/Riyadh',
				reviewWindowDays: '14',
				windowCounting: 'calendar',
				minGroupSize: '5',
				dashboardPeriod
			}),
			redirect: 'manual'
		});

	it('refuses a period the filter does not offer, and changes nothing', async () => {
		for (const bad of ['custom', 'forever', '']) {
			const response = await saveSettings(bad);
			expect(response.status, bad).toBe(400);
			await response.body?.cancel();
		}
		expect((await shown(await get('/dashboard'))).period).toBe('last-month');
	});

	it('opens the dashboard on the chosen default; a remembered choice and the URL still win', async () => {
		const saved = await saveSettings('last-12-months');
		expect(saved.status).toBe(200);
		await saved.body?.cancel();
		const settings = await (await get('/admin/settings')).text();
		expect(settings).toMatch(/<option value="last-12-months"[^>]*selected/);

		const response = await get('/dashboard/turnaround');
		expect(remembered(response)).toBeNull();
		const html = await response.clone().text();
		expect((await shown(response)).period).toBe('last-12-months');
		// the filter bar's reset link leads to the association's default
		expect(html).toMatch(
			/<a href="[^"]*\/dashboard\/turnaround\?period=last-12-months">إعادة الضبط<\/a>/
		);
		const choice = 'dashboard-period=period%3Dthis-quarter';
		expect((await shown(await get('/dashboard', [choice]))).period).toBe('this-quarter');
		expect((await shown(await get('/dashboard?period=this-year', [choice]))).period).toBe(
			'this-year'
		);
		expect((await shown(await get('/dashboard', ['dashboard-period=junk']))).period).toBe(
			'last-12-months'
		);
	});

	it('is stored and audited with what it was before', async () => {
		await server.stop();
		const store = await Store.open(databasePath);
		try {
			expect(await store.one('select dashboard_period from organisation')).toEqual({
				dashboard_period: 'last-12-months'
			});
			// one settings row: the refused forms wrote none
			const audited = await store.all<{ detail: string }>(
				"select detail from audit_log where action = 'settings.update'"
			);
			expect(audited).toHaveLength(1);
			const { before, after } = JSON.parse(audited[0]!.detail);
			expect([before.dashboardPeriod, after.dashboardPeriod]).toEqual([
				'last-month',
				'last-12-months'
			]);
		} finally {
			store.close();
		}
	});
});
