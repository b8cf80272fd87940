// A real deployment's first steps on an empty store: npm run setup creates the organisation and its
// first admin without the demo; ingest refuses until it exists; metrics then answer.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { root } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

afterAll(() => removeTempDirs());

function run(script: string, args: string[], databasePath: string, password = 'a long password') {
	const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
		cwd: root,
		env: { ...process.env, DATABASE_PATH: databasePath, TAHSEEN_PASSWORD: password, DEBUG: '' },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe']
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const setupArgs = [
	'--name-ar',
	'جمعية البر',
	'--name-en',
	'Al-Birr Association',
	'--zone',
	'Asia/Dubai',
	'--window',
	'10',
	'--working-week',
	'sun-thu',
	'--admin-email',
	'Admin@Birr.example',
	'--admin-name',
	'مدير النظام'
];

async function read<T>(databasePath: string, query: string): Promise<T[]> {
	const store = await Store.open(databasePath);
	try {
		return (await store.all(query)) as T[];
	} finally {
		store.close();
	}
}

describe('npm run setup', () => {
	it('on an empty store: ingest refuses, setup creates the organisation and admin, then ingest and metrics work', async () => {
		const dir = tempDir();
		const db = path.join(dir, 'fresh.duckdb');
		const file = path.join(dir, 'log.csv');
		writeFileSync(
			file,
			'id,channel,type,received_at,decided_at\nA-1,phone,support_request,2026-11-22 10:00,2026-11-23 10:00\n'
		);

		const refused = run('scripts/ingest.ts', [file, '--kind', 'interactions'], db);
		expect(refused.code).toBe(1);
		expect(refused.stderr.trim().split('\n')).toHaveLength(1);
		expect(refused.stderr).toContain('no organisation yet');
		expect(refused.stderr).toContain('npm run setup');
		expect(await read(db, 'select * from interaction')).toEqual([]);

		const setup = run('scripts/setup.ts', setupArgs, db);
		expect(setup.stderr).toBe('');
		expect(setup.code).toBe(0);
		expect(setup.stdout).toContain('Al-Birr Association');
		const [org] = await read<Record<string, unknown>>(
			db,
			'select name_ar, name_en, time_zone, review_window_days, window_counting, weekend_days, is_demo from organisation'
		);
		expect(org).toEqual({
			name_ar: 'جمعية البر',
			name_en: 'Al-Birr Association',
			time_zone: 'Asia/Dubai',
			review_window_days: 10,
			window_counting: 'working',
			weekend_days: [5, 6],
			is_demo: false
		});
		const users = await read<Record<string, unknown>>(
			db,
			'select email, role, display_name, active from app_user'
		);
		expect(users).toEqual([
			{ email: 'admin@birr.example', role: 'admin', display_name: 'مدير النظام', active: true }
		]);
		const audited = await read<{ action: string }>(db, 'select action from audit_log order by id');
		expect(audited.map((a) => a.action)).toEqual(['organisation.setup', 'user.create']);
		// no demo data
		expect(await read(db, 'select * from response')).toEqual([]);

		const ingested = run('scripts/ingest.ts', [file, '--kind', 'interactions', '--json'], db);
		expect(ingested.code).toBe(0);
		expect(JSON.parse(ingested.stdout)).toMatchObject({ inserted: 1, rejected: 0 });
		// read in the organisation's zone (Dubai, UTC+4)
		const [row] = await read<{ received_at: Date }>(db, 'select received_at from interaction');
		expect(row!.received_at.toISOString()).toBe('2026-11-22T06:00:00.000Z');

		const metrics = run(
			'scripts/metrics.ts',
			['--from', '2026-11-01', '--to', '2026-11-30', '--json'],
			db
		);
		expect(metrics.stderr).toBe('');
		expect(metrics.code).toBe(0);
		expect(JSON.parse(metrics.stdout)).toBeTypeOf('object');

		// a second setup is refused, and changes nothing
		const again = run('scripts/setup.ts', setupArgs, db);
		expect(again.code).toBe(1);
		expect(again.stderr.trim().split('\n')).toHaveLength(1);
		expect(again.stderr).toContain('already has an organisation');
		expect(await read(db, 'select count(*)::int as n from app_user')).toEqual([{ n: 1 }]);
	}, 120_000);

	it('refuses bad options with a usage line and writes nothing', async () => {
		const dir = tempDir();
		const db = path.join(dir, 'bad.duckdb');
		const zone = run(
			'scripts/setup.ts',
			setupArgs.map((a) => (a === 'Asia/Dubai' ? 'Mars/Olympus' : a)),
			db
		);
		expect(zone.code).toBe(64);
		expect(zone.stderr).toContain('--zone');
		const week = run(
			'scripts/setup.ts',
			setupArgs.map((a) => (a === 'sun-thu' ? 'sun-funday' : a)),
			db
		);
		expect(week.code).toBe(64);
		expect(week.stderr).toContain('--working-week');
		const short = run('scripts/setup.ts', setupArgs, db, 'short');
		expect(short.code).toBe(64);
		expect(short.stderr).toContain('at least 10 characters');
		const missing = run('scripts/setup.ts', ['--name-ar', 'جمعية'], db);
		expect(missing.code).toBe(64);
		expect(missing.stderr).toContain('--name-en');
		expect(missing.stderr).toContain('--admin-email');
	}, 60_000);
});

describe('the ingest page and command refuse without an organisation', () => {
	it('organisationForIngest names the code the page shows and how to set one up', async () => {
		const { organisationForIngest } = await import('../src/lib/server/ingest/organisation-check');
		const { ingestMessages } = await import('../src/lib/i18n/ingest-messages');
		const { migrate } = await import('../src/lib/server/migrate');
		const store = await Store.open(':memory:');
		try {
			await migrate(store);
			await expect(organisationForIngest(store)).rejects.toMatchObject({
				code: 'no_organisation',
				message: expect.stringContaining('npm run setup') as unknown
			});
			expect(ingestMessages('ar').fileErrors.no_organisation).toContain('npm run setup');
			expect(ingestMessages('en').fileErrors.no_organisation).toContain('npm run setup');
		} finally {
			store.close();
		}
	});
});
