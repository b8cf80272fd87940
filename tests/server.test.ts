// The built server: first start creates the demo organisation and one admin, a second start reuses
// them, and command-line tools refuse clearly while the server holds the database file.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { root, startServer, type RunningServer } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

const databasePath = path.join(tempDir(), 'tahseen.duckdb');
const env = { DATABASE_PATH: databasePath };
let first: RunningServer;
let firstOutput = '';

beforeAll(async () => {
	first = await startServer(env);
});

afterAll(async () => {
	await first?.stop();
	removeTempDirs();
});

function postForm(pathname: string, fields: Record<string, string>) {
	return fetch(`${first.url}${pathname}`, {
		method: 'POST',
		body: new URLSearchParams(fields),
		headers: { origin: first.url, accept: 'text/html' },
		redirect: 'manual'
	});
}

describe('the built server', () => {
	it('answers / with 200 and the organisation name, in Arabic and right to left', async () => {
		const response = await fetch(`${first.url}/`);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('<html lang="ar" dir="rtl">');
		expect(html).toContain('جمعية الوفاء الأهلية بحائل');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('switches to English through a plain form post', async () => {
		const switched = await postForm('/preferences', { lang: 'en', to: '/' });
		expect(switched.status).toBe(303);
		expect(switched.headers.get('location')).toBe('/');
		const cookie = switched.headers.get('set-cookie')!.split(';')[0]!;
		const html = await (await fetch(`${first.url}/`, { headers: { cookie } })).text();
		expect(html).toContain('<html lang="en" dir="ltr">');
		expect(html).toContain('Al-Wafa Community Association, Hail');
	});

	it('never redirects the language switch to another site', async () => {
		const switched = await postForm('/preferences', { lang: 'en', to: '//evil.example' });
		expect(switched.headers.get('location')).toBe('/');
	});

	it('shows live figures to someone who signs in with the printed password', async () => {
		const anonymous = await (await fetch(`${first.url}/`)).text();
		expect(anonymous).not.toContain('إجابات الاستبيان');
		const password = /with password ([a-z2-7]{20})/.exec(first.output())![1]!;
		const signedIn = await postForm('/login', { email: 'admin@demo.tahseen.sa', password });
		expect(signedIn.status).toBe(303);
		const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
		const html = await (await fetch(`${first.url}/`, { headers: { cookie } })).text();
		expect(html).toContain('التعاملات');
		expect(html).toContain('إجابات الاستبيان');
	});

	it('reports health', async () => {
		const response = await fetch(`${first.url}/health`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok' });
	});

	it('printed the demo sign-in details on the first start', () => {
		firstOutput = first.output();
		expect(firstOutput).toMatch(/loaded the demo organisation: [\d,]+ interactions/);
		expect(firstOutput).toMatch(/as admin@demo\.tahseen\.sa with password [a-z2-7]{20}/);
	});

	it('makes command-line tools stop with a clear message while it holds the file', () => {
		const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], {
			cwd: root,
			env: { ...process.env, ...env },
			encoding: 'utf8'
		});
		expect(result.status).toBe(75);
		expect(result.stderr).toContain(`in use by process ${first.pid}`);
		expect(result.stderr).toContain('Stop that process');
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('keeps the data and creates no second admin on a second start', async () => {
		await first.stop();
		const second = await startServer(env);
		try {
			expect(second.output()).not.toMatch(/password/i);
			expect(second.output()).not.toMatch(/loaded the demo organisation/);
			expect((await fetch(`${second.url}/`)).status).toBe(200);
		} finally {
			await second.stop();
		}
		const store = await Store.open(databasePath);
		const row = await store.one<{ admins: number; interactions: number; organisations: number }>(
			`select (select count(*) from app_user where role = 'admin') as admins,
				(select count(*) from interaction) as interactions,
				(select count(*) from organisation) as organisations`
		);
		store.close();
		expect(row).toMatchObject({ admins: 1, organisations: 1 });
		expect(row!.interactions).toBeGreaterThanOrEqual(50_000);
	});
});
