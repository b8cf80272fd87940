// Child process for tests/hostile-crash-ids.test.ts: migrates a store, takes an ingest run id in a
// transaction that rolls back, stores a run with that id in a second transaction (as the ingest
// does when its single pass gives way to the staged path), then kills itself with SIGKILL.
import { Store } from '../../src/lib/server/db';
import { migrate } from '../../src/lib/server/migrate';
import { sql } from '../../src/lib/server/sql';

const [databasePath] = process.argv.slice(2) as [string];
const store = await Store.open(databasePath);
await migrate(store);
await store.run('checkpoint');
const run = {
	kind: 'interactions',
	file_name: 'staged.csv',
	file_size: 1,
	mapping_name: null,
	mapping: null,
	user_id: null,
	actor: 'cli',
	format: 'csv'
};
let id = 0;
try {
	await store.transaction(async (tx) => {
		id = (await tx.one<{ id: number }>(sql('ingest/run_insert'), { ...run, id: null }))!.id;
		throw new Error('roll back');
	});
} catch {
	// the single pass gave way
}
await store.transaction(async (tx) => {
	await tx.one(sql('ingest/run_insert'), { ...run, id });
});
process.stdout.write(`stored run ${id}\n`, () => process.kill(process.pid, 'SIGKILL'));
