// The import page's file chooser speaks the page's language (issue 24): a styled label over the
// real <input type=file>, which stays in the form (hidden, but focusable) so the post works with
// and without JavaScript. In Arabic and English: the visible text is the page's, choosing a file
// shows its name, the keyboard reaches the chooser with a visible focus ring, and axe is clean.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestMessages } from '../src/lib/i18n/ingest-messages';
import {
	expectAccessible,
	launchBrowser,
	newVisitor,
	screenshot,
	signIn,
	signedInAs,
	startE2eApp,
	type E2eApp
} from './helpers/browser';
import { removeTempDirs } from './helpers/temp';

const group = 'file-chooser';
let app: E2eApp;
let browser: Browser;

beforeAll(async () => {
	[app, browser] = await Promise.all([startE2eApp('chooser'), launchBrowser()]);
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await app?.server.stop();
	removeTempDirs();
});

const csv = 'id,channel,type,received_at\r\nFC-1,phone,inquiry,2026-01-05 10:00\r\n';
const file = { name: 'سجل-يناير.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };

describe.each(['ar', 'en'] as const)('the file chooser in %s', (lang) => {
	const t = ingestMessages(lang);

	it('is a label in the page language that shows the chosen file, reachable by keyboard', async () => {
		const { context, page } = await signedInAs(browser, app, 'manager', { lang });
		await page.goto('/ingest', { waitUntil: 'networkidle' });
		const drop = page.locator('form[action="?/ingest"] label.drop');
		const input = drop.locator('input[type="file"][name="file"]');

		// what shows is the page's own words; the native control (the browser's words) is hidden
		await expect.poll(() => drop.locator('.choose').innerText()).toBe(t.chooseFile);
		expect(await drop.locator('.none').innerText()).toBe(t.noFileChosen);
		expect(await drop.locator('.some').isVisible()).toBe(false);
		const box = await input.boundingBox();
		expect(box!.width).toBeLessThanOrEqual(1);
		expect(box!.height).toBeLessThanOrEqual(1);
		await screenshot(page, group, `${lang}-none`);
		await expectAccessible(page, `the import page's file chooser (${lang})`);

		// the keyboard: from the kind of data, Tab reaches the file input; its label shows the ring
		await page.locator('input[name="kind"][value="interactions"]').focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
			'file'
		);
		expect(await drop.locator('.choose').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe(
			'solid'
		);
		await screenshot(page, group, `${lang}-focus`);

		await input.setInputFiles(file);
		await expect.poll(() => drop.locator('.chosen').innerText()).toBe(file.name);
		expect(await drop.locator('.none').count()).toBe(0);
		await screenshot(page, group, `${lang}-chosen`);
		await expectAccessible(page, `the import page with a file chosen (${lang})`);
		await context.close();
	});

	it('works without JavaScript: says a file is chosen, and the form posts it', async () => {
		const { context, page } = await newVisitor(browser, app, { lang });
		await signIn(page, app, 'manager');
		const noScript = await browser.newContext({
			baseURL: app.url,
			javaScriptEnabled: false,
			storageState: await context.storageState()
		});
		await context.close();
		const plain = await noScript.newPage();
		await plain.goto('/ingest');
		const drop = plain.locator('form[action="?/ingest"] label.drop');
		expect(await drop.locator('.choose').innerText()).toBe(t.chooseFile);
		expect(await drop.locator('.none').isVisible()).toBe(true);

		await drop.locator('input[type="file"]').setInputFiles(file);
		expect(await drop.locator('.none').isVisible()).toBe(false);
		expect(await drop.locator('.some').innerText()).toBe(t.fileChosen);

		await Promise.all([
			plain.waitForURL(() => true, { waitUntil: 'load' }),
			plain.locator('form[action="?/ingest"] button.primary').click()
		]);
		await plain.locator('section.result').waitFor();
		expect(await plain.locator('section.result').innerText()).toContain(t.inserted);
		await noScript.close();
	});
});
