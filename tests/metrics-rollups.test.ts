// The roll-ups stay equal to a full rebuild from the raw rows after ingest, updates and survey
// answers (each followed by onDataChanged in the same transaction), and figures read through
// them equal figures read from the raw rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDataChanged } from '../src/lib/server/data-changes';
import { Store } from '../src/lib/server/db';
import { seedDemo } from '../src/lib/server/demo/load';
import { computeFigures, rebuildRollups, type Figures } from '../src/lib/server/metrics';
import { migrate } from '../src/lib/server/migrate';
import { addRows, riyadh } from './helpers/metrics-store';

/** An order-independent fingerprint of every roll-up table. */
async function rollupFingerprint(store: Store) {
	return store.one(`
		select
			(select count(*) from metrics_interaction_daily) as interaction_rows,
			(select sum(hash(day, channel, type, service, branch, team, interactions)::hugeint)::varchar
				from metrics_interaction_daily) as interaction_hash,
			(select count(*) from metrics_response_daily) as response_rows,
			(select sum(hash(day, channel, service, branch, responses, linked, csat_n, csat_positive, csat_sum,
				nps_n, nps_promoters, nps_detractors, ces_n, ces_sum)::hugeint)::varchar
				from metrics_response_daily) as response_hash,
			(select count(*) from metrics_request) as request_rows,
			(select sum(hash(id, day, received_at, decided_at, channel, service, branch, team)::hugeint)::varchar
				from metrics_request) as request_hash`);
}

/** Fingerprint now, then after a full rebuild: they must be equal. */
async function expectEqualToRebuild(store: Store): Promise<void> {
	const incremental = await rollupFingerprint(store);
	await rebuildRollups(store);
	expect(incremental).toEqual(await rollupFingerprint(store));
}

async function expectRollupEqualsRaw(store: Store, from: string, to: string): Promise<Figures> {
	const viaRollups = await computeFigures(store, { from, to });
	const raw = await computeFigures(store, { from, to }, { source: 'raw' });
	expect(viaRollups).toEqual(raw);
	return viaRollups;
}

describe('roll-ups', () => {
	let store: Store;
	beforeAll(async () => {
		store = await Store.open(':memory:');
		await migrate(store);
		await seedDemo(store, { asOf: '2026-06-15' });
	});
	afterAll(() => store.close());

	it('are built by the demo seed and equal a rebuild', async () => {
		const built = await rollupFingerprint(store);
		expect(built!.interaction_rows).toBeGreaterThan(1000);
		expect(built!.request_rows).toBeGreaterThan(10_000);
		await expectEqualToRebuild(store);
		await expectRollupEqualsRaw(store, '2025-07-01', '2026-06-15');
	});

	it('equal the raw rows after an ingest of interactions and answers over several days', async () => {
		const before = await expectRollupEqualsRaw(store, '2026-03-01', '2026-03-31');
		await addRows(
			store,
			[1, 2, 3, 4, 5, 6].map((i) => ({
				id: `ingest-${i}`,
				channel: 'letter',
				type: 'support_request' as const,
				receivedAt: riyadh(`2026-03-0${i}T23:30:00`),
				decidedAt: i % 2 ? riyadh(`2026-03-2${i}T08:00:00`) : null,
				service: 'housing',
				branch: 'hail',
				team: 'research'
			})),
			[1, 2, 3].map((i) => ({
				id: `ingest-r${i}`,
				submittedAt: riyadh(`2026-03-1${i}T00:00:00`),
				channel: 'letter',
				interactionId: `ingest-${i}`,
				csat: 5,
				nps: 10
			}))
		);
		const after = await expectRollupEqualsRaw(store, '2026-03-01', '2026-03-31');
		expect(after.by_channel.letter).toBe(before.by_channel.letter! + 6);
		expect(after.csat.n).toBe(before.csat.n + 3);
		await expectEqualToRebuild(store);
	});

	it('equal the raw rows after updates that move rows between days and segments', async () => {
		await store.transaction(async (tx) => {
			const old = await tx.one<{ received_at: Date }>(
				"select received_at from interaction where id = 'ingest-2'"
			);
			const moved = riyadh('2026-04-10T10:00:00');
			await tx.run(
				"update interaction set received_at = ?, decided_at = ?, team = 'reception', channel = 'phone' where id = 'ingest-2'",
				[moved, riyadh('2026-04-12T10:00:00')]
			);
			await onDataChanged(tx, { interactions: { from: old!.received_at, to: moved } });
		});
		await store.transaction(async (tx) => {
			const old = await tx.one<{ submitted_at: Date }>(
				"select submitted_at from response where id = 'ingest-r1'"
			);
			const moved = riyadh('2026-02-28T23:59:59');
			await tx.run(
				"update response set submitted_at = ?, csat = 1, channel = 'phone' where id = 'ingest-r1'",
				[moved]
			);
			await onDataChanged(tx, { responses: { from: moved, to: old!.submitted_at } });
		});
		await expectRollupEqualsRaw(store, '2026-02-01', '2026-04-30');
		await expectEqualToRebuild(store);
	});

	it('equal the raw rows after a survey submission, touching only that day', async () => {
		const day = { from: '2026-05-20', to: '2026-05-20' };
		const before = await computeFigures(store, day);
		const otherDays = await store.one(
			"select count(*) as n, sum(responses) as r from metrics_response_daily where day <> '2026-05-20'"
		);
		const at = riyadh('2026-05-20T13:45:00');
		await store.transaction(async (tx) => {
			await tx.run(
				"insert into response (id, submitted_at, channel, csat, nps, ces, source) values ('web-1', ?, 'website', 4, 9, 6, 'web')",
				[at]
			);
			await onDataChanged(tx, { responses: { from: at, to: at } });
		});
		const after = await computeFigures(store, day);
		expect(after.csat.n).toBe(before.csat.n + 1);
		expect(after.csat.positive).toBe(before.csat.positive + 1);
		expect(after.nps.promoters).toBe(before.nps.promoters + 1);
		expect(after.response_rate.website!.responses).toBe(
			before.response_rate.website!.responses + 1
		);
		expect(
			await store.one(
				"select count(*) as n, sum(responses) as r from metrics_response_daily where day <> '2026-05-20'"
			)
		).toEqual(otherDays);
		await expectRollupEqualsRaw(store, '2026-05-01', '2026-05-31');
		await expectEqualToRebuild(store);
	});

	it('need no rebuild when the window settings change, and rebuild themselves when the zone does', async () => {
		await store.run("update organisation set review_window_days = 30, window_counting = 'working'");
		await store.run("insert into holiday (day) values ('2026-03-22'), ('2026-03-23')");
		await expectRollupEqualsRaw(store, '2026-01-01', '2026-06-15');
		await store.run("update organisation set time_zone = 'Asia/Dubai'");
		const f = await expectRollupEqualsRaw(store, '2026-01-01', '2026-06-15');
		expect(f.period.zone).toBe('Asia/Dubai');
		expect(await store.one('select time_zone from metrics_rollup_state')).toEqual({
			time_zone: 'Asia/Dubai'
		});
	});
});
