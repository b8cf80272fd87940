// Each definition of issue 4 on small hand-computed fixtures, through the server API: turnaround in
// working days, by received month, as of now and in small segments.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import {
	computeFigures,
	computeMetrics,
	computeSegments,
	computeTrends,
	computeTurnaroundDistribution
} from '../src/lib/server/metrics';
import {
	addRows,
	applySettings,
	metricsStore,
	riyadh,
	type InteractionRow
} from './helpers/metrics-store';

let store: Store;
afterEach(() => store?.close());

describe('turnaround against the review window', () => {
	it('counts working days across a weekend and a holiday when the organisation says so', async () => {
		store = await metricsStore({
			windowCounting: 'working',
			holidays: ['2026-03-08'],
			reviewWindowDays: 2
		});
		await addRows(store, [
			{
				// Thu 5 March 10:00 → Mon 9 March 10:00: Thursday 14 h + Monday 10 h = 1 working day
				id: 'w1',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-03-05T10:00:00'),
				decidedAt: riyadh('2026-03-09T10:00:00')
			},
			{
				// Wed 4 March 12:00 → Tue 10 March 12:00: Wed ½ + Thu 1 + Mon 1 + Tue ½ = 3 working days
				id: 'w2',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-03-04T12:00:00'),
				decidedAt: riyadh('2026-03-10T12:00:00')
			},
			{
				// open, received Thu 5 March 18:00; at the end of 10 March: Thu 6 h + Mon + Tue = 2.25 > 2
				id: 'w3',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-03-05T18:00:00')
			},
			{
				// open, received Sun 8 March (holiday) 09:00: Mon + Tue = 2 working days, not older than 2
				id: 'w4',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-03-08T09:00:00')
			}
		]);
		const period = { from: '2026-03-01', to: '2026-03-10' };
		for (const source of ['rollup', 'raw'] as const) {
			// at the cut-off (11 March 00:00) every window has closed: w1 2.6 working days old, w2 3.5,
			// w3 2.25, w4 2; only w1 was decided within 2 working days → 1 of 4.
			// Kaplan–Meier: S(1) = 3/4; w3 and w4 censored at 2 leave w2 alone at risk; S(3) = 0
			const m = await computeMetrics(store, period, { source });
			expect(m.turnaround).toEqual({
				n_decided: 2,
				median_days: 3,
				p90_days: 3,
				within_window_pct: 25,
				overdue_open: 1
			});
			const f = await computeFigures(store, period, { source });
			expect(f.turnaround.decided_median_days).toBe(2); // (1 + 3) / 2
		}
		await applySettings(store, { windowCounting: 'calendar', reviewWindowDays: 2 });
		const calendar = await computeFigures(store, period);
		// calendar days: 4 and 6, none within 2; w3 is 5.25 days old, w4 2.625 → both overdue.
		// Censored at 2 (w4) and 5 (w3): S(4) = 2/3, S(6) = 0 → median 6
		expect(calendar.turnaround).toMatchObject({
			n_decided: 2,
			median_days: 6,
			within_window_pct: 0,
			overdue_open: 2
		});
	});
	it('gives a month its true figures: by received month, seen from the cut-off (the issue example)', async () => {
		store = await metricsStore({ reviewWindowDays: 14 });
		const day = (d: number) => String(d).padStart(2, '0');
		const rows: InteractionRow[] = [];
		// ten requests received 1–10 March decided after exactly 2 days, ten received 20–29 March
		// decided after exactly 21 days (10–19 April)
		for (const [first, days] of [
			[1, 2],
			[20, 21]
		] as const) {
			for (let d = first; d < first + 10; d++) {
				const receivedAt = riyadh(`2026-03-${day(d)}T09:00:00`);
				rows.push({
					id: `m${d}`,
					channel: 'phone',
					type: 'support_request',
					receivedAt,
					decidedAt: new Date(receivedAt.getTime() + days * 86_400_000)
				});
			}
		}
		await addRows(store, rows);
		const period = { from: '2026-03-01', to: '2026-04-30' };
		const truth = {
			n_requests: 20,
			n_decided: 20,
			n_window_closed: 20,
			within_window: 10,
			within_window_pct: 50,
			// half are decided after 2 days (S = 10/20), all after 21
			median_days: 2,
			p90_days: 21,
			decided_median_days: 11.5 // (2 + 21) / 2
		};
		for (const source of ['rollup', 'raw'] as const) {
			const whole = await computeFigures(store, period, { source });
			expect(whole.turnaround).toMatchObject({ ...truth, overdue_open: 0 });
		}
		// month by month: March's requests are seen from the end of April, so the slow ones count in
		// March (where they arrived), as misses; March is no rosier than the whole period
		const trend = await computeTrends(store, period, { granularity: 'month' });
		const [march, april] = trend.buckets;
		expect(march!.key).toBe('2026-03');
		expect(march!.turnaround).toMatchObject({ ...truth, overdue_open: 0 });
		expect(april!.turnaround).toMatchObject({
			n_requests: 0,
			n_decided: 0,
			within_window_pct: null,
			median_days: null,
			overdue_open: 0
		});
		// March alone, seen from its own end: the slow ones are open with their window still running
		// (11.6 … 2.6 days old), shown apart; censored, they leave the 90th percentile unreached
		const marchAlone = await computeFigures(store, { from: '2026-03-01', to: '2026-03-31' });
		expect(marchAlone.turnaround).toMatchObject({
			n_requests: 20,
			n_decided: 10,
			n_window_closed: 10,
			within_window: 10,
			still_within_window: 10,
			still_within_window_decided: 0,
			median_days: 2,
			p90_days: null,
			p90_reached: false,
			overdue_open: 0
		});
	});

	it('counts in the backlog every request open past its window, whatever month it came in', async () => {
		store = await metricsStore();
		await addRows(store, [
			{
				// received 1 March, never decided: 60 days 15 h old at the end of April
				id: 'old-open',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-03-01T09:00:00')
			},
			{
				id: 'april',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-04-10T09:00:00'),
				decidedAt: riyadh('2026-04-12T09:00:00')
			}
		]);
		const april = { from: '2026-04-01', to: '2026-04-30' };
		for (const source of ['rollup', 'raw'] as const) {
			const figures = await computeFigures(store, april, { source });
			expect(figures.turnaround).toMatchObject({ n_requests: 1, n_decided: 1, overdue_open: 1 });
		}
		const distribution = await computeTurnaroundDistribution(store, april);
		expect(distribution.decided).toEqual([{ days: 2, requests: 1 }]);
		expect(distribution.overdue).toEqual([{ days: 60, requests: 1 }]);
		const trend = await computeTrends(store, { from: '2026-03-01', to: '2026-04-30' });
		// at the end of March it was 30 days 15 h old, at the end of April 60 days 15 h
		expect(trend.buckets.map((b) => b.turnaround.overdue_open)).toEqual([1, 1]);
		expect(trend.buckets[0]!.turnaround).toMatchObject({
			n_requests: 1,
			n_window_closed: 1,
			within_window: 0,
			within_window_pct: 0,
			median_days: null,
			median_reached: false
		});
	});

	it('sees a running period from now: the cut-off is the instant, not the next midnight', async () => {
		store = await metricsStore();
		await addRows(store, [
			{
				id: 'quick',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-05-01T09:00:00'),
				decidedAt: riyadh('2026-05-03T09:00:00')
			},
			{
				// decided at 15:00 on the day the figures are read at noon: still open then
				id: 'slow',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-05-02T09:00:00'),
				decidedAt: riyadh('2026-05-20T15:00:00')
			},
			{
				// received after noon: not yet there at the cut-off
				id: 'later',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-05-20T13:00:00')
			}
		]);
		const now = riyadh('2026-05-20T12:00:00');
		for (const source of ['rollup', 'raw'] as const) {
			const f = await computeFigures(
				store,
				{ from: '2026-05-01', to: '2026-05-31' },
				{ source, now }
			);
			expect(f.turnaround).toMatchObject({
				cutoff: now,
				n_requests: 2,
				n_decided: 1,
				n_window_closed: 2, // slow is 18 days 3 h old at noon: a miss, and overdue
				within_window: 1,
				within_window_pct: 50,
				overdue_open: 1,
				median_days: 2, // S(2) = 1/2
				p90_days: null // slow is censored at 18 days
			});
		}
	});

	it('does not show the speed of a segment below the minimum group, nor of the one that would reveal it', async () => {
		store = await metricsStore({ minGroupSize: 5 });
		const team = (name: string, n: number) =>
			Array.from({ length: n }, (_, i) => ({
				id: `${name}-${i}`,
				channel: 'phone',
				type: 'support_request' as const,
				receivedAt: riyadh(`2026-05-0${i + 1}T09:00:00`),
				decidedAt: riyadh(`2026-05-1${i}T09:00:00`),
				team: name
			}));
		await addRows(store, [...team('big', 6), ...team('mid', 5), ...team('one', 1)]);
		const segments = await computeSegments(store, { from: '2026-05-01', to: '2026-05-31' });
		const byKey = Object.fromEntries(segments.dimensions.team.map((s) => [s.key, s.turnaround]));
		// 'one' has 1 request (< 5); 'mid' is hidden with it, or total − big − mid would give it away
		for (const key of ['one', 'mid']) {
			expect(byKey[key]).toMatchObject({
				suppressed: true,
				median_days: null,
				p90_days: null,
				decided_median_days: null,
				within_window_pct: null,
				within_window: null
			});
		}
		expect(byKey.one!.n_requests).toBe(1);
		expect(byKey.one!.n_decided).toBe(1);
		expect(byKey.mid!.n_requests).toBe(5);
		// 'big': decided after 9, 9, 9, 9, 9 and 9 days (1 → 10 May, …, 6 → 15 May)
		expect(byKey.big).toMatchObject({ suppressed: false, n_requests: 6, median_days: 9 });
	});
});
