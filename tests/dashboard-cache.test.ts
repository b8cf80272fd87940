// Cached dashboard figures are recomputed after any committed change to the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cached } from '../src/lib/server/dashboard/cache';
import { Store } from '../src/lib/server/db';
import { migrate } from '../src/lib/server/migrate';

let store: Store;
beforeAll(async () => {
	store = await Store.open(':memory:');
	await migrate(store);
});
afterAll(() => store.close());

describe('dashboard cache', () => {
	it('serves a repeat from memory and recomputes after a commit or a marked change', async () => {
		let computed = 0;
		const compute = async () => ++computed;
		expect(await cached(store, 'k', compute)).toBe(1);
		expect(await cached(store, 'k', compute)).toBe(1);
		await store.transaction(async (tx) => {
			await tx.run("insert into holiday (day) values ('2026-09-23')");
		});
		expect(await cached(store, 'k', compute)).toBe(2);
		store.markChanged();
		expect(await cached(store, 'k', compute)).toBe(3);
		expect(await cached(store, 'other', compute)).toBe(4);
	});

	it('does not keep a failed computation', async () => {
		let calls = 0;
		const failing = async () => {
			calls++;
			throw new Error('no');
		};
		await expect(cached(store, 'bad', failing)).rejects.toThrow('no');
		await expect(cached(store, 'bad', failing)).rejects.toThrow('no');
		expect(calls).toBe(2);
	});
});
