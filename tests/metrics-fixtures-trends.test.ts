// Each definition of issue 4 on small hand-computed fixtures, through the server API: trends,
// comparisons and input errors.
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/lib/server/db';
import {
	computeComparison,
	computeMetrics,
	computeTrends,
	MetricsError
} from '../src/lib/server/metrics';
import { metricsErrorText } from '../src/lib/i18n/metrics-messages';
import { addRows, metricsStore, riyadh, type InteractionRow } from './helpers/metrics-store';

let store: Store;
afterEach(() => store?.close());

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
