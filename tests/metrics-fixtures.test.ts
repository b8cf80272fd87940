// Each definition of issue 4 on small hand-computed fixtures, through the server API.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import {
	computeComparison,
	computeFigures,
	computeMetrics,
	computeSegments,
	computeTrends,
	computeTurnaroundDistribution,
	MetricsError
} from '../src/lib/server/metrics';
import { metricsErrorText } from '../src/lib/i18n/metrics-messages';
import {
	addRows,
	applySettings,
	metricsStore,
	policyChannels,
	riyadh,
	type InteractionRow
} from './helpers/metrics-store';

const Z = 1.959964;
const channels = policyChannels;
const zeros = Object.fromEntries(channels.map((c) => [c, 0]));
const nulls = Object.fromEntries(channels.map((c) => [c, null]));

let store: Store;
afterEach(() => store?.close());

describe('an empty period', () => {
	it('has zero counts, every active channel at 0 and null scores', async () => {
		store = await metricsStore();
		expect(await computeMetrics(store, { from: '2026-05-01', to: '2026-05-31' })).toEqual({
			period: { from: '2026-05-01', to: '2026-05-31', zone: 'Asia/Riyadh', review_window_days: 14 },
			interactions_total: 0,
			by_channel: zeros,
			csat: { n: 0, percent: null, ci_low: null, ci_high: null, mean: null },
			nps: { n: 0, score: null, ci_low: null, ci_high: null },
			ces: { n: 0, mean: null },
			turnaround: {
				n_decided: 0,
				median_days: null,
				p90_days: null,
				within_window_pct: null,
				overdue_open: 0
			},
			response_rate: nulls
		});
	});
});

describe('a period with one answer', () => {
	const rows = async () => {
		await addRows(
			store,
			[{ id: 'i1', channel: 'phone', type: 'inquiry', receivedAt: riyadh('2026-05-10T09:00:00') }],
			[
				{
					id: 'r1',
					submittedAt: riyadh('2026-05-10T12:00:00'),
					channel: 'phone',
					interactionId: 'i1',
					csat: 5,
					nps: 10,
					ces: 3
				}
			]
		);
	};

	it('scores it when the minimum group size is 1', async () => {
		store = await metricsStore({ minGroupSize: 1 });
		await rows();
		const m = await computeMetrics(store, { from: '2026-05-01', to: '2026-05-31' });
		expect(m.interactions_total).toBe(1);
		expect(m.by_channel).toEqual({ ...zeros, phone: 1 });
		// Wilson for 1 of 1: [1/(1+z²), 1]
		expect(m.csat).toEqual({
			n: 1,
			percent: 100,
			ci_low: expect.closeTo(100 / (1 + Z * Z), 9),
			ci_high: 100,
			mean: 5
		});
		// adjusted Wald for 1 promoter of 1: n' = 4, P' = 1.75/4, D' = 0.75/4, centre 1/4,
		// variance (2.5/4 − 1/16)/4 = 0.140625, sd 0.375: 25 ± 1.959964 × 37.5
		expect(m.nps).toEqual({
			n: 1,
			score: 100,
			ci_low: expect.closeTo(25 - Z * 37.5, 9),
			ci_high: expect.closeTo(25 + Z * 37.5, 9)
		});
		expect(m.ces).toEqual({ n: 1, mean: 3 });
		expect(m.response_rate).toEqual({ ...nulls, phone: 1 });
	});

	it('reports the count but no score under the default minimum of 5', async () => {
		store = await metricsStore();
		await rows();
		const f = await computeFigures(store, { from: '2026-05-01', to: '2026-05-31' });
		expect(f.csat).toMatchObject({
			n: 1,
			percent: null,
			ci_low: null,
			mean: null,
			suppressed: true
		});
		expect(f.nps).toMatchObject({ n: 1, score: null, suppressed: true });
		expect(f.ces).toEqual({
			n: 1,
			scored_n: 0,
			mean: null,
			ci_low: null,
			ci_high: null,
			suppressed: true
		});
	});
});

describe('satisfaction on ten answers', () => {
	it('computes CSAT %, its Wilson interval, the mean, NPS and CES by hand', async () => {
		store = await metricsStore();
		const csat = [5, 5, 4, 4, 4, 3, 2, 1, 5, 4]; // 7 satisfied, sum 37
		const nps = [10, 9, 9, 10, 9, 8, 7, 0, 6, null]; // 9 answers: 5 promoters, 2 detractors
		const ces = [7, 6, null, null, null, null, null, null, null, 4]; // 3 answers, sum 17
		await addRows(
			store,
			[],
			csat.map((c, i) => ({
				id: `r${i}`,
				submittedAt: riyadh(`2026-05-${String(i + 10)}T10:00:00`),
				channel: 'website',
				csat: c,
				nps: nps[i],
				ces: ces[i]
			}))
		);
		await applySettings(store, { minGroupSize: 3 });
		const m = await computeMetrics(store, { from: '2026-05-01', to: '2026-05-31' });
		expect(m.csat.n).toBe(10);
		expect(m.csat.percent).toBe(70);
		expect(m.csat.mean).toBeCloseTo(3.7, 12);
		expect(m.csat.ci_low).toBeCloseTo(39.6778, 4);
		expect(m.csat.ci_high).toBeCloseTo(89.2209, 4);
		// NPS: (5 − 2)/9 × 100 = 33.33…; adjusted Wald interval: n' = 12, P' = 5.75/12,
		// D' = 2.75/12, centre 3/12, variance (P' + D' − (P' − D')²)/12
		const P = 5.75 / 12;
		const D = 2.75 / 12;
		const se = Math.sqrt((P + D - (P - D) ** 2) / 12);
		expect(m.nps.n).toBe(9);
		expect(m.nps.score).toBeCloseTo(100 / 3, 10);
		expect(m.nps.ci_low).toBeCloseTo(25 - Z * 100 * se, 10);
		expect(m.nps.ci_high).toBeCloseTo(25 + Z * 100 * se, 10);
		expect(m.ces).toEqual({ n: 3, mean: 17 / 3 });
		// CES 7, 6, 4: s² = ((4/3)² + (1/3)² + (5/3)²)/2 = 7/3, se = √(7/9); t(0.975, 2) = 4.302653;
		// the upper end is clipped to the scale's 7
		const f = await computeFigures(store, { from: '2026-05-01', to: '2026-05-31' });
		expect(f.ces.ci_low).toBeCloseTo(17 / 3 - 4.302653 * Math.sqrt(7 / 9), 5);
		expect(f.ces.ci_high).toBe(7);
		// no interactions on the website: the rate has no denominator
		expect(m.response_rate.website).toBeNull();
	});
});

describe('Riyadh-midnight boundaries', () => {
	it('puts rows in the period by the local day, both for interactions and for answers', async () => {
		store = await metricsStore({ minGroupSize: 1 });
		await addRows(
			store,
			[
				// 2026-04-30T20:59:59Z is 23:59:59 on 30 April in Riyadh: April
				{
					id: 'a',
					channel: 'phone',
					type: 'inquiry',
					receivedAt: new Date('2026-04-30T20:59:59Z')
				},
				// 2026-04-30T21:00:00Z is midnight starting 1 May in Riyadh: May
				{
					id: 'b',
					channel: 'phone',
					type: 'inquiry',
					receivedAt: new Date('2026-04-30T21:00:00Z')
				},
				{
					id: 'c',
					channel: 'letter',
					type: 'inquiry',
					receivedAt: new Date('2026-05-31T20:59:59.999Z')
				},
				{
					id: 'd',
					channel: 'letter',
					type: 'inquiry',
					receivedAt: new Date('2026-05-31T21:00:00Z')
				}
			],
			[
				{ id: 'r1', submittedAt: new Date('2026-04-30T20:59:59Z'), csat: 1 },
				{ id: 'r2', submittedAt: new Date('2026-04-30T21:00:00Z'), csat: 5 },
				{ id: 'r3', submittedAt: new Date('2026-05-31T21:00:00Z'), csat: 2 }
			]
		);
		for (const source of ['rollup', 'raw'] as const) {
			const may = await computeMetrics(store, { from: '2026-05-01', to: '2026-05-31' }, { source });
			expect(may.interactions_total).toBe(2);
			expect(may.by_channel).toMatchObject({ phone: 1, letter: 1 });
			expect(may.csat).toMatchObject({ n: 1, percent: 100, mean: 5 });
			const april = await computeMetrics(
				store,
				{ from: '2026-04-30', to: '2026-04-30' },
				{ source }
			);
			expect(april.interactions_total).toBe(1);
			expect(april.csat.mean).toBe(1);
		}
	});
});

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

describe('response rates', () => {
	it('divide answered interactions by interactions received, never above 100%; unlinked answers apart', async () => {
		store = await metricsStore();
		const may10 = riyadh('2026-05-10T10:00:00');
		await addRows(
			store,
			[
				...[1, 2, 3, 4].map((i) => ({
					id: `p${i}`,
					channel: 'phone',
					type: 'inquiry' as const,
					receivedAt: may10
				})),
				...[1, 2].map((i) => ({
					id: `w${i}`,
					channel: 'website',
					type: 'complaint' as const,
					receivedAt: may10
				})),
				{
					id: 'p0',
					channel: 'phone',
					type: 'inquiry' as const,
					receivedAt: riyadh('2026-04-20T10:00:00')
				}
			],
			[
				// p1 answered twice: one answered interaction
				{ id: 'r1', submittedAt: may10, channel: 'phone', interactionId: 'p1' },
				{
					id: 'r2',
					submittedAt: riyadh('2026-05-11T10:00:00'),
					channel: 'phone',
					interactionId: 'p1'
				},
				// p2 answered after May: still May's (the month it came in)
				{
					id: 'r3',
					submittedAt: riyadh('2026-06-03T10:00:00'),
					channel: 'phone',
					interactionId: 'p2'
				},
				// an April request answered in May counts for April
				{
					id: 'r4',
					submittedAt: riyadh('2026-05-12T10:00:00'),
					channel: 'phone',
					interactionId: 'p0'
				},
				// three answers naming no interaction on a channel with two interactions
				{ id: 'r5', submittedAt: may10, channel: 'website' },
				{ id: 'r6', submittedAt: riyadh('2026-05-11T10:00:00'), channel: 'website' },
				{ id: 'r7', submittedAt: riyadh('2026-05-12T10:00:00'), channel: 'website' },
				// and one with no channel either
				{ id: 'r8', submittedAt: riyadh('2026-05-13T10:00:00') }
			]
		);
		const may = { from: '2026-05-01', to: '2026-05-31' };
		for (const source of ['rollup', 'raw'] as const) {
			const f = await computeFigures(store, may, { source });
			expect(f.responses_total).toBe(7);
			expect(f.response_rate.phone).toEqual({
				answered: 2,
				interactions: 4,
				ratio: 0.5,
				unlinked: 0
			});
			// answers ÷ interactions would have said 150%
			expect(f.response_rate.website).toEqual({
				answered: 0,
				interactions: 2,
				ratio: 0,
				unlinked: 3
			});
			expect(f.response_rate_overall).toEqual({
				answered: 2,
				interactions: 6,
				ratio: 2 / 6,
				unlinked: 4
			});
			expect(f.by_type).toEqual({ inquiry: 4, support_request: 0, complaint: 2, suggestion: 0 });
			const april = await computeFigures(
				store,
				{ from: '2026-04-01', to: '2026-04-30' },
				{ source }
			);
			expect(april.response_rate_overall).toEqual({
				answered: 1,
				interactions: 1,
				ratio: 1,
				unlinked: 0
			});
		}
		const phone = await computeMetrics(store, { ...may, channel: 'phone' });
		expect(phone.by_channel).toEqual({ phone: 4 });
		expect(phone.response_rate).toEqual({ phone: 0.5 });
		const segments = await computeSegments(store, may);
		const website = segments.dimensions.channel.find((s) => s.key === 'website')!;
		expect(website.response_rate).toEqual({ answered: 0, interactions: 2, ratio: 0, unlinked: 3 });
		const complaint = await computeFigures(store, { ...may, type: 'complaint' });
		// answers naming no interaction have no type: none under a type filter
		expect(complaint.response_rate_overall).toEqual({
			answered: 0,
			interactions: 2,
			ratio: 0,
			unlinked: 0
		});
	});

	it('follow answers linked later to interactions stored earlier (roll-ups as the raw rows)', async () => {
		store = await metricsStore();
		const at = riyadh('2026-05-10T10:00:00');
		await addRows(store, [
			{ id: 'a', channel: 'phone', type: 'inquiry', receivedAt: at },
			{ id: 'b', channel: 'phone', type: 'inquiry', receivedAt: riyadh('2026-05-20T10:00:00') }
		]);
		const may = { from: '2026-05-01', to: '2026-05-31' };
		expect((await computeFigures(store, may)).response_rate.phone!.answered).toBe(0);
		// an answer in July to May's request: only July's answer roll-ups and May's request days move
		await addRows(
			store,
			[],
			[
				{
					id: 'late',
					submittedAt: riyadh('2026-07-02T10:00:00'),
					channel: 'phone',
					interactionId: 'b'
				}
			]
		);
		const after = await computeFigures(store, may);
		expect(after.response_rate.phone).toEqual({
			answered: 1,
			interactions: 2,
			ratio: 0.5,
			unlinked: 0
		});
		expect(after).toEqual(await computeFigures(store, may, { source: 'raw' }));
	});
});

describe('small groups', () => {
	const at = riyadh('2026-05-10T10:00:00');
	const answers = (channel: string, n: number, csat: number, offset: number) =>
		Array.from({ length: n }, (_, i) => ({
			id: `${channel}-${i + offset}`,
			submittedAt: at,
			channel,
			branch: 'hail',
			csat
		}));

	it('scores a filter whose remainder is a small group only where no block is split', async () => {
		store = await metricsStore();
		await addRows(store, [], [...answers('phone', 10, 5, 0), ...answers('website', 2, 1, 0)]);
		const period = { from: '2026-05-01', to: '2026-05-31' };
		expect((await computeMetrics(store, period)).csat.percent).toBeCloseTo((10 / 12) * 100, 10);
		// phone alone (10) beside the total (12) would reveal the 2 website answers: the website's
		// 2 are pooled with the phone's 10 in one block, so phone alone is counted, not scored
		const phone = await computeFigures(store, { ...period, channel: 'phone' });
		expect(phone.csat).toMatchObject({
			n: 10,
			scored_n: 0,
			percent: null,
			positive: null,
			suppressed: true
		});
		// the same for breakdowns and trends, which are not refused either
		const segments = await computeSegments(store, { ...period, channel: 'phone' });
		expect(segments.dimensions.branch[0]!.csat).toMatchObject({ n: 10, suppressed: true });
		const trend = await computeTrends(store, { ...period, channel: 'phone' });
		expect(trend.buckets[0]!.csat).toMatchObject({ n: 10, percent: null, suppressed: true });
		// the website alone is a small group: counted, not scored
		const website = await computeFigures(store, { ...period, channel: 'website' });
		expect(website.csat).toMatchObject({ n: 2, scored_n: 0, percent: null, suppressed: true });
		// the same through another dimension: branch hail holds the whole block, so it is scored
		const hail = await computeFigures(store, { ...period, branch: 'hail' });
		expect(hail.csat).toMatchObject({ n: 12, scored_n: 12, suppressed: false });
		expect(hail.csat.percent).toBeCloseTo((10 / 12) * 100, 10);
	});

	it('suppresses small segments and the block their answers are pooled with', async () => {
		store = await metricsStore();
		await addRows(
			store,
			[],
			[...answers('phone', 20, 5, 0), ...answers('website', 2, 1, 0), ...answers('letter', 6, 4, 0)]
		);
		const seg = await computeSegments(store, { from: '2026-05-01', to: '2026-05-31' });
		const byKey = Object.fromEntries(seg.dimensions.channel.map((s) => [s.key, s]));
		expect(byKey.website!.csat).toMatchObject({ n: 2, percent: null, suppressed: true });
		expect(byKey.letter!.csat).toMatchObject({ n: 6, percent: null, suppressed: true });
		expect(byKey.phone!.csat).toMatchObject({ n: 20, percent: 100, suppressed: false });
		expect(byKey.in_person!.csat).toMatchObject({ n: 0, percent: null, suppressed: false });
		expect(seg.dimensions.channel.map((s) => s.key)).toEqual(channels);
		expect(seg.dimensions.branch).toHaveLength(1);
		expect(seg.dimensions.branch[0]).toMatchObject({
			key: 'hail',
			responses: 28,
			suppressed: false
		});
	});

	it('suppresses small months in a trend, and the month their answers are pooled with', async () => {
		store = await metricsStore();
		await addRows(
			store,
			[],
			[
				...answers('phone', 10, 5, 0),
				...answers('phone', 3, 1, 100).map((a) => ({
					...a,
					submittedAt: riyadh('2026-06-10T10:00:00')
				})),
				...answers('phone', 7, 2, 200).map((a) => ({
					...a,
					submittedAt: riyadh('2026-07-10T10:00:00')
				}))
			]
		);
		const trend = await computeTrends(store, { from: '2026-05-01', to: '2026-07-31' });
		await expect(
			computeSegments(store, { from: '2026-05-01', to: '2026-07-31', channel: 'phone' })
		).resolves.toBeDefined();
		expect(trend.buckets.map((b) => [b.key, b.csat.n, b.csat.percent, b.suppressed])).toEqual([
			['2026-05', 10, 100, false],
			['2026-06', 3, null, true],
			['2026-07', 7, null, true]
		]);
	});
});

describe('trends, comparisons and input errors', () => {
	it('groups by Hijri month and labels changes between periods', async () => {
		store = await metricsStore();
		const rows = [];
		// 1 Ramadan 1447 = 18 Feb 2026. Shaban: 40 of 100 satisfied; Ramadan: 70 of 100.
		for (let i = 0; i < 100; i++) {
			rows.push({ id: `a${i}`, submittedAt: riyadh('2026-02-10T10:00:00'), csat: i < 40 ? 5 : 2 });
			rows.push({ id: `b${i}`, submittedAt: riyadh('2026-02-25T10:00:00'), csat: i < 70 ? 4 : 1 });
		}
		await addRows(store, [], rows);
		const trend = await computeTrends(
			store,
			{ from: '2026-01-20', to: '2026-03-19' },
			{ granularity: 'month', calendar: 'hijri' }
		);
		expect(trend.buckets.map((b) => [b.key, b.from, b.to, b.csat.percent])).toEqual([
			['H1447-08', '2026-01-20', '2026-02-17', 40],
			['H1447-09', '2026-02-18', '2026-03-19', 70]
		]);
		const comparison = await computeComparison(store, {}, { periodKey: 'H1447-09' });
		expect(comparison.previous.period).toMatchObject({ from: '2026-01-20', to: '2026-02-17' });
		// pooled p = .55, se = √(.55 × .45 × .02) = .07036; z = .3/.07036 = 4.264
		expect(comparison.changes.previous.csat.label).toBe('improvement');
		expect(comparison.changes.previous.csat.p).toBeLessThan(0.001);
		expect(comparison.changes.previous.csat.z).toBeCloseTo(0.3 / Math.sqrt(0.55 * 0.45 * 0.02), 9);
		expect(comparison.changes.year_before.csat.label).toBe('no_data');
	});

	it('does not call 20 of 24 satisfied → 21 of 21 a clear improvement (Fisher p = 0.111)', async () => {
		store = await metricsStore();
		const rows = [];
		for (let i = 0; i < 24; i++)
			rows.push({ id: `a${i}`, submittedAt: riyadh('2026-04-10T10:00:00'), csat: i < 20 ? 5 : 2 });
		for (let i = 0; i < 21; i++)
			rows.push({ id: `b${i}`, submittedAt: riyadh('2026-05-10T10:00:00'), csat: 4 });
		await addRows(store, [], rows);
		const comparison = await computeComparison(store, {}, { periodKey: '2026-05' });
		// hypergeometric sum by hand: (C(21,21)·C(24,20) + C(21,17)·C(24,24)) / C(45,41)
		expect(comparison.changes.previous.csat).toMatchObject({
			label: 'no_clear_change',
			p: expect.closeTo((10626 + 5985) / 148995, 12)
		});
	});

	it('says too few to tell for 0 of 2 → 3 of 3 requests within the window', async () => {
		store = await metricsStore();
		const day = 86_400_000;
		const request = (id: string, received: string, days: number) => ({
			id,
			channel: 'phone',
			type: 'support_request' as const,
			receivedAt: riyadh(received),
			decidedAt: new Date(riyadh(received).getTime() + days * day)
		});
		await addRows(store, [
			// April: 2 requests received and decided (20 days: outside the 14-day window) in April
			request('p1', '2026-04-01T09:00:00', 20),
			request('p2', '2026-04-02T09:00:00', 20),
			// May: 3 decided in 2 days
			request('c1', '2026-05-01T09:00:00', 2),
			request('c2', '2026-05-02T09:00:00', 2),
			request('c3', '2026-05-03T09:00:00', 2)
		]);
		const comparison = await computeComparison(store, {}, { periodKey: '2026-05' });
		expect(comparison.changes.previous.within_window).toEqual({
			label: 'too_few',
			difference: null,
			z: null,
			p: null
		});
	});

	it('compares the within-window share over the requests whose window has closed', async () => {
		store = await metricsStore();
		const rows: InteractionRow[] = [];
		for (let d = 1; d <= 10; d++) {
			const day = String(d).padStart(2, '0');
			// April: all ten decided after 2 days
			rows.push({
				id: `a${d}`,
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh(`2026-04-${day}T09:00:00`),
				decidedAt: riyadh(`2026-04-${String(d + 2).padStart(2, '0')}T09:00:00`)
			});
			// May: five decided after 2 days, five still open at the end of May (past the window)
			rows.push({
				id: `m${d}`,
				channel: 'phone',
				type: 'support_request',
				receivedAt: riyadh(`2026-05-${day}T09:00:00`),
				decidedAt: d <= 5 ? riyadh(`2026-05-${String(d + 2).padStart(2, '0')}T09:00:00`) : null
			});
		}
		await addRows(store, rows);
		const comparison = await computeComparison(store, {}, { periodKey: '2026-05' });
		// April 10 of 10, May 5 of 10 (not 5 of 5: the open ones are misses)
		expect(comparison.current.turnaround).toMatchObject({ within_window: 5, n_window_closed: 10 });
		expect(comparison.previous.turnaround).toMatchObject({
			within_window: 10,
			n_window_closed: 10
		});
		expect(comparison.changes.previous.within_window.difference).toBeCloseTo(-50, 9);
	});

	it('refuses bad input with a clear message in English and Arabic', async () => {
		store = await metricsStore();
		await expect(computeMetrics(store, { from: '2026-05-31', to: '2026-05-01' })).rejects.toThrow(
			/must not be after/
		);
		await expect(computeMetrics(store, { from: '2026-5-1', to: '2026-05-31' })).rejects.toThrow(
			/YYYY-MM-DD/
		);
		const unknown = computeMetrics(store, { from: '2026-05-01', to: '2026-05-31', channel: 'fax' });
		const refused = await unknown.catch((error: unknown) => error);
		expect(refused).toMatchObject({ code: 'unknown_channel' });
		expect(metricsErrorText((refused as MetricsError).detail, 'ar')).toMatch(/غير معروفة/);
	});
});
