// Each definition of issue 4 on small hand-computed fixtures, through the server API: response
// rates and small groups.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import {
	computeFigures,
	computeMetrics,
	computeSegments,
	computeTrends
} from '../src/lib/server/metrics';
import { addRows, metricsStore, riyadh } from './helpers/metrics-store';
import { channels } from './helpers/metrics-fixtures';

let store: Store;
afterEach(() => store?.close());

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
