// Turnaround of support requests, counted the way a survival analyst would (issue 17): the requests
// received in a period, seen from a cut-off (the period end, or now while it runs). Requests still
// open at the cut-off are censored in the Kaplan–Meier median and 90th percentile, count as misses
// in the within-window share once their window has closed, and make the backlog whatever day they
// came in. SQL (sql/metrics/turnaround_*.sql) counts requests per whole day; the pure module
// src/lib/domain/kaplan-meier.ts finds where the curve crosses ½ and 0.1, and only the one
// whole-day bin that holds that decision is read again, so the estimate is exact yet cheap.
import {
	turnaroundCounts,
	type TurnaroundBinRow,
	type TurnaroundCounts
} from '../../domain/turnaround';
import type { Store } from '../db';
import type { Organisation } from '../organisation';
import {
	loadContext,
	parameters as metricsParameters,
	parseMetricsFilter,
	periodOf,
	run
} from './context';
import {
	cutoffOf,
	hasRequests,
	quantiles,
	rankReader,
	segmentFiltered,
	turnaroundParameters as parameters,
	type TurnaroundSource
} from './turnaround-query';
import type { MetricsFilter, TurnaroundDistribution, TurnaroundFigures } from './types';

export { cutoffOf };

export function figuresOf(
	counts: TurnaroundCounts,
	km: { median: number | null; p90: number | null },
	decidedMedian: number | null,
	overdueOpen: number,
	cutoff: Date,
	backlogAt: Date
): TurnaroundFigures {
	return {
		n_requests: counts.n_requests,
		n_decided: counts.n_decided,
		median_days: km.median,
		p90_days: km.p90,
		median_reached: km.median !== null,
		p90_reached: km.p90 !== null,
		decided_median_days: decidedMedian,
		within_window_pct:
			counts.n_window_closed === 0 ? null : (counts.within_window / counts.n_window_closed) * 100,
		within_window: counts.within_window,
		n_window_closed: counts.n_window_closed,
		still_within_window: counts.still_within_window,
		still_within_window_decided: counts.still_within_window_decided,
		overdue_open: overdueOpen,
		cutoff,
		backlog_at: backlogAt,
		suppressed: false
	};
}

export const noCounts = (): TurnaroundCounts => turnaroundCounts([]);

/** Figures of a group too small to show: counts kept, everything that measures speed null. */
export function suppressedFigures(figures: TurnaroundFigures): TurnaroundFigures {
	return {
		...figures,
		median_days: null,
		p90_days: null,
		median_reached: false,
		p90_reached: false,
		decided_median_days: null,
		within_window_pct: null,
		within_window: null,
		still_within_window_decided: null,
		suppressed: true
	};
}

export interface TurnaroundOptions {
	/** the cut-off of the figures (received requests before it, decisions before it) */
	cutoff: Date;
	/** the instant of the backlog; default the cut-off */
	backlogAt?: Date;
	source?: TurnaroundSource;
}

/** The backlog at an instant, by whole days of age (requests open past their window then). */
export async function turnaroundBacklog(
	store: Store,
	org: Organisation,
	filter: MetricsFilter,
	at: Date,
	source: TurnaroundSource = 'rollup'
): Promise<{ days: number; requests: number }[]> {
	if (!hasRequests(filter)) return [];
	const rows = await run<{ whole_days: number; requests: number }>(
		store,
		source === 'raw'
			? 'metrics/turnaround_backlog_raw'
			: org.windowCounting === 'calendar'
				? 'metrics/turnaround_backlog_calendar'
				: 'metrics/turnaround_backlog',
		parameters(org, filter, at)
	);
	return rows.map((r) => ({ days: Number(r.whole_days), requests: Number(r.requests) }));
}

/** The size of the backlog at an instant (calendar, no segment filter: from the histogram). */
async function overdueCount(
	store: Store,
	org: Organisation,
	filter: MetricsFilter,
	at: Date,
	source: TurnaroundSource
): Promise<number> {
	if (!hasRequests(filter)) return 0;
	if (source === 'rollup' && org.windowCounting === 'calendar' && !segmentFiltered(filter)) {
		const [row] = await run<{ overdue_open: number }>(
			store,
			'metrics/turnaround_overdue_fast',
			parameters(org, filter, at)
		);
		return Number(row!.overdue_open);
	}
	const backlog = await turnaroundBacklog(store, org, filter, at, source);
	return backlog.reduce((n, b) => n + b.requests, 0);
}

/** Per-day counts of the requests received over the filter's days, seen from `cutoff`. */
export async function turnaroundBinCounts(
	store: Store,
	org: Organisation,
	filter: MetricsFilter,
	cutoff: Date,
	source: TurnaroundSource = 'rollup'
): Promise<TurnaroundCounts> {
	if (!hasRequests(filter)) return noCounts();
	// calendar counting reads the stored turnaround: without a segment filter mostly from the
	// histogram, with one from the requests; working days walk the organisation's calendar
	const name =
		source === 'raw'
			? 'metrics/turnaround_bins_raw'
			: org.windowCounting === 'working'
				? 'metrics/turnaround_bins'
				: segmentFiltered(filter)
					? 'metrics/turnaround_bins_calendar'
					: 'metrics/turnaround_bins_fast';
	const rows = await run<TurnaroundBinRow & Record<string, unknown>>(
		store,
		name,
		parameters(org, filter, cutoff)
	);
	return turnaroundCounts(rows);
}

/** The turnaround figures of the requests received over the filter's days, seen from the cut-off. */
export async function turnaroundFor(
	store: Store,
	org: Organisation,
	filter: MetricsFilter,
	options: TurnaroundOptions
): Promise<TurnaroundFigures> {
	const source = options.source ?? 'rollup';
	const cutoff = options.cutoff;
	const backlogAt = options.backlogAt ?? cutoff;
	const [counts, overdue] = await Promise.all([
		turnaroundBinCounts(store, org, filter, cutoff, source),
		overdueCount(store, org, filter, backlogAt, source)
	]);
	const { km, decidedMedian } = await quantiles(
		counts,
		rankReader(store, org, filter, cutoff, source)
	);
	return figuresOf(counts, km, decidedMedian, overdue, cutoff, backlogAt);
}

/**
 * Requests received in the period and decided by the cut-off, by whole days of turnaround; and the
 * backlog at the cut-off (open past the window, whatever day they came in), by whole days of age.
 */
export async function computeTurnaroundDistribution(
	store: Store,
	input: MetricsFilter,
	options: { now?: Date } = {}
): Promise<TurnaroundDistribution> {
	const filter = parseMetricsFilter(input);
	const ctx = await loadContext(store, filter);
	const cutoff = cutoffOf(
		metricsParameters(ctx.org, filter).end as Date,
		options.now ?? new Date()
	);
	const [counts, overdue] = await Promise.all([
		turnaroundBinCounts(store, ctx.org, filter, cutoff),
		turnaroundBacklog(store, ctx.org, filter, cutoff)
	]);
	return { period: periodOf(ctx.org, filter), cutoff, decided: counts.decided, overdue };
}
