// The store on a full disk and on a read-only file, in process: a failed write is a StorageError
// (never half-applied), reads go on, a store DuckDB stopped after a failed checkpoint reopens itself
// once the disk is usable, and every committed row is still there.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store, StorageError } from '../src/lib/server/db';
import { root } from './helpers/server';
import { removeTempDirs, tempDir } from './helpers/temp';
import { setImmutable, smallVolume, type SmallVolume } from './helpers/volume';

const forced = process.env.TAHSEEN_FAULT_VOLUME === 'ulimit';
const volume: SmallVolume | { unavailable: string } = forced
	? { unavailable: 'TAHSEEN_FAULT_VOLUME=ulimit' }
	: smallVolume(48);

afterAll(() => {
	if ('dir' in volume) volume.unmount();
	removeTempDirs();
});

const count = async (store: Store) =>
	(await store.one<{ n: number; h: number }>(
		'select count(*) as n, sum(hash(id, v)) as h from t'
	))!;

async function expectStorageError(work: Promise<unknown>, problem: StorageError['problem']) {
	const error = await work.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(StorageError);
	expect((error as StorageError).problem).toBe(problem);
	expect((error as StorageError).message).toMatch(/^The database .* cannot be written: /);
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a full disk', () => {
	const v = volume as SmallVolume;

	it('refuses a write clearly, keeps serving reads, and writes again once space returns', async () => {
		if (!('dir' in volume)) return fileSizeLimit();
		const store = await Store.open(path.join(v.dir, 'full.duckdb'));
		try {
			await store.run('create table t (id integer primary key, v varchar)');
			await store.run("insert into t select i, repeat('x', 50) from range(1000) r(i)");
			const before = await count(store);
			v.fill();
			expect(v.freeBytes()).toBe(0);
			await expectStorageError(
				store.transaction((tx) =>
					tx.run("insert into t select i, repeat('y', 500) from range(1000, 20000) r(i)")
				),
				'no_space'
			);
			expect(await count(store)).toEqual(before);
			v.free();
			await store.transaction((tx) => tx.run("insert into t values (20000, 'after')"));
			expect((await count(store)).n).toBe(before.n + 1);
		} finally {
			store.close();
			v.free();
		}
		const reopened = await Store.open(path.join(v.dir, 'full.duckdb'));
		expect((await count(reopened)).n).toBe(1001);
		reopened.close();
	});

	it('reopens a store DuckDB stopped after a checkpoint failed for lack of space, losing nothing committed', async () => {
		if (!('dir' in volume)) return fileSizeLimit();
		const file = path.join(v.dir, 'checkpoint.duckdb');
		const store = await Store.open(file);
		try {
			await store.run('create table t (id integer primary key, v varchar)');
			await store.run('checkpoint');
			// committed into the write-ahead log only, not yet into the database file
			await store.transaction((tx) =>
				tx.run("insert into t select i, md5(i::varchar) || repeat('z', 100) from range(30000) r(i)")
			);
			const committed = await count(store);
			v.fill();
			await expectStorageError(store.run('checkpoint'), 'no_space');
			// DuckDB stopped the instance (it refuses even reads until the file is opened again): the
			// store opens it again at once, replaying the log, and serves reads from the full disk
			expect(await count(store)).toEqual(committed);
			await expectStorageError(
				store.transaction((tx) => tx.run("insert into t values (-2, 'while full')")),
				'no_space'
			);
			v.free();
			expect(await count(store)).toEqual(committed);
			await store.transaction((tx) => tx.run("insert into t values (-1, 'after')"));
			expect((await count(store)).n).toBe(committed.n + 1);
		} finally {
			store.close();
			v.free();
		}
	});
});

describe('a read-only database file', () => {
	const dir = tempDir('tahseen-readonly-');
	const file = path.join(dir, 'ro.duckdb');
	const probe = path.join(dir, 'probe');
	writeFileSync(probe, '');
	const immutable = setImmutable(probe, true) && setImmutable(probe, false);

	it.runIf(immutable)(
		'opening it says so; while open, commits go to the log and are all there once it is writable',
		async () => {
			let store = await Store.open(file);
			await store.run('create table t (id integer primary key, v varchar)');
			await store.run("insert into t select i, 'x' from range(100) r(i)");
			await store.run('checkpoint');
			expect(setImmutable(file, true)).toBe(true);
			try {
				// the write-ahead log is another file: commits are still durable
				await store.transaction((tx) => tx.run("insert into t values (100, 'logged')"));
				await expectStorageError(store.run('checkpoint'), 'read_only');
				await expectStorageError(count(store), 'read_only');
				await wait(1100);
				// still read-only: reopening fails clearly, and is tried again later
				await expectStorageError(count(store), 'read_only');
				store.close();
				await expectStorageError(Store.open(file), 'read_only');
			} finally {
				setImmutable(file, false);
			}
			store = await Store.open(file);
			expect((await count(store)).n).toBe(101);
			expect(await store.one('select v from t where id = 100')).toEqual({ v: 'logged' });
			store.close();
		}
	);
});

/**
 * Where no volume can be mounted: the same checks in a child process under a file size limit
 * (`ulimit -f`, SIGXFSZ ignored), where a write past the limit fails with EFBIG like a full disk.
 */
function fileSizeLimit(): void {
	const db = path.join(tempDir(), 'limit.duckdb');
	const result = spawnSync(
		'bash',
		[
			'-c',
			`trap '' XFSZ; ulimit -f 4096; exec "${process.execPath}" --import tsx tests/helpers/storage-limit-child.ts "${db}"`
		],
		{ cwd: root, encoding: 'utf8', timeout: 60_000 }
	);
	expect(result.stderr).toBe('');
	expect(JSON.parse(result.stdout)).toEqual({
		problem: 'no_space',
		before: 1000,
		afterFailure: 1000,
		reopened: 1000
	});
}
