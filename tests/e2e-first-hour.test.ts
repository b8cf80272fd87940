// The first hour of a new association in a real browser, in Arabic: the built server on an empty
// store without the demo prints a setup code; the person sets the association up at /setup, lands
// on the home page's first steps, downloads the sample log and imports it through the import page,
// creates and publishes the survey, opens a QR poster, and sees those steps tick; then issues a
// first board report for the month that holds the sample, opens it, finds it in the list, adds a
// board member on the users page, and that board member's home opens on the report. axe finds no
// WCAG 2.2 A/AA violation on /setup, the first-steps home page (Arabic and English) and every page
// after them. Screenshots under test-results/e2e/first-hour/.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	expectAccessible,
	launchBrowser,
	newVisitor,
	readCount,
	screenshot,
	signedInAs,
	type E2eApp
} from './helpers/browser';
import { startServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const group = 'first-hour';
let app: E2eApp;
let browser: Browser;
let page: Page;

const admin = { email: 'amal@example.org', password: 'first-hour-password-1' };
const boardMember = { email: 'huda@example.org', password: 'board-member-password-1' };

/**
 * The Gregorian month (YYYY-MM) that holds the sample log's middle row, 15 days before today in
 * Riyadh: the sample's rows fall in the 30 days before the day it is downloaded.
 */
function sampleMonth(): string {
	const day = new Date(Date.now() - 15 * 86_400_000);
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh' }).format(day).slice(0, 7);
}

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

	let reportPath = '';

	it('issues a first report for the month that holds the sample and opens it', async () => {
		const month = sampleMonth();
		await page.goto('/reports');
		// nothing issued yet: the page says what will appear, and offers the periods with data
		expect(await page.locator('table').count()).toBe(0);
		expect(
			await page
				.locator('#period option')
				.evaluateAll((os) => os.map((o) => o.getAttribute('value')))
		).toContain(month);
		await screenshot(page, group, '10-reports-none-yet-ar');
		await expectAccessible(page, 'the reports page before a first report (ar)');

		await page.locator('#period').selectOption(month);
		await page.locator('#lang').selectOption('ar');
		await Promise.all([
			page.waitForURL(/\/reports\/draft\?/, { timeout: 90_000 }),
			page.locator('form.prepare button').click()
		]);
		expect(new URL(page.url()).searchParams.get('period')).toBe(month);
		await expect.poll(() => page.locator('.draft').innerText()).toContain('أداة للتقويم والتطوير');
		await screenshot(page, group, '11-report-draft-ar');
		await expectAccessible(page, 'the first report draft (ar)');

		// issuing computes the whole report again: slow on a busy machine
		await Promise.all([
			page.waitForURL(/\/reports\/\d+$/, { timeout: 90_000 }),
			page.locator('form[action="?/issue"] button').click({ timeout: 90_000 })
		]);
		reportPath = new URL(page.url()).pathname;
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		const cover = await page.locator('header.cover').innerText();
		expect(cover).toContain('جمعية البر الأهلية');
		// the version in the report's digits, like every other number of the Arabic report
		expect(cover).toContain('الإصدار ١');
		expect(await page.locator('body').innerText()).not.toContain('مسودة');
		await screenshot(page, group, '12-report-issued-ar');
		await expectAccessible(page, 'the first issued report (ar)');

		await page.goto('/reports');
		const row = page.locator('tbody tr').filter({ hasText: month });
		await expect.poll(() => row.count()).toBe(1);
		expect(await row.locator(`a[href="${reportPath}"]`).count()).toBe(1);
		expect(await row.locator(`a[href="${reportPath}/pdf"]`).count()).toBe(1);
		await screenshot(page, group, '13-reports-first-issued-ar');
		await expectAccessible(page, 'the reports page with a first report (ar)');
	}, 240_000);

	it('adds a board member, whose home page opens on the issued report', async () => {
		expect(reportPath).toMatch(/^\/reports\/\d+$/);
		await page.goto('/admin/users', { waitUntil: 'networkidle' });
		await page.locator('#new-email').fill(boardMember.email);
		await page.locator('#new-name').fill('هدى القحطاني');
		await page.locator('#new-role').selectOption('board');
		await page.locator('#new-password').fill(boardMember.password);
		await page.locator('form[action="?/create"] button').click();
		await expect.poll(() => page.locator('.notice').innerText()).toContain(boardMember.email);
		expect(await page.locator('tbody tr').filter({ hasText: boardMember.email }).count()).toBe(1);
		await screenshot(page, group, '14-users-board-added-ar');
		await expectAccessible(page, 'the users page with a board member added (ar)');

		// inviting someone ticks the users step
		await page.goto('/');
		expect(await doneSteps()).toEqual(['import', 'survey', 'posters', 'users']);

		app.accounts.board = boardMember;
		const board = await signedInAs(browser, app, 'board');
		try {
			await board.page.goto('/');
			const latest = board.page.locator('section.latest');
			await latest.waitFor();
			expect(await latest.locator('.summary').innerText()).not.toBe('');
			expect(await latest.locator('.meta').innerText()).toContain('الإصدار ١');
			expect(await latest.locator(`a[href="${reportPath}/pdf"]`).count()).toBe(1);
			expect(await latest.locator(`a[href="${reportPath}"]`).count()).toBe(1);
			// a board member takes no first steps
			expect(await board.page.locator('.first-steps').count()).toBe(0);
			await screenshot(board.page, group, '15-board-home-latest-report-ar');
			await expectAccessible(board.page, 'the board member home with the first report (ar)');
		} finally {
			await board.context.close();
		}
	}, 120_000);
});
