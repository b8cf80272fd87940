// Cached dashboard figures are recomputed after any committed change to the store, once at a time
// per key however many readers ask, and never more than two at once.
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

	it('readers during a computation for an older generation share one computation after it', async () => {
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const started: number[] = [];
		let computed = 0;
		const compute = async () => {
			started.push(store.generation);
			const n = ++computed;
			if (n === 1) await gate;
			return n;
		};
		const first = cached(store, 'busy', compute);
		store.markChanged();
		const waiting = [
			cached(store, 'busy', compute),
			cached(store, 'busy', compute),
			cached(store, 'busy', compute)
		];
		// the follow-up waits for the computation under way
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(computed).toBe(1);
		store.markChanged();
		const later = cached(store, 'busy', compute);
		release();
		expect(await first).toBe(1);
		// everyone who asked after a change gets figures computed after it, from one computation
		expect(await Promise.all([...waiting, later])).toEqual([2, 2, 2, 2]);
		expect(computed).toBe(2);
		expect(started[1]).toBe(store.generation);
		// and it is then served from memory
		expect(await cached(store, 'busy', compute)).toBe(2);
	});

	it('runs at most two computations at once across keys', async () => {
		let now = 0;
		let most = 0;
		const compute = (n: number) => async () => {
			most = Math.max(most, ++now);
			await new Promise((resolve) => setTimeout(resolve, 10));
			now--;
			return n;
		};
		const values = await Promise.all(
			[1, 2, 3, 4, 5].map((n) => cached(store, `many-${n}`, compute(n)))
		);
		expect(values).toEqual([1, 2, 3, 4, 5]);
		expect(most).toBe(2);
	});
});
