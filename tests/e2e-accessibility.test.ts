// Accessibility in a real browser: axe-core (WCAG 2.2 A/AA) on the sign-in page, the dashboard
// pages and the board reports, in Arabic (right to left, the default) and in English (chosen with
// the header's language switch). Every page is also saved as a screenshot under test-results/e2e/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	expectAccessible,
	launchBrowser,
	newVisitor,
	screenshot,
	settleCharts,
	signedInAs,
	startE2eApp,
	switchLanguage,
	type E2eApp,
	type Lang
} from './helpers/browser';
import { removeTempDirs } from './helpers/temp';

const group = 'accessibility';
let app: E2eApp;
let browser: Browser;
const reportIds: Partial<Record<Lang, string>> = {};

/** The last complete quarter before today (Riyadh), e.g. 2026-Q3 — inside the demo's 12 months. */
function lastQuarter(): string {
	const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh' }).format(new Date());
	const [year, month] = today.split('-').map(Number) as [number, number];
	const quarter = Math.floor((month - 1) / 3);
	return quarter === 0 ? `${year - 1}-Q4` : `${year}-Q${quarter}`;
}

/** The manager issues the quarter's report in one language through the draft page. */
async function issueReport(page: Page, lang: Lang): Promise<string> {
	await page.goto(`/reports/draft?period=${lastQuarter()}&lang=${lang}`);
	// issuing computes the whole report again: slow on a busy machine
	await Promise.all([
		page.waitForURL(/\/reports\/\d+$/, { timeout: 90_000 }),
		page.locator('form[action="?/issue"] button').click({ timeout: 90_000 })
	]);
	return new URL(page.url()).pathname;
}

beforeAll(async () => {
	[app, browser] = await Promise.all([startE2eApp('a11y'), launchBrowser()]);
	const { context, page } = await signedInAs(browser, app, 'manager');
	reportIds.ar = await issueReport(page, 'ar');
	reportIds.en = await issueReport(page, 'en');
	await context.close();
}, 400_000);

afterAll(async () => {
	await browser?.close();
	await app?.server.stop();
	removeTempDirs();
});

const dashboardPages = [
	['dashboard', '/dashboard'],
	['channels', '/dashboard/channels'],
	['turnaround', '/dashboard/turnaround'],
	['comments', '/dashboard/comments'],
	['actions', '/dashboard/actions']
] as const;

describe.each(['ar', 'en'] as const)('WCAG 2.2 A/AA in %s', (lang) => {
	const dir = lang === 'ar' ? 'rtl' : 'ltr';

	it('the sign-in page', async () => {
		const { context, page } = await newVisitor(browser, app);
		await page.goto('/login');
		if (lang === 'en') await switchLanguage(page, 'en');
		await expect.poll(() => page.locator('html').getAttribute('dir')).toBe(dir);
		await screenshot(page, group, `${lang}-login`);
		await expectAccessible(page, `the sign-in page (${lang})`);
		await context.close();
	});

	it('the dashboard pages', async () => {
		const { context, page } = await signedInAs(browser, app, 'manager');
		await page.goto('/dashboard');
		if (lang === 'en') await switchLanguage(page, 'en');
		for (const [name, pathname] of dashboardPages) {
			await page.goto(pathname);
			expect(await page.locator('html').getAttribute('lang')).toBe(lang);
			expect(await page.locator('html').getAttribute('dir')).toBe(dir);
			await settleCharts(page);
			await screenshot(page, group, `${lang}-${name}`);
			await expectAccessible(page, `${pathname} (${lang})`);
		}
		await context.close();
	}, 90_000);

	it('the report list and an issued report', async () => {
		const { context, page } = await signedInAs(browser, app, 'board', { lang });
		await page.goto('/reports');
		await page.locator(`a[href="${reportIds[lang]}"]`).waitFor();
		await screenshot(page, group, `${lang}-reports`);
		await expectAccessible(page, `/reports (${lang})`);

		await page.goto(reportIds[lang]!);
		expect(await page.locator('html').getAttribute('lang')).toBe(lang);
		expect(await page.locator('html').getAttribute('dir')).toBe(dir);
		await screenshot(page, group, `${lang}-report`);
		await expectAccessible(page, `the issued report (${lang})`);

		// the board member's home opens on the latest issued report, with its PDF
		await page.goto('/');
		await page.locator(`section.latest a[href$="${reportIds[lang]}/pdf"]`).waitFor();
		await screenshot(page, group, `${lang}-board-home`);
		await expectAccessible(page, `the board member's home (${lang})`);
		await context.close();
	}, 150_000);

	it('the report form and a draft', async () => {
		const { context, page } = await signedInAs(browser, app, 'manager', { lang });
		await page.goto('/reports');
		// the period is chosen from a list; the last complete quarter is preselected
		expect(await page.locator('select#period').inputValue()).toBe(lastQuarter());
		await screenshot(page, group, `${lang}-reports-manager`);
		await expectAccessible(page, `/reports for a manager (${lang})`);
		await Promise.all([
			page.waitForURL(/\/reports\/draft\?/, { timeout: 90_000 }),
			page.locator('form.prepare button').click({ timeout: 90_000 })
		]);
		await page.locator('.draft').waitFor();
		await screenshot(page, group, `${lang}-report-draft`);
		await expectAccessible(page, `the draft report (${lang})`);
		await context.close();
	}, 180_000);
});
