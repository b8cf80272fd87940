// npm run backup / npm run restore on the demo store: the restored store gives exactly the same
// metrics JSON and the same rows per table, sequences go on where they were, a non-empty target
// and a non-empty backup folder are refused, and the running server's file is reported as in use.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../src/lib/server/backup';
import { Store } from '../src/lib/server/db';
import { seedDemo } from '../src/lib/server/demo/load';
import { migrate } from '../src/lib/server/migrate';
import { root, startServer } from './helpers/server';
import { insertTellingRows, interactionCompression } from './helpers/storage';
import { removeTempDirs, tempDir } from './helpers/temp';

const dir = tempDir('tahseen-backup-');
const source = path.join(dir, 'source.duckdb');
const restored = path.join(dir, 'restored.duckdb');
const backup = path.join(dir, 'backup');

function cli(script: string, database: string, ...args: string[]) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
		cwd: root,
		env: { ...process.env, DATABASE_PATH: database },
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const filters = [
	['--from', '2025-12-01', '--to', '2026-11-30'],
	['--from', '2026-04-01', '--to', '2026-06-30', '--channel', 'phone'],
	['--from', '2026-01-01', '--to', '2026-11-30', '--type', 'support_request', '--branch', 'hail']
];

function metricsJson(database: string): string[] {
	return filters.map((filter) => {
		const result = cli('metrics', database, ...filter, '--json');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		return result.stdout;
	});
}

async function counts(database: string) {
	const store = await Store.open(database);
	try {
		return await tableCounts(store);
	} finally {
		store.close();
	}
}

beforeAll(async () => {
	const store = await Store.open(source);
	await migrate(store);
	await seedDemo(store, { asOf: '2026-11-22' });
	await store.run(
		"insert into improvement_action (finding_kind, finding_value, title) values ('channel', 'phone', 'رد أسرع على الهاتف')"
	);
	store.close();
}, 120_000);
afterAll(removeTempDirs);

describe('backup and restore', () => {
	it('restores into a new database with identical figures, row counts and sequences', async () => {
		const before = metricsJson(source);
		expect(JSON.parse(before[0]!)).toHaveProperty('csat');

		const saved = cli('backup', source, '--out', backup);
		expect(saved.stderr).toBe('');
		expect(saved.status).toBe(0);
		expect(saved.stdout).toMatch(
			/^Backed up .*source\.duckdb to .*backup: \d+ tables, [\d,]+ rows, schema 1, 2, 3, 4/
		);
		const files = readdirSync(backup);
		expect(files).toEqual(
			expect.arrayContaining([
				'schema.sql',
				'load.sql',
				'tahseen-backup.json',
				'interaction.parquet'
			])
		);
		const sourceStore = await Store.open(source);
		const nextId = (await sourceStore.one<{ n: number }>(
			'select max(id) + 1 as n from improvement_action'
		))!.n;
		sourceStore.close();
		expect(readFileSync(path.join(backup, 'schema.sql'), 'utf8')).toContain(
			`CREATE SEQUENCE improvement_action_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START ${nextId} NO CYCLE`
		);

		const loaded = cli('restore', restored, backup);
		expect(loaded.stderr).toBe('');
		expect(loaded.status).toBe(0);
		expect(loaded.stdout).toMatch(/every count checked/);

		expect(metricsJson(restored)).toEqual(before);
		const sourceCounts = await counts(source);
		expect(sourceCounts.interaction).toBeGreaterThan(50_000);
		expect(await counts(restored)).toEqual(sourceCounts);

		const store = await Store.open(restored);
		try {
			// EXPORT DATABASE leaves out how columns are compressed; the restore declares it again
			await insertTellingRows(store, 'AFTER-RESTORE-');
			const methods = await interactionCompression(store);
			expect(methods.service).not.toContain('FSST');
			expect(methods.beneficiary_ref).not.toContain('Dictionary');
			const next = await store.one<{ id: number }>(
				"insert into improvement_action (finding_kind, finding_value, title) values ('figure', 'csat', 'next') returning id"
			);
			expect(next!.id).toBe(nextId);
		} finally {
			store.close();
		}
	}, 120_000);

	it('refuses a non-empty target database and a non-empty backup folder', () => {
		const again = cli('restore', restored, backup);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(
			/^error: The database .*restored\.duckdb is not empty \(\d+ tables or sequences\); restore only into a new, empty database/
		);
		const full = path.join(dir, 'full');
		cli('backup', source, '--out', full);
		writeFileSync(path.join(dir, 'full', 'extra.txt'), 'x');
		const refused = cli('backup', source, '--out', full);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/^error: The folder .*full is not empty/);
		const notBackup = cli('restore', path.join(dir, 'other.duckdb'), dir);
		expect(notBackup.status).toBe(1);
		expect(notBackup.stderr).toMatch(/is not a Tahseen backup/);
		expect(existsSync(path.join(dir, 'other.duckdb'))).toBe(false);
		const usage = cli('backup', source);
		expect(usage.status).toBe(64);
	});

	it('stops at once with a clear message while the server holds the database', async () => {
		const server = await startServer({ DATABASE_PATH: source });
		try {
			const held = cli('backup', source, '--out', path.join(dir, 'while-running'));
			expect(held.status).toBe(75);
			expect(held.stderr).toMatch(/^error: The database .*source\.duckdb is in use by process \d+/);
		} finally {
			await server.stop();
		}
	}, 60_000);
});
