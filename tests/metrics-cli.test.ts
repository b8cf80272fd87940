// npm run metrics on a temporary database: one JSON object with --json, a table otherwise, and
// one-line errors with a non-zero exit code.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRows, riyadh } from './helpers/metrics-store';
import { root } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';
import { Store } from '../src/lib/server/db';
import { migrate } from '../src/lib/server/migrate';
import { createOrganisation } from '../src/lib/server/organisation';

let databasePath: string;

function metrics(...args: string[]) {
	const result = spawnSync(
		path.join(root, 'node_modules', '.bin', 'tsx'),
		['scripts/metrics.ts', ...args],
		{ cwd: root, env: { ...process.env, DATABASE_PATH: databasePath }, encoding: 'utf8' }
	);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
	databasePath = path.join(tempDir('tahseen-metrics-cli-'), 'cli.duckdb');
	const store = await Store.open(databasePath);
	await migrate(store);
	await createOrganisation(store, { nameAr: 'جمعية', nameEn: 'Association' });
	await store.run('update organisation set min_group_size = 1');
	await addRows(
		store,
		[
			{ id: 'a', channel: 'phone', type: 'inquiry', receivedAt: riyadh('2026-05-03T10:00:00') },
			{
				id: 'b',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-05-04T10:00:00'),
				decidedAt: riyadh('2026-05-06T10:00:00')
			},
			{ id: 'c', channel: 'letter', type: 'complaint', receivedAt: riyadh('2026-05-05T10:00:00') }
		],
		[
			{
				id: 'r',
				submittedAt: riyadh('2026-05-06T11:00:00'),
				channel: 'phone',
				interactionId: 'a',
				csat: 4,
				nps: 6
			}
		]
	);
	store.close();
}, 60_000);
afterAll(() => removeTempDirs());

describe('npm run metrics', () => {
	it('prints exactly one JSON object with --json', () => {
		const out = metrics('--from', '2026-05-01', '--to', '2026-05-31', '--json');
		expect(out.status).toBe(0);
		expect(out.stdout.trim().split('\n')).toHaveLength(1);
		const m = JSON.parse(out.stdout);
		expect(Object.keys(m)).toEqual([
			'period',
			'interactions_total',
			'by_channel',
			'csat',
			'nps',
			'ces',
			'turnaround',
			'response_rate'
		]);
		expect(m.period).toEqual({
			from: '2026-05-01',
			to: '2026-05-31',
			zone: 'Asia/Riyadh',
			review_window_days: 14
		});
		expect(m.interactions_total).toBe(3);
		expect(m.by_channel).toMatchObject({ phone: 2, letter: 1, website: 0 });
		expect(Object.keys(m.by_channel)).toHaveLength(10);
		expect(m.csat).toMatchObject({ n: 1, percent: 100, mean: 4 });
		// adjusted Wald for 1 detractor of 1: n' = 4, P' = 0.75/4, D' = 1.75/4, centre −1/4,
		// variance (2.5/4 − 1/16)/4 = 0.140625, sd 0.375: −25 ± 1.959964 × 37.5
		expect(m.nps).toEqual({
			n: 1,
			score: -100,
			ci_low: expect.closeTo(-25 - 1.959964 * 37.5, 9),
			ci_high: expect.closeTo(-25 + 1.959964 * 37.5, 9)
		});
		expect(m.ces).toEqual({ n: 0, mean: null });
		expect(m.turnaround).toEqual({
			n_decided: 1,
			median_days: 2,
			p90_days: 2,
			within_window_pct: 100,
			overdue_open: 0
		});
		expect(m.response_rate).toMatchObject({ phone: 0.5, letter: 0, website: null });
	});

	it('filters by channel', () => {
		const m = JSON.parse(
			metrics('--from', '2026-05-01', '--to', '2026-05-31', '--channel', 'letter', '--json').stdout
		);
		expect(m.interactions_total).toBe(1);
		expect(m.by_channel).toEqual({ letter: 1 });
		expect(m.csat.n).toBe(0);
	});

	it('prints a table in Arabic by default and in English with --lang en', () => {
		const ar = metrics('--from', '2026-05-01', '--to', '2026-05-31');
		expect(ar.status).toBe(0);
		expect(ar.stdout).toContain('التعاملات: 3');
		expect(ar.stdout).toContain('الاتصالات الهاتفية');
		expect(ar.stdout).toContain('نسبة الرضا (CSAT): 100%');
		const en = metrics('--from', '2026-05-01', '--to', '2026-05-31', '--lang', 'en');
		expect(en.stdout).toContain('Interactions: 3');
		expect(en.stdout).toContain('Median (Kaplan–Meier, open requests counted): 2 days');
		expect(en.stdout).toContain('Median of decided requests: 2 days');
		expect(en.stdout).toContain('Within the window: 100% (1 of 1 whose window has closed)');
		expect(en.stdout).toContain('Still within their window: 0');
		expect(en.stdout).toContain('Turnaround of support requests (as of 1 Jun 2026, 00:00):');
		expect(ar.stdout).toContain('الوسيط (تقدير كابلان–ماير مع احتساب الطلبات المفتوحة)');
		expect(ar.stdout).toContain('وسيط الطلبات التي بُتّ فيها');
	});

	it.each([
		[['--from', '2026-05-31', '--to', '2026-05-01', '--lang', 'en'], /must not be after/],
		[['--from', '2026-02-30', '--to', '2026-05-01', '--lang', 'en'], /YYYY-MM-DD/],
		[
			['--from', '2026-05-01', '--to', '2026-05-31', '--channel', 'fax', '--lang', 'en'],
			/Unknown channel "fax"/
		],
		[['--from', '2026-05-01'], /--from and --to are required/],
		[['--from', '2026-05-01', '--to', '2026-05-31', '--lang', 'fr'], /--lang takes ar or en/]
	])('fails with one line for %j', (args, message) => {
		const out = metrics(...args);
		expect(out.status).not.toBe(0);
		expect(out.stdout).toBe('');
		const lines = out.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^error: /);
		expect(lines[0]).toMatch(message);
	});
});
