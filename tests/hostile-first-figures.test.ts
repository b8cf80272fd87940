// The first figures of a fresh store, asked for by several queries at once (a report's, a
// dashboard's), build the roll-ups once: two rebuilds at once used to fail the second on the
// roll-up state's key ("Duplicate key id: 1"), a 500 for the first report after an empty start.
import { describe, expect, it } from 'vitest';
import { prepareStore } from '../src/lib/server/bootstrap';
import { Store } from '../src/lib/server/db';
import { ensureRollups } from '../src/lib/server/metrics/rollups';
import { buildReport } from '../src/lib/server/reports/build';
import { setUpStore } from './helpers/setup-store';

async function freshStore(): Promise<Store> {
	const store = await Store.open(':memory:');
	await setUpStore(store, { email: 'admin@example.sa', password: 'first-figures-1' });
	await prepareStore(store, { seedDemoOnFirstStart: false, demoAdminPassword: undefined });
	return store;
}

describe('roll-ups built on first use', () => {
	it('concurrent first calls build them once, without a failure', async () => {
		const store = await freshStore();
		try {
			await expect(
				Promise.all([ensureRollups(store), ensureRollups(store), ensureRollups(store)])
			).resolves.toHaveLength(3);
			const state = await store.all('select id from metrics_rollup_state');
			expect(state).toEqual([{ id: 1 }]);
		} finally {
			store.close();
		}
	});

	it('the first report of an empty store is made', async () => {
		const store = await freshStore();
		try {
			const report = await buildReport(store, { periodKey: '2026-Q1', lang: 'en' });
			expect(report.meta.periodKey).toBe('2026-Q1');
		} finally {
			store.close();
		}
	});
});
