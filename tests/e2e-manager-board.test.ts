// End to end in a real browser: a manager imports an interaction log with bad rows and sees the
// dashboard move by exactly the accepted rows; a manager issues the quarter's report and a board
// member opens it and downloads the PDF; the board is refused the ingest page in its language.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	dashboardCard,
	expectAccessible,
	launchBrowser,
	readCount,
	screenshot,
	settleCharts,
	signedInAs,
	startE2eApp,
	switchLanguage,
	type E2eApp
} from './helpers/browser';
import { removeTempDirs, tempDir } from './helpers/temp';

const group = 'manager-board';
let app: E2eApp;
let browser: Browser;

beforeAll(async () => {
	[app, browser] = await Promise.all([startE2eApp('flow'), launchBrowser()]);
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await app?.server.stop();
	removeTempDirs();
});

/** Today in the demo association's time zone, and days before it (YYYY-MM-DD). */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh' }).format(new Date());
function daysAgo(days: number): string {
	const d = new Date(`${today}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() - days);
	return d.toISOString().slice(0, 10);
}

// The dashboard period the test watches: a week inside the demo's twelve months.
const from = daysAgo(45);
const to = daysAgo(39);

interface Row {
	id: string;
	channel: string;
	type: string;
	received_at: string;
	decided_at?: string;
	decision?: string;
	/** the reasons the page must show for a bad row, as an Arabic reader sees them */
	rejectedFor?: string[];
}

const rows: Row[] = [
	{ id: 'E2E-001', channel: 'phone', type: 'inquiry', received_at: `${from} 09:15` },
	{
		id: 'E2E-002',
		channel: 'الاتصالات الهاتفية',
		type: 'طلب دعم',
		received_at: `${from} 10:40`,
		decided_at: `${daysAgo(40)} 11:00`,
		decision: 'مقبول'
	},
	{ id: 'E2E-003', channel: 'website', type: 'complaint', received_at: `${daysAgo(44)} 13:05` },
	{
		id: 'E2E-004',
		channel: 'fax',
		type: 'inquiry',
		received_at: `${daysAgo(44)} 14:00`,
		rejectedFor: ['قناة غير معروفة']
	},
	{ id: 'E2E-005', channel: 'in_person', type: 'suggestion', received_at: `${daysAgo(43)} 08:30` },
	{
		id: 'E2E-006',
		channel: 'letter',
		type: 'inquiry',
		received_at: 'the day before yesterday',
		rejectedFor: ['تاريخ غير مفهوم: تاريخ الاستلام']
	},
	{ id: 'E2E-007', channel: 'social_media', type: 'استفسار', received_at: `${daysAgo(42)} 12:00` },
	{
		id: '',
		channel: 'phone',
		type: 'inquiry',
		received_at: `${daysAgo(42)} 12:30`,
		rejectedFor: ['قيمة مطلوبة ناقصة: المعرّف']
	},
	{
		id: 'E2E-009',
		channel: 'help_request',
		type: 'support_request',
		received_at: `${daysAgo(41)} 10:00`,
		decided_at: `${daysAgo(43)} 10:00`,
		decision: 'approved',
		rejectedFor: ['تاريخ القرار قبل تاريخ الاستلام']
	},
	{ id: 'E2E-010', channel: 'volunteering', type: 'inquiry', received_at: `${daysAgo(40)} 16:45` },
	{ id: 'E2E-011', channel: 'service_form', type: 'شكوى', received_at: `${to} 23:30` },
	// accepted, but received before the watched week: the card must not count it
	{ id: 'E2E-012', channel: 'phone', type: 'inquiry', received_at: `${daysAgo(60)} 10:00` }
];

const columns = ['id', 'channel', 'type', 'received_at', 'decided_at', 'decision'] as const;
const csv =
	[columns.join(','), ...rows.map((r) => columns.map((c) => r[c] ?? '').join(','))].join('\r\n') +
	'\r\n';
const accepted = rows.filter((r) => !r.rejectedFor);
const rejected = rows.filter((r) => r.rejectedFor);
const acceptedInWeek = accepted.filter((r) => {
	const day = r.received_at.slice(0, 10);
	return day >= from && day <= to;
});

/** The result counts shown after an import, by their Arabic labels. */
async function resultCounts(page: Page): Promise<Record<string, number>> {
	const section = page.locator('section.result');
	await section.waitFor();
	const counts: Record<string, number> = {};
	for (const item of await section.locator('dl.counts > div').all()) {
		counts[(await item.locator('dt').innerText()).trim()] = readCount(
			await item.locator('dd').innerText()
		);
	}
	return counts;
}

/** The interactions card of the overview for the watched week. */
const interactionsCard = (page: Page) =>
	dashboardCard(page, 'التعاملات', `?period=custom&from=${from}&to=${to}`);

async function upload(page: Page, name: string) {
	await page.goto('/ingest');
	await page.locator('input[name="kind"][value="interactions"]').check();
	await page.locator('input[type="file"][name="file"]').setInputFiles({
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(csv, 'utf8')
	});
	await page.locator('form[action="?/ingest"] button.primary').click();
	return resultCounts(page);
}

describe('a manager imports an interaction log', () => {
	it('sees the counts, the rejected rows with their reasons, and the dashboard move', async () => {
		const { context, page } = await signedInAs(browser, app, 'manager');
		const before = await interactionsCard(page);
		await settleCharts(page);
		await screenshot(page, group, '01-dashboard-before');

		const counts = await upload(page, 'e2e-log.csv');
		expect(counts).toMatchObject({
			أُضيفت: accepted.length,
			حُدّثت: 0,
			'بلا تغيير': 0,
			رُفضت: rejected.length
		});
		const shown = await page.locator('table.rejected tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				line: tr.querySelector('td')!.textContent!.trim(),
				reasons: [...tr.querySelectorAll('li')].map((li) => li.textContent!.trim())
			}))
		);
		expect(shown.map((s) => ({ line: readCount(s.line), reasons: s.reasons }))).toEqual(
			rows.flatMap((r, i) =>
				// the line a spreadsheet shows: the header is line 1
				r.rejectedFor ? [{ line: i + 2, reasons: r.rejectedFor }] : []
			)
		);
		await screenshot(page, group, '02-ingest-result');
		await expectAccessible(page, 'the ingest result');

		const after = await interactionsCard(page);
		expect(after - before).toBe(acceptedInWeek.length);
		await settleCharts(page);
		await screenshot(page, group, '03-dashboard-after');

		// the same file again: every accepted row is already there, nothing moves
		const again = await upload(page, 'e2e-log.csv');
		expect(again).toMatchObject({
			أُضيفت: 0,
			حُدّثت: 0,
			'بلا تغيير': accepted.length,
			رُفضت: rejected.length
		});
		expect(await interactionsCard(page)).toBe(after);
		await context.close();
	}, 90_000);
});

describe('a quarterly report goes from the manager to the board', () => {
	let reportPath = '';
	const quarter = (() => {
		const [year, month] = today.split('-').map(Number) as [number, number];
		const q = Math.floor((month - 1) / 3);
		return q === 0 ? `${year - 1}-Q4` : `${year}-Q${q}`;
	})();

	it('a manager prepares the draft and issues it', async () => {
		const { context, page } = await signedInAs(browser, app, 'manager');
		await page.goto('/reports');
		// the period is chosen, not typed: the last complete quarter is preselected
		expect(await page.locator('#period').inputValue()).toBe(quarter);
		await page.locator('#period').selectOption(quarter);
		await page.locator('#lang').selectOption('ar');
		await Promise.all([
			page.waitForURL(/\/reports\/draft\?/, { timeout: 90_000 }),
			page.locator('form.prepare button').click({ timeout: 90_000 })
		]);
		await expect
			.poll(() => page.locator('.draft').innerText())
			.toContain('أداة للتقويم والتطوير لا للعقاب والتشهير');
		await screenshot(page, group, '04-report-draft');
		// issuing computes the whole report again: slow on a busy machine
		await Promise.all([
			page.waitForURL(/\/reports\/\d+$/, { timeout: 90_000 }),
			page.locator('form[action="?/issue"] button').click({ timeout: 90_000 })
		]);
		reportPath = new URL(page.url()).pathname;
		await context.close();
	}, 240_000);

	it('a board member opens the issued report and downloads its PDF', async () => {
		expect(reportPath).toMatch(/^\/reports\/\d+$/);
		const { context, page } = await signedInAs(browser, app, 'board');
		await page.goto('/reports');
		const row = page.locator('tbody tr').filter({ hasText: quarter });
		await expect.poll(() => row.count()).toBe(1);
		await screenshot(page, group, '05-board-reports');

		await Promise.all([
			page.waitForURL(reportPath),
			row.locator(`a[href="${reportPath}"]`).click()
		]);
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		await expect
			.poll(() => page.locator('h1').innerText())
			.toBe('تقرير رضا المستفيدين وجودة الخدمة');
		expect(await page.locator('header.cover').innerText()).toContain('الإصدار ١');
		expect(await page.locator('body').innerText()).not.toContain('مسودة');
		await screenshot(page, group, '06-board-report');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator(`a[href="${reportPath}/pdf"]`).click()
		]);
		const file = path.join(tempDir(), 'report.pdf');
		await download.saveAs(file);
		const pdf = readFileSync(file);
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		// the report starts a new page for each of its main sections
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
		expect(pages.length).toBeGreaterThan(1);
		expect(pdf.length).toBeGreaterThan(50_000);
		await context.close();
	}, 60_000);

	it('a board member is refused the ingest page, in their language', async () => {
		const { context, page } = await signedInAs(browser, app, 'board');
		await page.goto('/dashboard');
		expect(await page.locator('nav a[href="/ingest"]').count()).toBe(0);

		const response = await page.goto('/ingest');
		expect(response?.status()).toBe(403);
		expect(await page.locator('html').getAttribute('lang')).toBe('ar');
		expect(await page.locator('h1').innerText()).toBe('غير مسموح');
		await screenshot(page, group, '07-board-ingest-403-ar');
		await expectAccessible(page, 'the 403 page (ar)');

		await page.goto('/');
		await switchLanguage(page, 'en');
		const english = await page.goto('/ingest');
		expect(english?.status()).toBe(403);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('h1').innerText()).toBe('Not allowed');
		await screenshot(page, group, '08-board-ingest-403-en');
		await expectAccessible(page, 'the 403 page (en)');
		await context.close();
	}, 60_000);
});
