// The first hour of a new association in a real browser, in Arabic: the built server on an empty
// store without the demo prints a setup code; the person sets the association up at /setup, lands
// on the home page's first steps, downloads the sample log and imports it through the import page,
// creates and publishes the survey, opens a QR poster, and sees those steps tick. axe finds no
// WCAG 2.2 A/AA violation on /setup and the first-steps home page, in Arabic and in English.
// Screenshots under test-results/e2e/first-hour/.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	expectAccessible,
	launchBrowser,
	newVisitor,
	readCount,
	screenshot,
	type E2eApp
} from './helpers/browser';
import { startServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const group = 'first-hour';
let app: E2eApp;
let browser: Browser;
let page: Page;

const admin = { email: 'amal@example.org', password: 'first-hour-password-1' };

beforeAll(async () => {
	const [server, launched] = await Promise.all([
		startServer({ DATABASE_PATH: path.join(tempDir(), 'first-hour.duckdb'), TAHSEEN_DEMO: '0' }),
		launchBrowser()
	]);
	browser = launched;
	app = {
		server,
		url: server.url,
		accounts: {
			admin,
			manager: { email: '', password: '' },
			board: { email: '', password: '' }
		}
	};
	page = (await newVisitor(browser, app)).page;
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await app?.server.stop();
	removeTempDirs();
});

function setupCode(): string {
	const match = /\/setup and enter the setup code ([A-Z0-9-]{14})/.exec(app.server.output());
	if (!match) throw new Error(`no setup code in the output:\n${app.server.output()}`);
	return match[1]!;
}

/** The steps the home page shows as done. */
async function doneSteps(): Promise<string[]> {
	return page
		.locator('.first-steps li.done')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-step') ?? ''));
}

describe('the first hour of a new association, in Arabic', () => {
	it('every page leads to /setup, which passes axe in Arabic and English', async () => {
		await page.goto('/dashboard');
		expect(new URL(page.url()).pathname).toBe('/setup');
		await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
		await expect.poll(() => page.locator('h1').innerText()).toBe('إعداد الجمعية');
		await screenshot(page, group, '01-setup-ar');
		await expectAccessible(page, '/setup (ar)');

		await page.goto('/setup?lang=en');
		await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr');
		await screenshot(page, group, '02-setup-en');
		await expectAccessible(page, '/setup (en)');
		await page.goto('/setup?lang=ar');
		await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ar');
	});

	it('a wrong code is refused with the errors listed, accessibly', async () => {
		await page.goto('/setup', { waitUntil: 'networkidle' });
		await page.locator('#code').fill('AAAA-BBBB-CCCC');
		await page.locator('#nameAr').fill('جمعية البر الأهلية');
		await page.locator('#nameEn').fill('Al-Birr Association');
		await page.locator('#reviewWindowDays').fill('10');
		await page.locator('#adminEmail').fill(admin.email);
		await page.locator('#adminName').fill('أمل العتيبي');
		await page.locator('#password').fill(admin.password);
		await page.locator('#confirm').fill('not-the-same-password');
		await page.locator('form button[type="submit"]').click();
		const summary = page.locator('.error-summary');
		await summary.waitFor();
		expect(
			await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
		).toEqual(['#confirm']);
		await screenshot(page, group, '03-setup-errors-ar');
		await expectAccessible(page, '/setup with errors (ar)');

		await page.locator('#password').fill(admin.password);
		await page.locator('#confirm').fill(admin.password);
		await page.locator('form button[type="submit"]').click();
		await expect
			.poll(() => summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
			.toEqual(['#code']);
		expect(await page.locator('#code-error').innerText()).toContain('رمز الإعداد غير صحيح');
		// what was typed is kept, except the code and the passwords
		expect(await page.locator('#nameEn').inputValue()).toBe('Al-Birr Association');
	});

	it('the right code sets the association up and opens the first steps', async () => {
		await page.locator('#code').fill(setupCode().toLowerCase());
		await page.locator('#password').fill(admin.password);
		await page.locator('#confirm').fill(admin.password);
		await page.locator('#workingWeek').selectOption('sun-thu');
		await Promise.all([
			page.waitForURL((url) => url.pathname === '/'),
			page.locator('form button[type="submit"]').click()
		]);
		await expect.poll(() => page.locator('h1').innerText()).toBe('جمعية البر الأهلية');
		expect(await page.locator('.first-steps details').getAttribute('open')).not.toBeNull();
		expect(await page.locator('.first-steps li').count()).toBe(6);
		expect(await doneSteps()).toEqual([]);
		expect(
			readCount(
				await page
					.locator('.first-steps .progress')
					.innerText()
					.then((t) => t.split(/\s/)[1]!)
			)
		).toBe(0);
		await screenshot(page, group, '04-home-first-steps-ar');
		await expectAccessible(page, 'the first steps (ar)');

		await page.goto('/?lang=en');
		await expect.poll(() => page.locator('.first-steps h2').innerText()).toBe('First steps');
		expect(await page.locator('.first-steps .progress').innerText()).toBe('0 of 6 done');
		await screenshot(page, group, '05-home-first-steps-en');
		await expectAccessible(page, 'the first steps (en)');
		await page.goto('/?lang=ar');
		expect(await page.request.get('/setup').then((r) => r.status())).toBe(404);
	});

	it('downloads the sample log and imports it through the import page', async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('.first-steps a.sample').click()
		]);
		const file = path.join(tempDir(), download.suggestedFilename());
		await download.saveAs(file);
		expect(download.suggestedFilename()).toBe('tahseen-sample-interactions.csv');

		await page.goto('/ingest');
		await page.locator('input[name="kind"][value="interactions"]').check();
		await page.locator('input[type="file"][name="file"]').setInputFiles(file);
		await page.locator('form[action="?/ingest"] button.primary').click();
		const section = page.locator('section.result');
		await section.waitFor();
		const counts: Record<string, number> = {};
		for (const item of await section.locator('dl.counts > div').all()) {
			counts[(await item.locator('dt').innerText()).trim()] = readCount(
				await item.locator('dd').innerText()
			);
		}
		expect(counts).toMatchObject({ أُضيفت: 12, رُفضت: 0 });
		await screenshot(page, group, '06-ingest-sample-ar');
	});

	it('creates and publishes the survey, opens a QR poster, and sees the steps tick', async () => {
		await page.goto('/surveys');
		await page.locator('#slug').fill('rida');
		await page.locator('#title_ar').fill('رضا المستفيدين');
		await page.locator('#title_en').fill('Beneficiary satisfaction');
		await Promise.all([
			page.waitForURL(/\/surveys\/\d+\/edit$/),
			page.locator('form[action="?/create"] button').click()
		]);
		const id = /\/surveys\/(\d+)\//.exec(page.url())![1]!;
		await page.goto(`/surveys/${id}`, { waitUntil: 'networkidle' });
		await page.locator('form[action="?/publish"] button').click();
		await expect.poll(() => page.locator('form[action="?/close"]').count()).toBe(1);

		await page.goto('/');
		// the association has data now: the steps are collapsed, still there until all are done
		expect(await page.locator('.first-steps details').getAttribute('open')).toBeNull();
		expect(await doneSteps()).toEqual(['import', 'survey']);
		expect(await page.locator('.first-steps a[href$="/links"]').getAttribute('href')).toBe(
			`/surveys/${id}/links`
		);

		await page.goto(`/surveys/${id}/links`);
		await page.locator('a[href*="/poster"]').first().click();
		await page.waitForURL(/\/poster/);
		await screenshot(page, group, '07-poster');

		await page.goto('/');
		expect(await doneSteps()).toEqual(['import', 'survey', 'posters']);
		await screenshot(page, group, '08-home-collapsed-ar');
		await page.locator('.first-steps summary').click();
		await expect
			.poll(() => page.locator('.first-steps details').getAttribute('open'))
			.not.toBeNull();
		expect(await page.locator('dl.cards').count()).toBeGreaterThan(0);
		await screenshot(page, group, '09-home-three-done-ar');
		await expectAccessible(page, 'the home page with data and first steps (ar)');
	});
});
