// Each definition of issue 4 on small hand-computed fixtures, through the server API: counts,
// satisfaction and day boundaries.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import { computeFigures, computeMetrics } from '../src/lib/server/metrics';
import { addRows, applySettings, metricsStore, riyadh } from './helpers/metrics-store';
import { Z, zeros, nulls } from './helpers/metrics-fixtures';

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
