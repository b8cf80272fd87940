// Store.transactionAfter (src/lib/server/db/store.ts): work prepared outside the transaction on the same
// connection (the ingest's staged path fills its temporary tables there), then the transaction,
// then the clean-up, whatever happened.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store, type Session } from '../src/lib/server/db';

let store: Store;

beforeEach(async () => {
	store = await Store.open(':memory:');
	await store.run('create table item (id integer, name varchar)');
});
afterEach(() => store.close());

const prepare = async (session: Session) => {
	await session.run(
		`create or replace temp table staged as select range::integer as id from range(3)`
	);
	return 3;
};
const cleanup = (session: Session) => session.run('drop table if exists temp.staged');
const temporaryTables = () =>
	store.use((s) =>
		s.one<{ n: number }>(`select count(*)::integer as n from duckdb_tables() where temporary`)
	);
const items = () => store.all('select id from item order by id');

describe('a transaction after prepared work', () => {
	it('reads what was prepared, commits its own writes and cleans up', async () => {
		const result = await store.transactionAfter(
			prepare,
			async (tx, prepared) => {
				await tx.run(`insert into item select id, 'x' from staged`);
				return prepared;
			},
			{ cleanup }
		);
		expect(result).toBe(3);
		expect(await items()).toEqual([{ id: 0 }, { id: 1 }, { id: 2 }]);
		expect(await temporaryTables()).toEqual({ n: 0 });
	});

	it('rolls back its own writes when the work fails, and still cleans up', async () => {
		await expect(
			store.transactionAfter(
				prepare,
				async (tx) => {
					await tx.run(`insert into item select id, 'x' from staged`);
					throw new Error('refused');
				},
				{ cleanup }
			)
		).rejects.toThrow('refused');
		expect(await items()).toEqual([]);
		expect(await temporaryTables()).toEqual({ n: 0 });
	});

	it('does not begin the transaction when the preparation fails', async () => {
		let worked = false;
		await expect(
			store.transactionAfter(
				async (session) => {
					await prepare(session);
					throw new Error('unreadable');
				},
				async () => {
					worked = true;
				},
				{ cleanup }
			)
		).rejects.toThrow('unreadable');
		expect(worked).toBe(false);
		expect(await temporaryTables()).toEqual({ n: 0 });
		// the connection is left with no transaction open
		await store.transaction((tx) => tx.run(`insert into item values (9, 'y')`));
		expect(await items()).toEqual([{ id: 9 }]);
	});
});
