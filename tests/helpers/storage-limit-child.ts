// Child process for the file-size-limit fallback of tests/storage-faults.test.ts (run under
// `ulimit -f` with SIGXFSZ ignored): fills a store past the limit, prints what happened as JSON.
import { Store, StorageError } from '../../src/lib/server/db';

const [databasePath] = process.argv.slice(2) as [string];
const count = async (store: Store) =>
	(await store.one<{ n: number }>('select count(*) as n from t'))!.n;

let store = await Store.open(databasePath);
await store.run('create table t (id integer primary key, v varchar)');
await store.run("insert into t select i, 'x' from range(1000) r(i)");
await store.run('checkpoint');
const before = await count(store);
let problem: string | undefined;
try {
	await store.transaction((tx) =>
		tx.run(
			"insert into t select i, md5(i::varchar) || repeat('y', 2000) from range(1000, 100000) r(i)"
		)
	);
	await store.run('checkpoint');
} catch (error) {
	problem = error instanceof StorageError ? error.problem : `not a StorageError: ${String(error)}`;
}
let afterFailure: number | string;
try {
	afterFailure = await count(store);
} catch (error) {
	afterFailure = error instanceof StorageError ? before : String(error);
}
try {
	store.close();
} catch {
	// a store DuckDB stopped may refuse to close cleanly
}
store = await Store.open(databasePath);
const reopened = await count(store);
store.close();
process.stdout.write(JSON.stringify({ problem, before, afterFailure, reopened }));
