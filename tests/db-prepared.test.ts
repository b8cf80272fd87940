// Statements kept prepared on their connection (`{ reuse: true }` in src/lib/server/db/, used by
// the public survey's group commit): the same results as a statement prepared each time, fresh
// parameters on every run, two runs at once on one session, a schema change, empty lists and
// errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';

let store: Store;
const reuse = { reuse: true };

beforeEach(async () => {
	store = await Store.open(':memory:');
	await store.run(`create table item (id integer primary key, name varchar, tags varchar[])`);
});

afterEach(() => store.close());

describe('a statement kept prepared', () => {
	it('takes new parameters on every run, as a statement prepared each time does', async () => {
		const insert = `insert into item (id, name, tags) values ($id, $name, $tags)`;
		const select = `select id, name from item where id >= $from order by id`;
		await store.use(async (session) => {
			for (let id = 1; id <= 5; id++) {
				await session.run(insert, { id, name: `n${id}`, tags: ['a', `t${id}`] }, reuse);
				const kept = await session.all(select, { from: id - 1 }, reuse);
				const fresh = await session.all(select, { from: id - 1 });
				expect(kept).toEqual(fresh);
				expect(kept.at(-1)).toEqual({ id, name: `n${id}` });
			}
			expect(await session.one(`select count(*)::integer as n from item`)).toEqual({ n: 5 });
		});
	});

	it('runs twice at once on one session without mixing up the parameters', async () => {
		await store.run(`insert into item values (1, 'one', []), (2, 'two', []), (3, 'three', [])`);
		const text = `select name from item where id = $id`;
		await store.use(async (session) => {
			const names = await Promise.all(
				[3, 1, 2, 1, 3].map((id) => session.one<{ name: string }>(text, { id }, reuse))
			);
			expect(names.map((row) => row?.name)).toEqual(['three', 'one', 'two', 'one', 'three']);
		});
	});

	it('binds an empty list, and still works after the table changes', async () => {
		await store.run(`insert into item values (1, 'one', ['x'])`);
		const text = `select id from item where list_has_any(tags, $tags) or id = $id order by id`;
		await store.use(async (session) => {
			expect(await session.all(text, { tags: [], id: 1 }, reuse)).toEqual([{ id: 1 }]);
			expect(await session.all(text, { tags: ['x'], id: 0 }, reuse)).toEqual([{ id: 1 }]);
			await session.run(`alter table item add column extra integer`);
			await session.run(`insert into item (id, name, tags) values (2, 'two', ['y'])`);
			expect(await session.all(text, { tags: ['y'], id: 1 }, reuse)).toEqual([
				{ id: 1 },
				{ id: 2 }
			]);
		});
	});

	it('fails like any statement (the transaction rolls back) and works again afterwards', async () => {
		const insert = `insert into item (id, name) values ($id, $name)`;
		await store.transaction((tx) => tx.run(insert, { id: 1, name: 'one' }, reuse));
		await expect(
			store.transaction(async (tx) => {
				await tx.run(insert, { id: 2, name: 'two' }, reuse);
				await tx.run(insert, { id: 1, name: 'again' }, reuse);
			})
		).rejects.toThrow(/constraint|duplicate/i);
		await store.transaction((tx) => tx.run(insert, { id: 3, name: 'three' }, reuse));
		expect(await store.all(`select id, name from item order by id`)).toEqual([
			{ id: 1, name: 'one' },
			{ id: 3, name: 'three' }
		]);
	});
});
