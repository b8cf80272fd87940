// The roll-ups are built once per store: concurrent first reads (and concurrent reads after a
// time-zone change) wait for the same build instead of each starting one (issue 17, part 4).
import { afterEach, describe, expect, it } from 'vitest';
import { prepareStore } from '../src/lib/server/bootstrap';
import { Store } from '../src/lib/server/db';
import { computeFigures, computeSegments, computeTrends } from '../src/lib/server/metrics';
import { ensureRollups } from '../src/lib/server/metrics/rollups';
import { migrate } from '../src/lib/server/migrate';
import { createOrganisation } from '../src/lib/server/organisation';
import { addRows, riyadh } from './helpers/metrics-store';

const period = { from: '2026-03-01', to: '2026-03-31' };

/** A migrated store with an organisation and rows, whose roll-ups were never built. */
async function unbuiltStore(): Promise<Store> {
	const store = await Store.open(':memory:');
	await migrate(store);
	await createOrganisation(store, { nameAr: 'جمعية الاختبار', nameEn: 'Test association' });
	await addRows(
		store,
		[1, 2, 3, 4, 5, 6].map((i) => ({
			id: `i${i}`,
			channel: i % 2 ? 'phone' : 'website',
			type: 'support_request' as const,
			receivedAt: riyadh(`2026-03-0${i}T23:30:00`),
			decidedAt: riyadh(`2026-03-1${i}T10:00:00`)
		})),
		[1, 2, 3, 4, 5].map((i) => ({
			id: `r${i}`,
			submittedAt: riyadh(`2026-03-1${i}T12:00:00`),
			channel: 'phone',
			interactionId: `i${i}`,
			csat: 4
		}))
	);
	return store;
}

let stores: Store[] = [];
afterEach(() => {
	for (const s of stores) s.close();
	stores = [];
});

describe('roll-up build', () => {
	it('happens once when several first reads arrive together on a fresh store', async () => {
		const store = await unbuiltStore();
		stores.push(store);
		expect(await store.one('select count(*) as n from metrics_rollup_state')).toEqual({ n: 0 });
		const [a, b, c] = await Promise.all([
			computeFigures(store, period),
			computeFigures(store, period),
			computeSegments(store, period),
			computeTrends(store, period),
			ensureRollups(store)
		]);
		expect(a.interactions_total).toBe(6);
		expect(b).toEqual(a);
		const byChannel = Object.fromEntries(c.dimensions.channel.map((s) => [s.key, s.interactions]));
		expect(byChannel).toMatchObject({ phone: 3, website: 3 });
		expect(await store.one('select time_zone from metrics_rollup_state')).toEqual({
			time_zone: 'Asia/Riyadh'
		});
		const raw = await computeFigures(store, period, { source: 'raw' });
		expect(a).toEqual(raw);
	});

	it('happens once when several reads arrive together after a time-zone change', async () => {
		const store = await unbuiltStore();
		stores.push(store);
		await ensureRollups(store);
		await store.run("update organisation set time_zone = 'Asia/Dubai'");
		const results = await Promise.all([
			computeFigures(store, period),
			computeFigures(store, period),
			computeFigures(store, period),
			computeSegments(store, period)
		]);
		expect(results[0]!.period.zone).toBe('Asia/Dubai');
		expect(results[1]).toEqual(results[0]);
		expect(results[2]).toEqual(results[0]);
		expect(await store.one('select time_zone from metrics_rollup_state')).toEqual({
			time_zone: 'Asia/Dubai'
		});
		// 23:30 in Riyadh is 00:30 the next day in Dubai: every interaction moved a day on
		expect(
			await store.all(
				'select day::varchar as day, sum(interactions)::integer as n from metrics_interaction_daily group by day order by day'
			)
		).toEqual([2, 3, 4, 5, 6, 7].map((d) => ({ day: `2026-03-0${d}`, n: 1 })));
		expect(results[0]).toEqual(await computeFigures(store, period, { source: 'raw' }));
	});

	it('happens at start-up when the roll-ups are missing (a new store, a migration that dropped them)', async () => {
		const store = await unbuiltStore();
		stores.push(store);
		await prepareStore(store, {
			seedDemoOnFirstStart: false,
			demoAdminPassword: 'a-long-password-1'
		});
		expect(await store.one('select time_zone from metrics_rollup_state')).toEqual({
			time_zone: 'Asia/Riyadh'
		});
		expect(
			await store.one(
				'select sum(interactions)::integer as n, sum(answered)::integer as answered from metrics_interaction_daily'
			)
		).toEqual({ n: 6, answered: 5 });
	});
});
