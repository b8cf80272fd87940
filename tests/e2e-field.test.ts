// A representative's field phone in Debian's Chromium (a persistent profile, so IndexedDB and the
// service worker outlive the browser): opened once online, it answers three people with no
// network, shows "3 waiting", opens again after the browser is closed with the server down and the
// network off (from the service worker), and once online sends exactly those three answers, with
// the times they were given, the version shown and collection 'field'. axe checks the field
// screens in both languages; the first visit's weight is measured beside the plain survey's.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../src/lib/server/reports/pdf';
import { Store } from '../src/lib/server/db';
import { chooseRadio, expectAccessible, phone, readCount } from './helpers/browser';
import { fillFieldStore, type FieldStore } from './helpers/field-store';
import { freePort, root, startServer, type RunningServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const databasePath = path.join(tempDir(), 'field-e2e.duckdb');
const profile = tempDir('tahseen-field-profile-');
let port: number;
let url: string;
let server: RunningServer | undefined;
let field: FieldStore;

const serve = async () => {
	server = await startServer({
		DATABASE_PATH: databasePath,
		TAHSEEN_DEMO: '0',
		PORT: String(port)
	});
};

beforeAll(async () => {
	const store = await Store.open(databasePath);
	field = await fillFieldStore(store);
	store.close();
	port = await freePort();
	url = `http://127.0.0.1:${port}`;
	await serve();
}, 120_000);

afterAll(async () => {
	await server?.stop();
	removeTempDirs();
});

/** The phone's browser: the same profile every time, as a phone keeps its own. */
async function openPhone(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: chromiumArgs,
		baseURL: url,
		viewport: phone,
		locale: 'ar-SA',
		timezoneId: 'Asia/Riyadh'
	});
	context.setDefaultTimeout(15_000);
	return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

const waitingCount = async (page: Page) =>
	Number(await page.locator('#field-waiting').getAttribute('data-count'));

/** Waits until the page shows `n` answers waiting (the script has read the queue). */
async function expectWaiting(page: Page, n: number): Promise<void> {
	await page.locator(`#field-waiting[data-count="${n}"]`).waitFor({ state: 'attached' });
}

/**
 * Gzip bytes of a first visit in a fresh browser: the page and every script and style it loads,
 * and apart from them what the service worker then fetches for offline use (its own script, the
 * shell and the field page's copies).
 */
async function firstVisitWeight(pathname: string): Promise<{ page: number; offline: number }> {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	try {
		const context = await browser.newContext({ baseURL: url, viewport: phone });
		const page = await context.newPage();
		const visit: Promise<number>[] = [];
		const offline: Promise<number>[] = [];
		context.on('response', (response) => {
			const request = response.request();
			const size = request.sizes().then((s) => s.responseBodySize);
			const type = request.resourceType();
			const ofPage = request.frame === undefined ? false : !request.serviceWorker();
			if (
				ofPage &&
				['document', 'script', 'stylesheet'].includes(type) &&
				!response.fromServiceWorker()
			)
				visit.push(size);
			else offline.push(size);
		});
		await page.goto(pathname, { waitUntil: 'networkidle' });
		await page.waitForTimeout(1500);
		const sum = async (list: Promise<number>[]) =>
			(await Promise.all(list)).reduce((a, b) => a + b, 0);
		return { page: await sum(visit), offline: await sum(offline) };
	} finally {
		await browser.close();
	}
}

describe('collecting in the field without a network', () => {
	const given: { before: number; after: number }[] = [];

	it('opens online, then takes three answers offline and shows them waiting', async () => {
		const { context, page } = await openPhone();
		const token = field.phones.a.token;
		const surveyWeight = await firstVisitWeight('/s/field');
		const fieldWeight = await firstVisitWeight(`/f/${token}`);
		console.log(
			`first visit, gzip bytes of the page, its scripts and styles: field page ${fieldWeight.page} (then ${fieldWeight.offline} fetched for offline use), plain survey ${surveyWeight.page}`
		);
		await page.goto(`/f/${token}`);
		expect(fieldWeight.page).toBeLessThan(surveyWeight.page + 8 * 1024);
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		await expectWaiting(page, 0);
		// the service worker controls the page and holds its copy before the network goes
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await expect
			.poll(() =>
				page.evaluate(
					async (token) =>
						!!(await (await caches.open('tahseen-field-pages')).match(`/f/${token}?lang=en`)),
					token
				)
			)
			.toBe(true);
		expect(
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)
		).toBe(`${url}/f/`);
		await expectAccessible(page, 'the field page (ar, phone)');

		await context.setOffline(true);
		const comments = ['الموظف كان لطيفًا', '', 'اتصلوا على 0551234567'];
		for (const [i, csat] of [5, 3, 4].entries()) {
			await chooseRadio(page, 'q_csat', String(csat));
			if (comments[i]) await page.locator('[name="q_comment"]').fill(comments[i]!);
			const before = Date.now();
			await page.locator('form button[type="submit"]').click();
			await page.locator('#field-thanks').waitFor({ state: 'visible' });
			given.push({ before, after: Date.now() });
			if (i === 0) await expectAccessible(page, 'the thank-you between people (ar, phone)');
			await page.locator('#field-next').click();
			await page.locator('#field-form').waitFor({ state: 'visible' });
			// nothing of the previous person's is left on the form
			expect(await page.locator('input[name="q_csat"]:checked').count()).toBe(0);
			expect(await page.locator('[name="q_comment"]').inputValue()).toBe('');
			await expectWaiting(page, i + 1);
		}
		expect(readCount(await page.locator('#field-waiting').innerText())).toBe(3);
		mkdirSync(path.join(root, 'docs', 'screenshots'), { recursive: true });
		await page.screenshot({ path: path.join(root, 'docs', 'screenshots', 'field.png') });
		await context.close();
	}, 120_000);

	it('opens again from the service worker with the server down, keeps the three until the server confirms them', async () => {
		await server!.stop();
		server = undefined;
		const { context, page } = await openPhone();
		await context.setOffline(true);
		await page.goto(`/f/${field.phones.a.token}`);
		await expectWaiting(page, 3);
		expect(await page.locator('h1').innerText()).toBe('رأيك في زيارتنا');
		// the other language opens too, with the same queue
		await page.locator('a.lang').click();
		await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
		await expectWaiting(page, 3);
		expect(await page.locator('#field-waiting').innerText()).toBe('Answers waiting to send: 3');
		await expectAccessible(page, 'the field page offline (en, phone)');

		// the network returns but the server is still down: nothing leaves the phone
		await context.setOffline(false);
		await page.locator('#field-problem').filter({ hasText: 'Could not send' }).waitFor();
		expect(await waitingCount(page)).toBe(3);
		await serve();
		await page.locator('#field-send').click();
		await expectWaiting(page, 0);
		expect(await page.locator('#field-waiting').innerText()).toBe('Every answer has been sent.');
		await context.close();

		await server!.stop();
		server = undefined;
		const store = await Store.open(databasePath);
		try {
			const rows = await store.all<{
				submitted_at: string;
				survey_version: number;
				collection: string;
				device: string;
				channel: string;
				csat: number;
				comment: string | null;
			}>(
				`select submitted_at, survey_version, collection, device, channel, csat, comment
				 from response order by submitted_at`
			);
			expect(rows).toHaveLength(3);
			for (const [i, row] of rows.entries()) {
				const at = new Date(row.submitted_at).getTime();
				expect(at).toBeGreaterThanOrEqual(given[i]!.before - 1000);
				expect(at).toBeLessThanOrEqual(given[i]!.after + 1000);
				expect(row).toMatchObject({
					survey_version: 2,
					collection: 'field',
					device: field.phones.a.name,
					channel: 'branch_rep'
				});
			}
			expect(rows.map((r) => r.csat)).toEqual([5, 3, 4]);
			expect(rows[2]!.comment).not.toContain('0551234567');
		} finally {
			store.close();
		}
	}, 120_000);

	it('is accessible in English online too, and sends at once', async () => {
		if (!server) await serve();
		const { context, page } = await openPhone();
		await page.goto(`/f/${field.phones.b.token}?lang=en`);
		await expectWaiting(page, 0);
		await expectAccessible(page, 'the field page (en, phone)');
		await chooseRadio(page, 'q_csat', '4');
		await page.locator('form button[type="submit"]').click();
		await page.locator('#field-thanks').waitFor({ state: 'visible' });
		await expectAccessible(page, 'the thank-you between people (en, phone)');
		// sent at once while online
		await expectWaiting(page, 0);
		// the same browser's staff pages are never the service worker's
		await page.goto('/login');
		expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
		await context.close();
	}, 60_000);
});
