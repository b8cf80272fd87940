// The roll-ups stay equal to a full rebuild from the raw rows after ingest, updates and survey
// answers (each followed by onDataChanged in the same transaction), and figures read through
// them equal figures read from the raw rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDataChanged } from '../src/lib/server/data-changes';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Store } from '../src/lib/server/db';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import { seedDemo } from '../src/lib/server/demo/load';
import {
	computeFigures,
	computeSegments,
	computeTrends,
	computeTurnaroundDistribution,
	rebuildRollups,
	type Figures
} from '../src/lib/server/metrics';
import { migrate } from '../src/lib/server/migrate';
import { getOrganisation } from '../src/lib/server/organisation';
import { turnaroundBacklog, turnaroundBinCounts } from '../src/lib/server/metrics/turnaround';
import { periodInstants } from '../src/lib/domain/periods';
import { addRows, expectClose, riyadh } from './helpers/metrics-store';
import { removeTempDirs, tempDir } from './helpers/temp';

/**
 * An order-independent fingerprint of what every roll-up table says: summing tables may hold delta
 * rows, so they are first summed per key (dropping keys that sum to nothing).
 */
async function rollupFingerprint(store: Store) {
	return store.one(`
		with
			i as (select day, channel, type, service, branch, team, sum(interactions) as n,
				sum(answered) as answered
				from metrics_interaction_daily group by all having sum(interactions) <> 0),
			ic as (select day, channel, type, sum(interactions) as n, sum(answered) as answered
				from metrics_interaction_channel_daily group by all having sum(interactions) <> 0),
			r as (select day, channel, service, branch, sum(responses) a, sum(linked) b, sum(csat_n) c,
				sum(csat_positive) d, sum(csat_sum) e, sum(nps_n) f, sum(nps_promoters) g,
				sum(nps_detractors) h, sum(ces_n) j, sum(ces_sum) k, sum(ces_sq_sum) l
				from metrics_response_daily group by all),
			rc as (select day, channel, sum(responses) a, sum(linked) b, sum(csat_n) c,
				sum(csat_positive) d, sum(csat_sum) e, sum(nps_n) f, sum(nps_promoters) g,
				sum(nps_detractors) h, sum(ces_n) j, sum(ces_sum) k, sum(ces_sq_sum) l
				from metrics_response_channel_daily group by all),
			h as (select day, decided_day, whole_days, sum(requests) as n, sum(exact) as x
				from metrics_request_daily group by all having sum(requests) <> 0 or sum(exact) <> 0)
		select
			(select count(*) from i) as interaction_keys,
			(select sum(hash(i)::hugeint)::varchar from i) as interaction_hash,
			(select sum(hash(ic)::hugeint)::varchar from ic) as interaction_channel_hash,
			(select count(*) from r where a <> 0 or c <> 0 or f <> 0 or j <> 0) as response_keys,
			(select sum(hash(r)::hugeint)::varchar from r where a <> 0 or c <> 0 or f <> 0 or j <> 0)
				as response_hash,
			(select sum(hash(rc)::hugeint)::varchar from rc where a <> 0 or c <> 0 or f <> 0 or j <> 0)
				as response_channel_hash,
			(select sum(hash(h)::hugeint)::varchar from h) as request_histogram_hash,
			(select count(*) from metrics_request) as request_rows,
			(select sum(hash(id, day, received_at, decided_at, decided_day, turnaround_s, whole_days,
				channel, service, branch, team)::hugeint)::varchar from metrics_request) as request_hash,
			(select count(*) from metrics_turnaround_sorted) as sorted_rows,
			(select sum(hash(id, day, decided_at, whole_days, turnaround_s)::hugeint)::varchar
				from metrics_turnaround_sorted) as sorted_hash`);
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
	expectClose(viaRollups, raw);
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
		expect(built!.interaction_keys).toBeGreaterThan(1000);
		expect(built!.request_rows).toBeGreaterThan(10_000);
		await expectEqualToRebuild(store);
		await expectRollupEqualsRaw(store, '2025-07-01', '2026-06-15');
	});

	it('add up: trend buckets, segments and the distribution match the period figures', async () => {
		const period = { from: '2025-07-01', to: '2026-06-15' };
		const total = await computeFigures(store, period);
		for (const [granularity, calendar] of [
			['month', 'gregory'],
			['quarter', 'hijri']
		] as const) {
			const trend = await computeTrends(store, period, { granularity, calendar });
			const sum = (pick: (b: (typeof trend.buckets)[number]) => number) =>
				trend.buckets.reduce((n, b) => n + pick(b), 0);
			expect(sum((b) => b.interactions_total)).toBe(total.interactions_total);
			expect(sum((b) => b.csat.n)).toBe(total.csat.n);
			expect(sum((b) => b.csat.positive ?? 0)).toBe(total.csat.positive);
			expect(sum((b) => b.by_channel.phone ?? 0)).toBe(total.by_channel.phone);
			// turnaround by received month, every month seen from the period's cut-off
			expect(sum((b) => b.turnaround.n_requests)).toBe(total.turnaround.n_requests);
			expect(sum((b) => b.turnaround.n_decided)).toBe(total.turnaround.n_decided);
			expect(sum((b) => b.turnaround.n_window_closed)).toBe(total.turnaround.n_window_closed);
			expect(sum((b) => b.turnaround.within_window ?? 0)).toBe(total.turnaround.within_window);
			expect(sum((b) => b.turnaround.still_within_window)).toBe(
				total.turnaround.still_within_window
			);
			// the last bucket's backlog is the period's (both at the cut-off)
			expect(trend.buckets.at(-1)!.turnaround.overdue_open).toBe(total.turnaround.overdue_open);
		}
		const segments = await computeSegments(store, period);
		for (const dim of ['channel', 'service', 'branch'] as const) {
			const rows = segments.dimensions[dim];
			expect(rows.reduce((n, s) => n + s.interactions, 0)).toBe(total.interactions_total);
			expect(rows.reduce((n, s) => n + s.csat.n, 0)).toBe(total.csat.n);
			expect(rows.reduce((n, s) => n + s.turnaround.n_decided, 0)).toBe(total.turnaround.n_decided);
			expect(rows.reduce((n, s) => n + s.turnaround.n_requests, 0)).toBe(
				total.turnaround.n_requests
			);
			expect(rows.reduce((n, s) => n + s.turnaround.n_window_closed, 0)).toBe(
				total.turnaround.n_window_closed
			);
			expect(rows.reduce((n, s) => n + s.turnaround.overdue_open, 0)).toBe(
				total.turnaround.overdue_open
			);
		}
		// a shown segment's turnaround is the turnaround of the period filtered to it
		let compared = 0;
		for (const dim of ['channel', 'service', 'branch'] as const) {
			for (const seg of segments.dimensions[dim]) {
				if (seg.key === null || seg.turnaround.suppressed || seg.turnaround.n_requests === 0)
					continue;
				const filtered = await computeFigures(store, { ...period, [dim]: seg.key }).catch(
					() => null // refused by the remainder rule for answers
				);
				if (!filtered) continue;
				compared++;
				for (const k of [
					'n_requests',
					'median_days',
					'p90_days',
					'decided_median_days',
					'within_window',
					'n_window_closed',
					'overdue_open'
				] as const)
					expect(seg.turnaround[k], `${dim} ${seg.key} ${k}`).toBe(filtered.turnaround[k]);
			}
		}
		expect(compared).toBeGreaterThan(5);
		const distribution = await computeTurnaroundDistribution(store, period);
		expect(distribution.decided.reduce((n, d) => n + d.requests, 0)).toBe(
			total.turnaround.n_decided
		);
		expect(distribution.overdue.reduce((n, d) => n + d.requests, 0)).toBe(
			total.turnaround.overdue_open
		);
		expect(total.turnaround.within_window).toBeLessThanOrEqual(
			distribution.decided.filter((d) => d.days <= 14).reduce((n, d) => n + d.requests, 0)
		);
	});

	it('give the same turnaround distribution as the raw interaction log', async () => {
		const org = (await getOrganisation(store))!;
		for (const filter of [
			{ from: '2025-07-01', to: '2026-06-15' },
			{ from: '2026-01-01', to: '2026-03-31', channel: 'phone' },
			{ from: '2025-10-01', to: '2026-05-31', branch: 'hail' },
			{ from: '2026-06-01', to: '2026-06-15' }
		]) {
			const fast = await computeTurnaroundDistribution(store, filter);
			const { end } = periodInstants(filter, org.timeZone);
			const [raw, backlog] = await Promise.all([
				turnaroundBinCounts(store, org, filter, end, 'raw'),
				turnaroundBacklog(store, org, filter, end, 'raw')
			]);
			expect(fast.decided.length).toBeGreaterThan(0);
			expect(fast.decided).toEqual(raw.decided);
			expect(fast.overdue).toEqual(backlog);
		}
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

	it('equal the raw rows after ingesting a file that moves stored interactions to other months', async () => {
		const dir = tempDir('tahseen-rollups-');
		const header = 'id,channel,type,received_at,decided_at,decision,team\n';
		const first = path.join(dir, 'first.csv');
		writeFileSync(
			first,
			header +
				'file-1,phone,support_request,2026-06-03 09:00,2026-06-10 09:00,approved,research\n' +
				'file-2,website,inquiry,2026-06-04 10:00,,,reception\n' +
				'file-3,phone,complaint,2026-06-05 11:00,,,reception\n'
		);
		await ingestFile(store, { path: first, kind: 'interactions', actor: 'test' });
		await expectEqualToRebuild(store);
		// file-1 moves on a fortnight and is decided later, file-2 moves on to July (the days they
		// leave lie outside every new time), file-3 is as stored, file-4 is new
		const second = path.join(dir, 'second.csv');
		writeFileSync(
			second,
			header +
				'file-1,phone,support_request,2026-06-15 09:00,2026-06-20 09:00,rejected,research\n' +
				'file-2,website,inquiry,2026-07-02 10:00,,,reception\n' +
				'file-3,phone,complaint,2026-06-05 11:00,,,reception\n' +
				'file-4,letter,suggestion,2026-06-16 12:00,,,reception\n'
		);
		const result = await ingestFile(store, { path: second, kind: 'interactions', actor: 'test' });
		expect([result.inserted, result.updated, result.unchanged, result.rejected]).toEqual([
			1, 2, 1, 0
		]);
		await expectRollupEqualsRaw(store, '2026-05-01', '2026-07-31');
		await expectEqualToRebuild(store);
		removeTempDirs();
	});

	it('equal the raw rows after a survey submission, touching only that day', async () => {
		const day = { from: '2026-05-20', to: '2026-05-20' };
		const before = await computeFigures(store, day);
		// a single day's score may be pooled with its neighbours (anonymity blocks), so the day's
		// satisfied answers and promoters are read from the roll-up itself
		const daySums = () =>
			store.one<{ positive: number; promoters: number }>(
				"select sum(csat_positive)::integer as positive, sum(nps_promoters)::integer as promoters from metrics_response_daily where day = '2026-05-20'"
			);
		const beforeSums = await daySums();
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
		expect(await daySums()).toEqual({
			positive: beforeSums!.positive + 1,
			promoters: beforeSums!.promoters + 1
		});
		expect(after.responses_total).toBe(before.responses_total + 1);
		// an answer naming no interaction is counted apart, not in the rate
		expect(after.response_rate.website!.unlinked).toBe(before.response_rate.website!.unlinked + 1);
		expect(after.response_rate.website!.answered).toBe(before.response_rate.website!.answered);
		expect(
			await store.one(
				"select count(*) as n, sum(responses) as r from metrics_response_daily where day <> '2026-05-20'"
			)
		).toEqual(otherDays);
		await expectRollupEqualsRaw(store, '2026-05-01', '2026-05-31');
		await expectEqualToRebuild(store);
	});

	it('take concurrent survey answers on the same day without conflicts, exactly', async () => {
		const day = { from: '2026-05-21', to: '2026-05-21' };
		const before = await computeFigures(store, day);
		const at = riyadh('2026-05-21T09:30:00');
		await Promise.all(
			[1, 2, 3, 4, 5, 6].map((i) =>
				store.transaction(async (tx) => {
					await tx.run(
						"insert into response (id, submitted_at, channel, csat, source) values (?, ?, 'phone', 5, 'web')",
						[`web-concurrent-${i}`, at]
					);
					await onDataChanged(tx, { responses: { from: at, to: at } });
				})
			)
		);
		const after = await expectRollupEqualsRaw(store, day.from, day.to);
		expect(after.csat.n).toBe(before.csat.n + 6);
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
