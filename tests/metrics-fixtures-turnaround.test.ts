// Each definition of issue 4 on small hand-computed fixtures, through the server API: turnaround of
// requests decided and open at the cut-off.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import {
	computeFigures,
	computeMetrics,
	computeTurnaroundDistribution
} from '../src/lib/server/metrics';
import { addRows, metricsStore, riyadh } from './helpers/metrics-store';

let store: Store;
afterEach(() => store?.close());

describe('turnaround against the review window', () => {
	// Requests received 1–5 May 09:00 Riyadh, decided after 1, 2, 3, 4 and 20 days.
	const decided = [1, 2, 3, 4, 20].map((days, i) => ({
		id: `s${i}`,
		channel: 'help_request',
		type: 'support_request' as const,
		receivedAt: riyadh(`2026-05-0${i + 1}T09:00:00`),
		decidedAt: new Date(riyadh(`2026-05-0${i + 1}T09:00:00`).getTime() + days * 86_400_000)
	}));

	it('gives n, the Kaplan–Meier median and p90, the plain median and the share within the window', async () => {
		store = await metricsStore();
		await addRows(store, [
			...decided,
			{
				// decided after exactly 14 days: within the window (≤)
				id: 'exact',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-05-06T09:00:00'),
				decidedAt: riyadh('2026-05-20T09:00:00')
			},
			// an inquiry with a decision does not count: only support requests have a turnaround
			{
				id: 'q',
				channel: 'phone',
				type: 'inquiry',
				receivedAt: riyadh('2026-05-02T09:00:00'),
				decidedAt: riyadh('2026-05-03T09:00:00')
			}
		]);
		for (const source of ['rollup', 'raw'] as const) {
			const m = await computeMetrics(store, { from: '2026-05-01', to: '2026-06-30' }, { source });
			// sorted 1, 2, 3, 4, 14, 20, nothing open: the share still undecided is 5/6, 4/6, 3/6 after
			// 1, 2, 3 days → median 3; 1/6 after 14, 0 after 20 → p90 20; 5 of 6 within 14 days
			expect(m.turnaround).toEqual({
				n_decided: 6,
				median_days: 3,
				p90_days: 20,
				within_window_pct: expect.closeTo((5 / 6) * 100, 9),
				overdue_open: 0
			});
			const f = await computeFigures(store, { from: '2026-05-01', to: '2026-06-30' }, { source });
			// the plain median of the decided ones interpolates: (3 + 4) / 2
			expect(f.turnaround).toMatchObject({
				n_requests: 6,
				decided_median_days: 3.5,
				median_reached: true,
				p90_reached: true,
				n_window_closed: 6,
				within_window: 5,
				still_within_window: 0,
				suppressed: false
			});
		}
	});

	it('counts a request open at the cut-off: censored, a miss once its window has closed, overdue when older', async () => {
		store = await metricsStore();
		await addRows(store, [
			...decided,
			{
				// received 20 May, decided 2 June: open at the end of May, 11.6 days old → not overdue
				id: 'late-young',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-05-20T10:00:00'),
				decidedAt: riyadh('2026-06-02T10:00:00')
			},
			{
				// received 5 May, decided 10 June: open at the end of May, 26.6 days old → overdue
				id: 'late-old',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-05-05T10:00:00'),
				decidedAt: riyadh('2026-06-10T10:00:00')
			},
			{
				// never decided, received 17 May 23:00: 14.04 days old at the end of May → overdue
				id: 'open',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-05-17T23:00:00')
			},
			{
				// never decided, received 18 May 00:00: exactly 14 days old → not overdue (not older)
				id: 'open-exact',
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh('2026-05-18T00:00:00')
			}
		]);
		for (const source of ['rollup', 'raw'] as const) {
			const may = await computeFigures(store, { from: '2026-05-01', to: '2026-05-31' }, { source });
			// at the cut-off (1 June 00:00): decided 1, 2, 3, 4, 20 (the 20-day one on 25 May); open:
			// late-young 11.6 days (window still running), late-old 26.6, open 14.04, open-exact 14.0
			// (windows closed: misses). Within: 4 of the 8 closed.
			expect(may.turnaround).toMatchObject({
				n_requests: 9,
				n_decided: 5,
				n_window_closed: 8,
				within_window: 4,
				within_window_pct: 50,
				still_within_window: 1,
				still_within_window_decided: 0,
				overdue_open: 2 // late-old and open; open-exact is not older than the window
			});
			// Kaplan–Meier, censored at 11, 26, 14, 14 whole days: S = 8/9, 7/9, 6/9, 5/9 after
			// 1 … 4 days; 11, 14, 14 leave 2 at risk; at 20 S = 5/9 · 1/2 = 5/18 ≤ ½ → median 20;
			// the last one is censored at 26: the 90th percentile is not reached
			expect(may.turnaround.median_days).toBe(20);
			expect(may.turnaround.p90_days).toBeNull();
			expect(may.turnaround.p90_reached).toBe(false);
			expect(may.turnaround.decided_median_days).toBe(3); // of 1, 2, 3, 4, 20

			// to the end of June the two late ones are decided after 13 and 36 days
			const both = await computeFigures(
				store,
				{ from: '2026-05-01', to: '2026-06-30' },
				{ source }
			);
			expect(both.turnaround).toMatchObject({
				n_decided: 7,
				n_window_closed: 9,
				within_window: 5, // 1, 2, 3, 4, 13
				median_days: 13, // S = (9 − k)/9 after the k-th decision: 4/9 after 13
				median_reached: true,
				p90_days: null, // 2/9 still undecided after 36
				decided_median_days: 4, // 1, 2, 3, 4, 13, 20, 36
				overdue_open: 2 // both never-decided ones are 44 days old at the end of June
			});
			expect(both.turnaround.within_window_pct).toBeCloseTo((5 / 9) * 100, 10);
		}

		const distribution = await computeTurnaroundDistribution(store, {
			from: '2026-05-01',
			to: '2026-05-31'
		});
		expect(distribution.decided).toEqual([
			{ days: 1, requests: 1 },
			{ days: 2, requests: 1 },
			{ days: 3, requests: 1 },
			{ days: 4, requests: 1 },
			{ days: 20, requests: 1 }
		]);
		// late-old: 26 days 14 h at the end of May; open: 14 days 1 h
		expect(distribution.overdue).toEqual([
			{ days: 14, requests: 1 },
			{ days: 26, requests: 1 }
		]);
	});
});
