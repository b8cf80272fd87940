// Turnaround of support requests, counted the way a survival analyst would (issue 17): the requests
// received in a period, seen from a cut-off (the period end, or now while it runs). Requests still
// open at the cut-off are censored in the Kaplan–Meier median and 90th percentile, count as misses
// in the within-window share once their window has closed, and make the backlog whatever day they
// came in. SQL (sql/metrics/turnaround_*.sql) counts requests per whole day; the pure module
// src/lib/domain/kaplan-meier.ts finds where the curve crosses ½ and 0.1, and only the one
// whole-day bin that holds that decision is read again, so the estimate is exact yet cheap.
import { kmQuantiles } from '../../domain/kaplan-meier';
import { periodInstants } from '../../domain/periods';
import { suppressedKeys } from '../../domain/suppression';
import {
	plainQuantileRanks,
	SECONDS_PER_DAY,
	turnaroundCounts,
	type TurnaroundBinRow,
	type TurnaroundCounts
} from '../../domain/turnaround';
import { isoDateIn } from '../../domain/zoned-time';
import type { SqlValue, Store } from '../db';
import type { Organisation } from '../organisation';
import { sql } from '../sql';
import type { MetricsFilter, SegmentDimension, TurnaroundFigures } from './types';

export type TurnaroundSource = 'rollup' | 'raw';

/** The cut-off of a period ending at `end` (exclusive), read at `now`: the earlier of the two. */
export function cutoffOf(end: Date, now: Date): Date {
	return now.getTime() < end.getTime() ? now : end;
}

/** Support requests only: a filter on another type has none. */
const hasRequests = (f: MetricsFilter) => !f.type || f.type === 'support_request';
const segmentFiltered = (f: MetricsFilter) => Boolean(f.channel || f.service || f.branch || f.team);

function parameters(
	org: Organisation,
	filter: MetricsFilter,
	cut: Date,
	segment: { dimension: SegmentDimension; key: string | null } | null = null
): Record<string, SqlValue> {
	const { start, end } = periodInstants(filter, org.timeZone);
	// received at or before closed_at, a request's (calendar) window has closed by the cut-off
	const closedAt = new Date(cut.getTime() - org.reviewWindowDays * SECONDS_PER_DAY * 1000);
	return {
		from_day: filter.from,
		to_day: filter.to,
		start,
		end,
		cut,
		cut_day: isoDateIn(cut, org.timeZone),
		zone: org.timeZone,
		working: org.windowCounting === 'working',
		// an empty list cannot be bound (no element type): 0 is no ISO weekday, so [0] means none
		weekend: org.weekendDays.length ? org.weekendDays : [0],
		window_s: org.reviewWindowDays * SECONDS_PER_DAY,
		window_days: org.reviewWindowDays,
		closed_at: closedAt,
		closed_day: isoDateIn(closedAt, org.timeZone),
		overdue_before: closedAt,
		channel: filter.channel ?? null,
		service: filter.service ?? null,
		branch: filter.branch ?? null,
		team: filter.team ?? null,
		dimension: segment?.dimension ?? null,
		key: segment?.key ?? null
	};
}

/** Runs a metrics query, binding only the parameters its text (comments aside) names. */
async function run<T extends Record<string, unknown>>(
	store: Store,
	name: string,
	all: Record<string, SqlValue>
): Promise<T[]> {
	const text = sql(name);
	const code = text.replace(/--.*$/gm, '');
	const used = new Set([...code.matchAll(/\$([a-z_]+)/g)].map((m) => m[1]!));
	const params = Object.fromEntries(Object.entries(all).filter(([k]) => used.has(k)));
	return store.all<T>(text, params);
}

/** A decided request's place: its whole day of turnaround and its 0-based rank inside it. */
interface Rank {
	day: number;
	rank: number;
}
const rankId = (r: Rank) => `${r.day}|${r.rank}`;

/** Reads the turnarounds (seconds) of decided requests at the given ranks, keyed by rankId. */
type RankReader = (wanted: readonly Rank[]) => Promise<Map<string, number>>;

function rankReader(
	store: Store,
	org: Organisation,
	filter: MetricsFilter,
	cut: Date,
	source: TurnaroundSource,
	segment: { dimension: SegmentDimension; key: string | null } | null = null
): RankReader {
	const params = parameters(org, filter, cut, segment);
	if (source === 'raw' || org.windowCounting === 'working') {
		// the turnaround has to be worked out per request: once, for every rank wanted
		const name = source === 'raw' ? 'metrics/turnaround_ranks_raw' : 'metrics/turnaround_ranks';
		return async (wanted) => {
			const out = new Map<string, number>();
			if (wanted.length === 0) return out;
			const rows = await run<{ whole_days: number; rank: number; turnaround_s: number }>(
				store,
				name,
				{
					...params,
					bins: [...new Set(wanted.map((w) => w.day))],
					wanted: wanted.map((w) => `${w.day}:${w.rank}`)
				}
			);
			for (const r of rows)
				out.set(
					rankId({ day: Number(r.whole_days), rank: Number(r.rank) }),
					Number(r.turnaround_s)
				);
			return out;
		};
	}
	// calendar counting: the stored turnaround, one small ordered read per rank
	const name =
		!segmentFiltered(filter) && !segment
			? 'metrics/turnaround_at_rank'
			: 'metrics/turnaround_at_calendar';
	return async (wanted) => {
		const unique = [...new Map(wanted.map((w) => [rankId(w), w])).values()];
		const values = await Promise.all(
			unique.map(async (w) => {
				const rows = await run<{ turnaround_s: number }>(store, name, {
					...params,
					low_days: w.day,
					high_days: w.day,
					offset: w.rank
				});
				return [rankId(w), Number(rows[0]!.turnaround_s)] as const;
			})
		);
		return new Map(values);
	};
}

/**
 * Kaplan–Meier median and 90th percentile, and the plain median of the decided requests, in days
 * (null when not reached / none decided): the counts locate them, one read fetches them.
 */
async function quantiles(counts: TurnaroundCounts, read: RankReader) {
	const km = kmQuantiles(counts.km, [0.5, 0.9]);
	const plain = plainQuantileRanks(counts.decided, 0.5);
	const wanted: Rank[] = [];
	for (const q of km) if (q.reached && !q.atDay) wanted.push({ day: q.day, rank: q.rank });
	const low = plain && { day: plain.lowDays, rank: plain.offset };
	const high = plain && { day: plain.highDays, rank: plain.highOffset };
	if (low && high) wanted.push(low, high);
	const values = await read(wanted);
	const value = (r: Rank) => values.get(rankId(r))!;
	const kmDays = km.map((q) =>
		!q.reached ? null : q.atDay ? q.day : value({ day: q.day, rank: q.rank }) / SECONDS_PER_DAY
	);
	const decidedMedian =
		plain && low && high
			? (value(low) + plain.fraction * (value(high) - value(low))) / SECONDS_PER_DAY
			: null;
	return { km: { median: kmDays[0] ?? null, p90: kmDays[1] ?? null }, decidedMedian };
}

function figuresOf(
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

const noCounts = (): TurnaroundCounts => turnaroundCounts([]);

/** Figures of a group too small to show: counts kept, everything that measures speed null. */
function suppressedFigures(figures: TurnaroundFigures): TurnaroundFigures {
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

type SegmentRow = Omit<TurnaroundBinRow, 'kind'> & {
	dimension: SegmentDimension;
	key: string | null;
	kind: TurnaroundBinRow['kind'] | 'decided';
	decided_median_s: number | null;
} & Record<string, unknown>;

const segmentId = (dimension: string, key: string | null) => JSON.stringify([dimension, key]);

/**
 * Turnaround per channel, service, branch and team. A segment with fewer requests than the
 * minimum group shows its counts only (`suppressed`), and within each dimension further segments
 * are hidden while the hidden ones total fewer than the minimum (suppressedKeys), so that a small
 * group's speed cannot be recovered from the total: one person's work is never shown.
 */
export async function turnaroundSegments(
	store: Store,
	org: Organisation,
	filter: MetricsFilter,
	cutoff: Date
): Promise<Map<string, TurnaroundFigures>> {
	const out = new Map<string, TurnaroundFigures>();
	if (!hasRequests(filter)) return out;
	const params = parameters(org, filter, cutoff);
	const [rows, backlog] = await Promise.all([
		run<SegmentRow>(store, 'metrics/turnaround_segments', params),
		run<{ dimension: SegmentDimension; key: string | null; overdue_open: number }>(
			store,
			org.windowCounting === 'calendar'
				? 'metrics/turnaround_segments_backlog_calendar'
				: 'metrics/turnaround_segments_backlog',
			params
		)
	]);
	const groups = new Map<
		string,
		{
			dimension: SegmentDimension;
			key: string | null;
			bins: TurnaroundBinRow[];
			median: number | null;
		}
	>();
	for (const r of rows) {
		const id = segmentId(r.dimension, r.key);
		const group = groups.get(id) ?? {
			dimension: r.dimension,
			key: r.key,
			bins: [],
			median: null
		};
		if (r.kind === 'decided') {
			group.median =
				r.decided_median_s === null ? null : Number(r.decided_median_s) / SECONDS_PER_DAY;
		} else group.bins.push({ ...r, kind: r.kind });
		groups.set(id, group);
	}
	const overdue = new Map(
		backlog.map((b) => [segmentId(b.dimension, b.key), Number(b.overdue_open)])
	);
	const counted = [...groups.values()].map((g) => ({ ...g, counts: turnaroundCounts(g.bins) }));
	const hidden = new Set<string>();
	for (const dimension of ['channel', 'service', 'branch', 'team'] as const) {
		const inDimension = counted.filter((g) => g.dimension === dimension);
		const keys = suppressedKeys(
			inDimension.map((g) => ({ key: g.key, n: g.counts.n_requests })),
			org.minGroupSize
		);
		for (const key of keys) hidden.add(segmentId(dimension, key));
	}
	await Promise.all(
		counted.map(async (g) => {
			const id = segmentId(g.dimension, g.key);
			const backlogCount = overdue.get(id) ?? 0;
			if (hidden.has(id)) {
				out.set(
					id,
					suppressedFigures(
						figuresOf(g.counts, { median: null, p90: null }, null, backlogCount, cutoff, cutoff)
					)
				);
				return;
			}
			// the plain median comes with the counts (quantile_cont); only the Kaplan–Meier ranks are read
			const read = rankReader(store, org, filter, cutoff, 'rollup', {
				dimension: g.dimension,
				key: g.key
			});
			const { km } = await quantiles({ ...g.counts, decided: [] }, read);
			out.set(id, figuresOf(g.counts, km, g.median, backlogCount, cutoff, cutoff));
		})
	);
	// segments with a backlog but no request received in the period
	for (const [id, n] of overdue) {
		if (!out.has(id))
			out.set(id, figuresOf(noCounts(), { median: null, p90: null }, null, n, cutoff, cutoff));
	}
	return out;
}

/** The figures of one segment from turnaroundSegments (empty when it has no requests). */
export function segmentTurnaround(
	all: Map<string, TurnaroundFigures>,
	dimension: SegmentDimension,
	key: string | null,
	cutoff: Date
): TurnaroundFigures {
	return (
		all.get(segmentId(dimension, key)) ??
		figuresOf(noCounts(), { median: null, p90: null }, null, 0, cutoff, cutoff)
	);
}

/** Empty figures (no support requests in scope). */
export function noTurnaround(cutoff: Date, backlogAt: Date = cutoff): TurnaroundFigures {
	return figuresOf(noCounts(), { median: null, p90: null }, null, 0, cutoff, backlogAt);
}

/** The keys of one dimension that turnaroundSegments has figures for. */
export function segmentKeys(
	all: Map<string, TurnaroundFigures>,
	dimension: SegmentDimension
): (string | null)[] {
	return [...all.keys()]
		.map((id) => JSON.parse(id) as [SegmentDimension, string | null])
		.filter(([d]) => d === dimension)
		.map(([, key]) => key);
}
