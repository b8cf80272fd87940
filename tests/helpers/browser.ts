// Real-browser test harness: Debian's Chromium through playwright-core against the built server,
// one signed-in context per role, screenshots under test-results/e2e/ and axe-core scans that fail
// with a readable list of violations.
import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../src/lib/server/reports/pdf';
import { root, startServer, type RunningServer } from './server';
import { tempDir } from './temp';

export type Role = 'admin' | 'manager' | 'board';
export type Lang = 'ar' | 'en';

/** Desktop for staff and the board; phone-sized for beneficiary-facing pages. */
export const desktop = { width: 1280, height: 900 } as const;
export const phone = { width: 390, height: 844 } as const;

/** The WCAG 2.2 A/AA rule sets every scanned page must pass. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

export interface E2eApp {
	server: RunningServer;
	url: string;
	accounts: Record<Role, { email: string; password: string }>;
}

/**
 * Starts the built server on a fresh database with the demo association, and creates a manager
 * and a board member through the admin's user form (the same HTTP the page posts).
 */
export async function startE2eApp(name: string): Promise<E2eApp> {
	const accounts: E2eApp['accounts'] = {
		admin: { email: 'admin@demo.tahseen.sa', password: `e2e-admin-${name}-password` },
		manager: { email: `manager-${name}@example.sa`, password: 'manager-password-1' },
		board: { email: `board-${name}@example.sa`, password: 'board-password-1' }
	};
	const server = await startServer({
		DATABASE_PATH: path.join(tempDir(), `${name}.duckdb`),
		TAHSEEN_DEMO_ADMIN_PASSWORD: accounts.admin.password
	});
	const post = (pathname: string, fields: Record<string, string>, cookie?: string) =>
		fetch(`${server.url}${pathname}`, {
			method: 'POST',
			headers: { origin: server.url, accept: 'text/html', ...(cookie ? { cookie } : {}) },
			body: new URLSearchParams(fields),
			redirect: 'manual'
		});
	const signedIn = await post('/login', accounts.admin);
	const adminCookie = signedIn.headers.get('set-cookie')?.split(';')[0];
	if (signedIn.status !== 303 || !adminCookie) {
		throw new Error(`the admin could not sign in (${signedIn.status}):\n${server.output()}`);
	}
	for (const role of ['manager', 'board'] as const) {
		const created = await post(
			'/admin/users?/create',
			{ email: accounts[role].email, role, password: accounts[role].password },
			adminCookie
		);
		if (created.status !== 200) throw new Error(`creating the ${role} answered ${created.status}`);
	}
	return { server, url: server.url, accounts };
}

/** A fresh context (own cookies) for one visitor; `lang` sets the language preference cookie. */
export async function newVisitor(
	browser: Browser,
	app: E2eApp,
	options: { lang?: Lang; viewport?: { width: number; height: number } } & Pick<
		BrowserContextOptions,
		'javaScriptEnabled'
	> = {}
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		baseURL: app.url,
		viewport: options.viewport ?? desktop,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		acceptDownloads: true,
		locale: options.lang === 'en' ? 'en-GB' : 'ar-SA',
		timezoneId: 'Asia/Riyadh'
	});
	if (options.lang) {
		await context.addCookies([{ name: 'lang', value: options.lang, url: app.url }]);
	}
	context.setDefaultTimeout(15_000);
	context.setDefaultNavigationTimeout(30_000);
	return { context, page: await context.newPage() };
}

/** Signs in through the sign-in form and waits until the browser has left it. */
export async function signIn(page: Page, app: E2eApp, role: Role, to = '/'): Promise<void> {
	const { email, password } = app.accounts[role];
	// the page's scripts (if any) must have loaded: what is typed before hydration may be reset
	await page.goto(`/login?redirectTo=${encodeURIComponent(to)}`, { waitUntil: 'networkidle' });
	await page.locator('#email').fill(email);
	await page.locator('#password').fill(password);
	const posted = page.waitForResponse(
		(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'
	);
	await page.locator('form button[type="submit"]').click();
	if ((await posted).status() !== 303) {
		await page.waitForLoadState();
		const message = await page.locator('#sign-in-error').innerText();
		throw new Error(`${role} could not sign in: "${message}"`);
	}
	await page.waitForURL((url) => url.pathname !== '/login');
}

/** A signed-in context for a role. */
export async function signedInAs(
	browser: Browser,
	app: E2eApp,
	role: Role,
	options: Parameters<typeof newVisitor>[2] = {}
): Promise<{ context: BrowserContext; page: Page }> {
	const visitor = await newVisitor(browser, app, options);
	await signIn(visitor.page, app, role);
	return visitor;
}

/** Switches the language with the header's button (a plain form post) and waits for the page. */
export async function switchLanguage(page: Page, lang: Lang): Promise<void> {
	const button = page.locator(`form[action="/preferences"] button[name="lang"][value="${lang}"]`);
	await Promise.all([page.waitForURL(() => true, { waitUntil: 'load' }), button.click()]);
	await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

/** Saves a full-page screenshot as test-results/e2e/<group>/<name>.png and returns its path. */
export async function screenshot(page: Page, group: string, name: string): Promise<string> {
	const dir = path.join(root, 'test-results', 'e2e', group);
	mkdirSync(dir, { recursive: true });
	const file = path.join(dir, `${name}.png`);
	await page.screenshot({ path: file, fullPage: true });
	return file;
}

/**
 * Waits until the page's charts have loaded their data and replaced the server SVG with the
 * interactive canvas (JavaScript on), so a scan or screenshot sees the settled page.
 */
export async function settleCharts(page: Page): Promise<void> {
	await page.waitForFunction(() =>
		[...document.querySelectorAll('figure.chart .canvas')].every((el) => el.querySelector('canvas'))
	);
}

/**
 * axe-core skips the contrast check of text it takes for an icon-font ligature: it draws the first
 * letter alone and then the whole text, and when they differ it counts the font as an icon font;
 * after three such texts it skips every text in that font. Arabic letters change shape with their
 * neighbours, so Arabic text always "differs" and axe silently checked no Arabic text at all. The
 * app uses no icon fonts, so before each scan every font on the page is recorded as a text font:
 * the contrast rule then checks all text, as it does for Latin script.
 */
const textFontsOnly = `(() => {
	const fonts = {};
	for (const el of document.querySelectorAll('*')) {
		fonts[getComputedStyle(el).fontFamily] = { occurrences: Infinity, numLigatures: 0 };
	}
	axe._cache.set('fonts', fonts);
})();`;

/**
 * Runs axe-core with the WCAG 2.2 A/AA tags and throws a readable list of what it found. axe runs
 * inside the page, so the context must have JavaScript on (scan a no-JavaScript page's markup in a
 * context with JavaScript: the server-rendered HTML is the same).
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page, axeSource: `${axe.source}\n${textFontsOnly}` })
		.withTags(wcagTags)
		.analyze();
	if (results.violations.length === 0) return;
	const lines = results.violations.flatMap((v) => [
		`- ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.helpUrl}`,
		...v.nodes
			.slice(0, 8)
			.map(
				(node) =>
					`    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`
			),
		...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : [])
	]);
	throw new Error(
		`axe found ${results.violations.length} kind(s) of WCAG 2.2 A/AA violation on ${label} (${page.url()}):\n${lines.join('\n')}`
	);
}

/** A number as a page shows it, in Arabic-Indic or Latin digits, with any grouping separator. */
export function readCount(text: string): number {
	const latin = text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
	const digits = latin.replace(/[^0-9]/g, '');
	if (!digits) throw new Error(`not a count: ${text}`);
	return Number(digits);
}

/** The value of one dashboard overview card, found by its label, for the filter in `query`. */
export async function dashboardCard(page: Page, label: string, query = ''): Promise<number> {
	await page.goto(`/dashboard${query}`);
	const card = page
		.locator('dl.cards > .card')
		.filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
	return readCount(await card.locator('.value').innerText());
}

/** Chooses a radio button the way a person does: by its label (the input may be styled away). */
export async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
	const input = page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
	await page.locator('label').filter({ has: input }).click();
	if (!(await input.isChecked())) throw new Error(`the radio ${name}=${value} is not checked`);
}

export interface SurveyAnswers {
	/** scale answers by question key, e.g. { csat: 5, nps: 9, ces: 6 } */
	scales: Record<string, number>;
	/** text answers by question key, e.g. { comment: '…' } */
	text?: Record<string, string>;
}

/**
 * Fills the public survey on the page already open at /s/<slug>: scales by their radio buttons
 * (`q_<key>`), text in its field, and any other required radio group (e.g. a question the
 * association added) with its first choice. Works with JavaScript on or off.
 */
export async function fillSurvey(page: Page, answers: SurveyAnswers): Promise<void> {
	for (const [key, value] of Object.entries(answers.scales)) {
		await chooseRadio(page, `q_${key}`, String(value));
	}
	for (const [key, text] of Object.entries(answers.text ?? {})) {
		await page.locator(`[name="q_${key}"]`).fill(text);
	}
	const unanswered = await page
		.locator('form fieldset')
		.filter({ has: page.locator('input[type="radio"][required]') })
		.filter({ hasNot: page.locator('input[type="radio"]:checked') })
		.all();
	for (const group of unanswered) {
		await group
			.locator('label')
			.filter({ has: page.locator('input[type="radio"]') })
			.first()
			.click();
	}
}

/** Sends the survey with its submit button and resolves on the thank-you page. */
export async function submitSurvey(page: Page, slug: string): Promise<void> {
	await Promise.all([
		page.waitForURL((url) => url.pathname === `/s/${slug}/thanks`),
		page.locator('form button[type="submit"]').click()
	]);
}
