// The ingest command line, and the crash test: a child killed mid-ingest leaves the store as it was.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import { migrate } from '../src/lib/server/migrate';
import { writeInteractionLog } from './helpers/ingest-data';
import { root } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

afterAll(() => removeTempDirs());

// node itself runs the TypeScript (through tsx's loader), so the pid killed is the one holding the store
const node = (args: string[]) => [process.execPath, ['--import', 'tsx', ...args]] as const;
const fixture = (name: string) => path.join(root, 'tests/fixtures/ingest', name);

/** A store with an organisation (ingest refuses without one), set up by npm run setup. */
function setUp(databasePath: string) {
	if (existsSync(databasePath)) return;
	const result = spawnSync(
		...node([
			'scripts/setup.ts',
			...['--name-ar', 'جمعية', '--name-en', 'Association', '--zone', 'Asia/Riyadh'],
			...['--window', '14', '--admin-email', 'admin@example.org']
		]),
		{
			cwd: root,
			env: { ...process.env, DATABASE_PATH: databasePath, TAHSEEN_PASSWORD: 'a long password' },
			encoding: 'utf8'
		}
	);
	expect(result.stderr).toBe('');
}

function cli(args: string[], databasePath: string) {
	setUp(databasePath);
	const result = spawnSync(...node(['scripts/ingest.ts', ...args]), {
		cwd: root,
		env: { ...process.env, DATABASE_PATH: databasePath, DEBUG: '' },
		encoding: 'utf8'
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ingest', () => {
	it('prints one JSON object with --json and exits 0 when rows were rejected', () => {
		const db = path.join(tempDir(), 'cli.duckdb');
		const out = cli([fixture('interactions-ar.csv'), '--kind', 'interactions', '--json'], db);
		expect(out.stderr).toBe('');
		expect(out.code).toBe(0);
		const result = JSON.parse(out.stdout) as Record<string, number>;
		expect(Object.keys(result).sort()).toEqual(
			[
				'duplicates',
				'inserted',
				'masked',
				'notes',
				'rejected',
				'run_id',
				'seconds',
				'unchanged',
				'updated'
			].sort()
		);
		expect(result).toMatchObject({
			inserted: 4,
			updated: 0,
			unchanged: 0,
			rejected: 3,
			masked: 1,
			run_id: 1
		});
		const text = cli([fixture('interactions-ar.csv'), '--kind', 'interactions'], db);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('unchanged 4, rejected 3');
	});

	it('takes a mapping file', () => {
		const dir = tempDir();
		const file = path.join(dir, 'odd.csv');
		writeFileSync(file, 'رقم,وسيلة الوصول,التصنيف,متى\nA-1,هاتف,استفسار,2026-11-22 10:00\n');
		const mapping = path.join(dir, 'mapping.json');
		writeFileSync(
			mapping,
			JSON.stringify({ id: 'رقم', channel: 'وسيلة الوصول', type: 'التصنيف', received_at: 'متى' })
		);
		const out = cli(
			[file, '--kind', 'interactions', '--mapping', mapping, '--json'],
			path.join(dir, 'db.duckdb')
		);
		expect(out.code).toBe(0);
		expect(JSON.parse(out.stdout)).toMatchObject({ inserted: 1 });
	});

	it('fails with one line and a non-zero code on a file-level problem', () => {
		const dir = tempDir();
		const missing = cli(
			[path.join(dir, 'nope.csv'), '--kind', 'interactions', '--json'],
			path.join(dir, 'db.duckdb')
		);
		expect(missing.code).toBe(1);
		expect(missing.stdout).toBe('');
		expect(missing.stderr.trim().split('\n')).toHaveLength(1);
		expect(missing.stderr).toMatch(/^error: There is no file .*nope\.csv\.\n$/);
		const columns = path.join(dir, 'partial.csv');
		writeFileSync(columns, 'id,channel\n1,phone\n');
		const partial = cli([columns, '--kind', 'interactions'], path.join(dir, 'db.duckdb'));
		expect(partial.code).toBe(1);
		expect(partial.stderr).toContain('Required columns missing: type, received_at');
		const usage = cli([columns, '--kind', 'things'], path.join(dir, 'db.duckdb'));
		expect(usage.code).toBe(64);
	});
});

describe('crash in the middle of an ingest', () => {
	// a clean file goes into the store in one statement (single-pass.ts); the staged way is killed too
	it.each(['single_pass', 'staged'])(
		'leaves the database exactly as before; running the file again completes it (%s)',
		async (way) => {
			const dir = tempDir();
			const db = path.join(dir, 'crash.duckdb');
			const big = path.join(dir, 'big.csv');
			const rows = 600_000;
			await writeInteractionLog(big, rows);

			let store = await Store.open(db);
			await migrate(store);
			await ingestFile(store, {
				path: fixture('interactions-ar.csv'),
				kind: 'interactions',
				actor: 'cli'
			});
			const state = async () => ({
				interactions: await store.all(
					'select count(*) as n, sum(hash(id, channel, type, received_at, decided_at, beneficiary_ref)) as h from interaction'
				),
				runs: await store.all('select id, status, inserted from ingest_run order by id'),
				rejected: await store.all('select count(*) as n from ingest_rejected_row'),
				audit: await store.all('select count(*) as n from audit_log')
			});
			const before = await state();
			store.close();

			const child = spawn(...node(['tests/helpers/ingest-child.ts', db, big, way]), {
				cwd: root,
				stdio: ['ignore', 'pipe', 'pipe']
			});
			let output = '';
			const stage = await new Promise<string>((resolve, reject) => {
				child.stdout.on('data', (chunk: Buffer) => {
					output += chunk.toString();
					const match = /stage (checking|merging)/.exec(output);
					if (match) {
						child.kill('SIGKILL');
						resolve(match[1]!);
					}
				});
				child.on('exit', () =>
					reject(new Error(`the child ended before it was killed: ${output}`))
				);
			});
			await new Promise((resolve) => child.once('exit', resolve));
			expect(['checking', 'merging']).toContain(stage);
			expect(output).not.toContain('done');

			store = await Store.open(db);
			try {
				expect(await state()).toEqual(before);
				const result = await ingestFile(store, { path: big, kind: 'interactions', actor: 'cli' });
				expect(result).toMatchObject({ inserted: rows, rejected: 0, method: 'single_pass' });
				const count = await store.one<{ n: number }>('select count(*) as n from interaction');
				expect(count!.n).toBe((before.interactions[0] as { n: number }).n + rows);
			} finally {
				store.close();
			}
		},
		120_000
	);
});
