// Ids never repeat after a crash: a run stored with the id a rolled-back attempt took (the ingest's
// staged path after its single pass gave way), then SIGKILL, then the store opened again — the next
// run gets a new id instead of "Duplicate key id: 1".
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { migrate } from '../src/lib/server/migrate';
import { sql } from '../src/lib/server/sql';
import { root } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';

afterAll(() => removeTempDirs());

describe('sequence-backed ids after a crash', () => {
	it('the next ingest run after a kill gets an id no run has', async () => {
		const db = path.join(tempDir(), 'ids.duckdb');
		const child = spawnSync(
			process.execPath,
			['--import', 'tsx', 'tests/helpers/sequence-kill-child.ts', db],
			{ cwd: root, encoding: 'utf8' }
		);
		expect(child.signal).toBe('SIGKILL');
		expect(child.stdout).toContain('stored run 1');

		const store = await Store.open(db);
		try {
			await migrate(store);
			const next = await store.one<{ id: number }>(sql('ingest/run_insert'), {
				id: null,
				kind: 'interactions',
				file_name: 'next.csv',
				file_size: 1,
				mapping_name: null,
				mapping: null,
				user_id: null,
				actor: 'cli',
				format: 'csv'
			});
			expect(next!.id).toBe(2);
			// a second opening takes no steps: the sequence is already past every id
			expect((await store.one<{ steps: number }>(sql('store/advance_sequences')))!.steps).toBe(0);
		} finally {
			store.close();
		}
	}, 60_000);
});
