// The public survey in a real browser (Debian's Chromium through playwright-core): with
// JavaScript the answers are checked before sending (same schema, same words as the server),
// sent without leaving the page, kept through a reload or a lost connection; with and without
// JavaScript the pages pass axe's WCAG 2.2 AA checks, on a phone-sized screen, without layout
// shift or horizontal scrolling.
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../src/lib/server/reports/pdf';
import { startServer, type RunningServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
	server = await startServer({
		DATABASE_PATH: path.join(tempDir(), 'browser.duckdb'),
		TAHSEEN_SURVEY_RATE_LIMIT: '0'
	});
	browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	removeTempDirs();
});

/**
 * A phone-sized page. `script: false` blocks the survey's script, so the page works as it does
 * without JavaScript (axe itself still needs JavaScript to run).
 */
async function phone(script = true): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	context.setDefaultTimeout(15_000);
	if (!script) await context.route('**/_app/immutable/workers/*.js', (route) => route.abort());
	return context.newPage();
}

async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
	// no horizontal scrolling on a 360 px wide phone
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

describe('with JavaScript', () => {
	it('checks the answers before sending, in the page language, and sends nothing invalid', async () => {
		const page = await phone();
		const posts: string[] = [];
		page.on('request', (r) => {
			if (r.method() === 'POST') posts.push(r.url());
		});
		await page.goto(`${server.url}/s/satisfaction?c=phone&b=hail&lang=en`);
		await page.getByRole('button', { name: 'Send' }).click();
		await expect
			.poll(() => page.locator('#e-q_csat').textContent())
			.toBe('Please answer this question.');
		expect(await page.locator('#survey-summary').isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('survey-summary');
		expect(posts).toEqual([]);
		await expectAccessible(page);
		await page.context().close();
	});

	it('sends a valid answer and shows the thank-you page only once it is stored', async () => {
		const page = await phone();
		await page.goto(`${server.url}/s/satisfaction?c=phone&b=hail`);
		await page.getByRole('radio', { name: '٥ راضٍ جدًا' }).check();
		await page.locator('#i-q_comment').fill('خدمة ممتازة');
		const [reply] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: 'إرسال' }).click()
		]);
		// sent by the script (a form action answering in JSON), not by a page navigation
		expect(reply.request().headers()['x-sveltekit-action']).toBe('true');
		expect(reply.status()).toBe(200);
		await page.waitForURL('**/s/satisfaction/thanks');
		expect(await page.locator('h1').textContent()).toBe('شكرًا لك');
		await expectAccessible(page);
		await page.context().close();
	});

	it('keeps the answers (and the submission id) through a reload and a lost connection', async () => {
		const page = await phone();
		await page.goto(`${server.url}/s/satisfaction?c=phone&b=hail&lang=en`);
		const sid = await page.locator('input[name=sid]').inputValue();
		await page.getByRole('radio', { name: '2 Dissatisfied' }).check();
		await page.locator('#i-q_comment').fill('The queue was long');
		await page.reload();
		expect(await page.locator('input[name=sid]').inputValue()).toBe(sid);
		expect(await page.locator('input[name=q_csat][value="2"]').isChecked()).toBe(true);
		expect(await page.locator('#i-q_comment').inputValue()).toBe('The queue was long');

		await page.route('**/s/satisfaction*', (route) =>
			route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()
		);
		await page.getByRole('button', { name: 'Send' }).click();
		await expect
			.poll(() => page.locator('#survey-status').textContent())
			.toContain('Your answers have not been sent yet');
		expect(await page.getByRole('button', { name: 'Send' }).isEnabled()).toBe(true);
		expect(await page.locator('#i-q_comment').inputValue()).toBe('The queue was long');

		await page.unroute('**/s/satisfaction*');
		await page.getByRole('button', { name: 'Send' }).click();
		await page.waitForURL('**/s/satisfaction/thanks?lang=en');
		// the draft is gone once the answer is stored
		await page.goto(`${server.url}/s/satisfaction?c=phone&b=hail&lang=en`);
		expect(await page.locator('input[name=sid]').inputValue()).not.toBe(sid);
		expect(await page.locator('#i-q_comment').inputValue()).toBe('');
		await page.context().close();
	});

	it('does not shift the layout while loading', async () => {
		const page = await phone();
		await page.goto(`${server.url}/s/satisfaction?lang=en`);
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & {
							value: number;
							hadRecentInput: boolean;
						})[]) {
							if (!entry.hadRecentInput) total += entry.value;
						}
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(total), 500);
				})
		);
		expect(shift).toBeLessThan(0.01);
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	it('answers with a plain form post and explains errors, accessibly, in both languages', async () => {
		const page = await phone(false);
		const posts: string[] = [];
		page.on('request', (r) => {
			if (r.method() === 'POST') posts.push(r.headers()['content-type'] ?? '');
		});
		for (const lang of ['ar', 'en'] as const) {
			await page.goto(`${server.url}/s/satisfaction?lang=${lang}`);
			await expectAccessible(page);
			// the browser's own check stops an empty required answer; the server explains the rest
			await page.locator('input[name=q_csat][value="3"]').check();
			await page
				.locator('input[name=q_nps]')
				.first()
				.evaluate((el) => {
					(el as HTMLInputElement).value = '12';
					(el as HTMLInputElement).checked = true;
				});
			await page.locator('button.send').click();
			await page.waitForLoadState();
			expect(await page.locator('#e-q_nps').textContent()).toBe(
				lang === 'ar' ? 'يرجى اختيار رقم من ٠ إلى ١٠.' : 'Please choose a number from 0 to 10.'
			);
			expect(await page.locator('input[name=q_csat][value="3"]').isChecked()).toBe(true);
			await expectAccessible(page);
		}
		await page.locator('input[name=q_nps][value="10"]').check();
		await page.locator('button.send').click();
		await page.waitForURL('**/s/satisfaction/thanks?lang=en');
		expect(await page.locator('h1').textContent()).toBe('Thank you');
		// plain form posts (the browser's own), not the script's
		expect(posts).toEqual(Array(3).fill('application/x-www-form-urlencoded'));
		await page.context().close();
	});
});
