// SQL- and script-injection strings in every free-text field and filter — ingested service, branch,
// team and comment values, improvement-action title, description and team, user names, the board
// meeting number of a report, the comment search, a survey's title and the public survey's
// comments — are stored and shown as text: the pages escape
// them, and every table is intact afterwards.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { tableCounts } from '../src/lib/server/backup';
import { signIn } from '../scripts/load-run';
import { startServer, type RunningServer } from './helpers/server';
import { setUpStoreFile } from './helpers/setup-store';
import { removeTempDirs, tempDir } from './helpers/temp';

const password = 'inject-admin-password';
const databasePath = path.join(tempDir(), 'inject.duckdb');
let server: RunningServer;
let cookie: string;

const sqlText = "x'); DROP TABLE interaction; --";
const script = '<script>alert("x")</script>';
const image = '<img src=x onerror=alert(1)>';
const payloads = { sqlText, script, image };
/** How Svelte writes them in a page: < and & escaped, the rest as is. */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function csvField(value: string): string {
	return `"${value.replace(/"/g, '""')}"`;
}

const today = new Date();
const day = (back: number) =>
	new Date(today.getTime() - back * 86_400_000).toISOString().slice(0, 10);

async function postForm(
	pathname: string,
	fields: Record<string, string> | FormData,
	expected = 'success'
) {
	const response = await fetch(`${server.url}${pathname}`, {
		method: 'POST',
		headers: { origin: server.url, cookie, accept: 'application/json' },
		body: fields instanceof FormData ? fields : new URLSearchParams(fields)
	});
	const body = (await response.json()) as { type: string; status?: number };
	expect(body.type, `${pathname}: ${JSON.stringify(body)}`).toBe(expected);
	return body;
}

async function page(pathname: string): Promise<string> {
	const response = await fetch(`${server.url}${pathname}`, { headers: { cookie } });
	expect(response.status, pathname).toBe(200);
	return response.text();
}

/** …and in an attribute value (a form field): the double quote escaped too. */
const escapedAttribute = (s: string) => escaped(s).replace(/"/g, '&quot;');

function expectShownAsText(html: string, value: string, where: string) {
	const shown = html.includes(escaped(value)) || html.includes(escapedAttribute(value));
	expect(shown, `${where} shows ${value} escaped`).toBe(true);
	if (value.includes('<')) expect(html, `${where} has no raw ${value}`).not.toContain(value);
}

beforeAll(async () => {
	await setUpStoreFile(databasePath, { email: 'admin@example.sa', password });
	server = await startServer({ DATABASE_PATH: databasePath, TAHSEEN_DEMO: '0' });
	cookie = await signIn(server.url, 'admin@example.sa', password);
	await postForm('/admin/settings?/save', {
		nameAr: 'جمعية',
		nameEn: 'Association',
		timeZone: 'Asia/Riyadh',
		reviewWindowDays: '14',
		windowCounting: 'calendar',
		minGroupSize: '1',
		defaultLocale: 'ar'
	});
}, 60_000);
afterAll(async () => {
	await server?.stop();
	removeTempDirs();
});

describe('injection strings are stored and shown as text', () => {
	it('in ingested service, branch, team and comment values', async () => {
		const interactions = [
			'id,channel,type,received_at,decided_at,decision,service,branch,team',
			...Object.values(payloads).flatMap((value, k) =>
				Array.from({ length: 6 }, (_, i) =>
					[
						`INJ-${k}-${i}`,
						'phone',
						'support_request',
						`${day(10 + i)} 09:00`,
						`${day(5 + i)} 09:00`,
						'approved',
						csvField(value),
						csvField(value),
						csvField(value)
					].join(',')
				)
			)
		].join('\n');
		const upload = new FormData();
		upload.set('kind', 'interactions');
		upload.set('file', new Blob([interactions]), 'inject.csv');
		await postForm('/ingest?/ingest', upload);

		const responses = [
			'id,submitted_at,channel,interaction_id,csat,comment',
			...Object.values(payloads).map((value, k) =>
				[`R-${k}`, `${day(4)} 10:00`, 'phone', `INJ-${k}-0`, '2', csvField(value)].join(',')
			)
		].join('\n');
		const answers = new FormData();
		answers.set('kind', 'responses');
		answers.set('file', new Blob([responses]), 'answers.csv');
		await postForm('/ingest?/ingest', answers);

		const filter = `?period=custom&from=${day(40)}&to=${day(0)}`;
		for (const [pathname, values] of [
			[`/dashboard/services${filter}`, Object.values(payloads)],
			[`/dashboard/branches${filter}`, Object.values(payloads)],
			[`/dashboard/teams${filter}`, Object.values(payloads)],
			[`/dashboard/comments${filter}`, Object.values(payloads)],
			[`/dashboard/turnaround${filter}`, []]
		] as const) {
			const html = await page(pathname);
			for (const value of values) expectShownAsText(html, value, pathname);
		}
	});

	it('in improvement actions, user names, a report meeting number and the comment search', async () => {
		await postForm('/dashboard/actions?/create', {
			findingKind: 'service',
			findingValue: sqlText,
			title: `${script} ${sqlText}`,
			description: image,
			team: sqlText,
			status: 'open'
		});
		const actions = await page('/dashboard/actions');
		for (const value of [`${script} ${sqlText}`, image, sqlText])
			expectShownAsText(actions, value, 'actions');

		await postForm('/admin/users?/create', {
			email: 'inject@example.sa',
			displayName: `${image}${sqlText}`,
			role: 'manager',
			password: 'inject-password-1'
		});
		expectShownAsText(await page('/admin/users'), `${image}${sqlText}`, 'users');

		await postForm('/reports/draft?/issue', { period: day(0).slice(0, 7), lang: 'ar' }, 'redirect');
		const reports = await page('/reports');
		const id = /name="id" value="(\d+)"/.exec(reports)![1]!;
		await postForm('/reports?/meeting', {
			id,
			meetingNumber: `${script.slice(0, 30)}`,
			meetingDate: day(1)
		});
		expectShownAsText(await page('/reports'), script.slice(0, 30), 'reports');

		const search = await page(`/dashboard/comments?q=${encodeURIComponent(script)}`);
		expect(search).not.toContain(script);
		expect(search).toContain(escapedAttribute(script));
	});

	it('in a survey title and in survey answers sent by the public (comments, shown to staff)', async () => {
		const created = await fetch(`${server.url}/surveys?/create`, {
			method: 'POST',
			headers: { origin: server.url, cookie, accept: 'text/html' },
			body: new URLSearchParams({ slug: 'inject', title_ar: script, title_en: image }),
			redirect: 'manual'
		});
		expect(created.status).toBe(303);
		const id = /\/surveys\/(\d+)/.exec(created.headers.get('location') ?? '')?.[1];
		expect(id).toBeTruthy();
		await postForm(`/surveys/${id}?/publish`, { version: '1' });
		const survey = await fetch(`${server.url}/s/inject`);
		expect(survey.status).toBe(200);
		const form = await survey.text();
		expectShownAsText(form, script, 'the public survey');
		const sid = /name="sid" value="([0-9a-f-]{36})"/.exec(form)?.[1];
		const version = /name="v" value="(\d+)"/.exec(form)?.[1];
		for (const [k, value] of Object.values(payloads).entries()) {
			const answer = await fetch(`${server.url}/s/inject?c=phone`, {
				method: 'POST',
				headers: { origin: server.url, accept: 'text/html' },
				body: new URLSearchParams({
					sid: k === 0 && sid ? sid : crypto.randomUUID(),
					v: version ?? '1',
					lang: 'ar',
					channel: 'phone',
					q_csat: '3',
					q_comment: value,
					website: ''
				}),
				redirect: 'manual'
			});
			expect(answer.status, value).toBe(303);
		}
		const comments = await page(`/dashboard/comments?period=this-month`);
		for (const value of Object.values(payloads)) expectShownAsText(comments, value, 'comments');
	});

	it('leaves every table intact', async () => {
		await server.stop();
		const store = await Store.open(databasePath);
		try {
			const counts = await tableCounts(store);
			expect(counts.interaction).toBe(18);
			// three ingested answers and three sent through the public survey
			expect(counts.response).toBe(6);
			expect(counts.improvement_action).toBe(1);
			expect(counts.app_user).toBe(2);
			expect(counts.report_snapshot).toBe(1);
			const stored = await store.all<{ service: string }>(
				'select distinct service from interaction order by service'
			);
			expect(stored.map((r) => r.service).sort()).toEqual(Object.values(payloads).sort());
		} finally {
			store.close();
		}
		server = await startServer({ DATABASE_PATH: databasePath });
	});
});
