// A kiosk at reception in real Chromium (1024×768, a tablet): a manager adds it on the survey's
// links page; two people answer one after the other and the second sees nothing of the first (not
// after the thank-you screen, not with Back); a started form left alone is emptied after the
// device's idle time with a countdown (Playwright's clock, no waiting); axe (WCAG 2.2 A/AA) on the
// form, the thank-you and the PIN screens in Arabic and English. Saves docs/screenshots/kiosk.png.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	expectAccessible,
	fillSurvey,
	launchBrowser,
	newVisitor,
	screenshot,
	signedInAs,
	startE2eApp,
	type E2eApp
} from './helpers/browser';
import { root } from './helpers/server';
import { removeTempDirs } from './helpers/temp';

const group = 'kiosk';
const tablet = { width: 1024, height: 768 };
let app: E2eApp;
let browser: Browser;
let kioskPath = '';

beforeAll(async () => {
	[app, browser] = await Promise.all([startE2eApp('kiosk'), launchBrowser()]);
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await app?.server.stop();
	removeTempDirs();
});

/** Opens the kiosk on a tablet, with Playwright's clock in charge of the page's timers. */
async function openKiosk(query = '') {
	const visitor = await newVisitor(browser, app, { viewport: tablet });
	await visitor.page.clock.install();
	const response = await visitor.page.goto(`${kioskPath}${query}`);
	expect(response?.status()).toBe(200);
	return visitor;
}

/** What the form shows: its checked radios, its text and its submission id. */
async function formState(page: Page) {
	return {
		checked: await page.locator('form input[type="radio"]:checked').count(),
		comment: await page.locator('[name="q_comment"]').inputValue(),
		sid: await page.locator('input[name="sid"]').inputValue()
	};
}

async function submitAndThank(page: Page) {
	await Promise.all([
		page.waitForURL((url) => url.pathname === `${kioskPath}/thanks`),
		page.locator('form button[type="submit"]').click()
	]);
}

describe('a kiosk at reception', () => {
	it('is added by a manager on the links page, its link shown once', async () => {
		const { context, page } = await signedInAs(browser, app, 'manager');
		await page.goto('/surveys/1/links');
		await page.locator('#device-kind').selectOption('kiosk');
		await page.locator('#device-name').fill('جهاز الاستقبال - المقر');
		await page.locator('#device-channel').selectOption('in_person');
		await page.locator('#device-branch').selectOption('hail');
		await page.locator('#device-idle').fill('15');
		await page.locator('#device-pin').fill('4815');
		await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.locator('form[action^="?/addDevice"] button').click()
		]);
		const link = await page.locator('#device-created input').inputValue();
		expect(link).toMatch(/\/k\/[a-z2-7]{32}$/);
		kioskPath = new URL(link).pathname;
		await expect.poll(() => page.locator('#device-created img').count()).toBe(1);
		await expectAccessible(page, 'the links page with a new device (ar)');
		await screenshot(page, group, '00-links-device');
		await page.goto('/surveys/1/links');
		expect(await page.content()).not.toContain(kioskPath);
		await context.close();
	}, 60_000);

	it('shows nothing of one person to the next, after the thank-you screen or with Back', async () => {
		const { context, page } = await openKiosk();
		expect(await page.locator('html').getAttribute('lang')).toBe('ar');
		expect(await page.locator('form.survey').getAttribute('autocomplete')).toBe('off');
		expect(await page.locator('header nav, a[href="/dashboard"]').count()).toBe(0);
		mkdirSync(path.join(root, 'docs', 'screenshots'), { recursive: true });
		await page.screenshot({ path: path.join(root, 'docs', 'screenshots', 'kiosk.png') });
		await expectAccessible(page, 'the kiosk form (ar)');

		const first = await formState(page);
		await fillSurvey(page, {
			scales: { csat: 5, nps: 10, ces: 7 },
			text: { comment: 'ملاحظة الشخص الأول السرية' }
		});
		await submitAndThank(page);
		expect(await page.locator('h1').innerText()).toBe('شكرًا لك');
		await expectAccessible(page, 'the kiosk thank-you screen (ar)');
		await screenshot(page, group, '01-thanks');
		// the thank-you screen counts down, then a fresh form replaces it
		await page.clock.runFor(2_000);
		await expect.poll(() => page.locator('#kiosk-countdown').innerText()).toMatch(/ثوانٍ|ثانية/);
		await Promise.all([
			page.waitForURL((url) => url.pathname === kioskPath),
			page.clock.runFor(4_000)
		]);
		const second = await formState(page);
		expect(second).toMatchObject({ checked: 0, comment: '' });
		expect(second.sid).not.toBe(first.sid);

		await fillSurvey(page, {
			scales: { csat: 2, nps: 3, ces: 2 },
			text: { comment: 'ملاحظة الشخص الثاني' }
		});
		await submitAndThank(page);
		await Promise.all([
			page.waitForURL((url) => url.pathname === kioskPath),
			page.clock.runFor(6_000)
		]);
		expect(await formState(page)).toMatchObject({ checked: 0, comment: '' });
		const entries = await page.evaluate(() => window.history.length);
		// Back leads to nothing anyone typed: every step replaced the page in history
		await page.goBack().catch(() => null);
		const html = await page.content();
		expect(html).not.toContain('الشخص الأول');
		expect(html).not.toContain('الشخص الثاني');
		expect(await page.locator('form input[type="radio"]:checked').count()).toBe(0);
		expect(entries).toBeLessThanOrEqual(2);
		await context.close();
	}, 90_000);

	it('empties a started form after the idle time, with a countdown in its last seconds', async () => {
		const { context, page } = await openKiosk();
		const shown = await formState(page);
		await page.locator('[name="q_comment"]').fill('تركها دون إرسال');
		await page.clock.runFor(4_000);
		expect(await page.locator('#kiosk-countdown').isVisible()).toBe(false);
		await page.clock.runFor(2_000);
		await expect.poll(() => page.locator('#kiosk-countdown').isVisible()).toBe(true);
		expect(await page.locator('#kiosk-countdown').innerText()).toContain('المس الشاشة');
		await screenshot(page, group, '02-idle-countdown');
		await expectAccessible(page, 'the kiosk form counting down (ar)');
		// the same address, loaded again: a fresh form
		await Promise.all([page.waitForEvent('load'), page.clock.runFor(10_000)]);
		const after = await formState(page);
		expect(after).toMatchObject({ checked: 0, comment: '' });
		expect(after.sid).not.toBe(shown.sid);
		expect(await page.locator('#kiosk-countdown').isVisible()).toBe(false);

		// a refused answer is shown again to the same person, and emptied after the idle time
		await page.locator('[name="q_comment"]').fill('دون تقييم');
		await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST' && r.status() === 400),
			page.locator('form button[type="submit"]').click()
		]);
		await page.waitForLoadState('load');
		await expect.poll(() => page.locator('[name="q_comment"]').inputValue()).toBe('دون تقييم');
		await Promise.all([page.waitForEvent('load'), page.clock.runFor(16_000)]);
		expect(await page.locator('[name="q_comment"]').inputValue()).toBe('');
		await context.close();
	}, 90_000);

	it('asks staff for the PIN, refuses a wrong one and shows the staff screen', async () => {
		const { context, page } = await openKiosk();
		await page.locator('a', { hasText: 'الموظفون' }).click();
		await page.waitForURL((url) => url.pathname === `${kioskPath}/staff`);
		await expectAccessible(page, 'the PIN screen (ar)');
		await page.locator('#kiosk-pin').fill('0000');
		await page.locator('form button[type="submit"]').click();
		await page.locator('#pin-error').waitFor();
		expect(await page.locator('#pin-error').innerText()).toContain('غير صحيح');
		await expectAccessible(page, 'the PIN screen with a wrong PIN (ar)');
		await page.locator('#kiosk-pin').fill('4815');
		await page.locator('form button[type="submit"]').click();
		await page.locator('h1', { hasText: 'شاشة الموظفين' }).waitFor();
		expect(await page.content()).toContain('جهاز الاستقبال - المقر');
		await expectAccessible(page, 'the staff screen (ar)');
		await screenshot(page, group, '03-staff');
		await context.close();
	}, 60_000);

	it('passes axe in English too: form, thank-you and PIN screens', async () => {
		const { context, page } = await openKiosk('?lang=en');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await expectAccessible(page, 'the kiosk form (en)');
		await fillSurvey(page, { scales: { csat: 4, nps: 8, ces: 6 } });
		await Promise.all([
			page.waitForURL((url) => url.pathname === `${kioskPath}/thanks`),
			page.locator('form button[type="submit"]').click()
		]);
		expect(await page.locator('h1').innerText()).toBe('Thank you');
		await expectAccessible(page, 'the kiosk thank-you screen (en)');
		// the next person starts in Arabic
		await Promise.all([
			page.waitForURL((url) => url.pathname === kioskPath),
			page.clock.runFor(6_000)
		]);
		expect(await page.locator('html').getAttribute('lang')).toBe('ar');
		await page.goto(`${kioskPath}/staff?lang=en`);
		await expectAccessible(page, 'the PIN screen (en)');
		await page.locator('#kiosk-pin').fill('1234');
		await page.locator('form button[type="submit"]').click();
		await page.locator('#pin-error').waitFor();
		await expectAccessible(page, 'the PIN screen with a wrong PIN (en)');
		await context.close();
	}, 60_000);
});
