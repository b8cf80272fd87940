// A beneficiary on a phone-sized viewport answers the Arabic survey (/s/satisfaction), once with
// JavaScript and once without, and each answer appears in the dashboard counts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	dashboardCard,
	expectAccessible,
	fillSurvey,
	launchBrowser,
	newVisitor,
	phone,
	screenshot,
	signedInAs,
	startE2eApp,
	submitSurvey,
	type E2eApp
} from './helpers/browser';
import { removeTempDirs } from './helpers/temp';

const group = 'survey';
const slug = 'satisfaction';
let app: E2eApp;
let browser: Browser;

beforeAll(async () => {
	[app, browser] = await Promise.all([startE2eApp('survey'), launchBrowser()]);
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await app?.server.stop();
	removeTempDirs();
});

/** This month's survey answers as the manager's overview shows them (default period). */
async function answersThisMonth(page: Page): Promise<number> {
	return dashboardCard(page, 'إجابات الاستبيان', '?period=this-month');
}

/** Opens the survey on a phone as a beneficiary: Arabic, right to left, no sign-in. */
async function openSurvey(javaScriptEnabled: boolean) {
	const visitor = await newVisitor(browser, app, { viewport: phone, javaScriptEnabled });
	const response = await visitor.page.goto(`/s/${slug}`);
	expect(response?.status()).toBe(200);
	expect(await visitor.page.locator('html').getAttribute('lang')).toBe('ar');
	expect(await visitor.page.locator('html').getAttribute('dir')).toBe('rtl');
	// CSAT is a scale of five labelled radio buttons inside a fieldset
	expect(await visitor.page.locator('fieldset input[type="radio"][name="q_csat"]').count()).toBe(5);
	return visitor;
}

describe('a beneficiary answers the Arabic survey on a phone', () => {
	let manager: Page;
	let before = 0;

	beforeAll(async () => {
		({ page: manager } = await signedInAs(browser, app, 'manager'));
		before = await answersThisMonth(manager);
	});

	it('with JavaScript: the answer is stored and the thank-you page shows', async () => {
		const { context, page } = await openSurvey(true);
		await screenshot(page, group, '01-survey-js');
		await expectAccessible(page, 'the survey (ar, phone)');
		await fillSurvey(page, {
			scales: { csat: 5, nps: 9, ces: 6 },
			text: { comment: 'الموظفون متعاونون والخدمة سريعة' }
		});
		await screenshot(page, group, '02-filled-js');
		await submitSurvey(page, slug);
		await screenshot(page, group, '03-thanks-js');
		await expectAccessible(page, 'the thank-you page (ar, phone)');
		await context.close();
		expect(await answersThisMonth(manager)).toBe(before + 1);
	}, 60_000);

	it('without JavaScript: the plain form post stores the answer too', async () => {
		const { context, page } = await openSurvey(false);
		await screenshot(page, group, '04-survey-no-js');
		await fillSurvey(page, { scales: { csat: 2, nps: 4, ces: 3 } });
		await screenshot(page, group, '05-filled-no-js');
		await submitSurvey(page, slug);
		await screenshot(page, group, '06-thanks-no-js');
		await context.close();
		expect(await answersThisMonth(manager)).toBe(before + 2);
	}, 60_000);
});
