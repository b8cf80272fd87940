// Reading turnaround from SQL (sql/metrics/turnaround_*.sql): the parameters of a cut-off, which
// requests count, and the reader of single decided requests at given ranks, so that a Kaplan–Meier
// quantile located from per-day counts is fetched exactly with one small read.
import { kmQuantiles } from '../../domain/kaplan-meier';
import {
	plainQuantileRanks,
	SECONDS_PER_DAY,
	type TurnaroundCounts
} from '../../domain/turnaround';
import { isoDateIn } from '../../domain/zoned-time';
import type { SqlValue, Store } from '../db';
import type { Organisation } from '../organisation';
import { parameters, run } from './context';
import type { MetricsFilter, SegmentDimension } from './types';

export type TurnaroundSource = 'rollup' | 'raw';

/** The cut-off of a period ending at `end` (exclusive), read at `now`: the earlier of the two. */
export function cutoffOf(end: Date, now: Date): Date {
	return now.getTime() < end.getTime() ? now : end;
}

/** Support requests only: a filter on another type has none. */
export const hasRequests = (f: MetricsFilter) => !f.type || f.type === 'support_request';
export const segmentFiltered = (f: MetricsFilter) =>
	Boolean(f.channel || f.service || f.branch || f.team);

/**
 * The metrics parameters of a filter plus those of a cut-off: the cut-off itself and its day, the
 * instant before which a request's (calendar) window has closed, and optionally one segment.
 */
export function turnaroundParameters(
	org: Organisation,
	filter: MetricsFilter,
	cut: Date,
	segment: { dimension: SegmentDimension; key: string | null } | null = null
): Record<string, SqlValue> {
	// received at or before closed_at, a request's (calendar) window has closed by the cut-off
	const closedAt = new Date(cut.getTime() - org.reviewWindowDays * SECONDS_PER_DAY * 1000);
	return {
		...parameters(org, filter),
		cut,
		cut_day: isoDateIn(cut, org.timeZone),
		window_days: org.reviewWindowDays,
		closed_at: closedAt,
		closed_day: isoDateIn(closedAt, org.timeZone),
		overdue_before: closedAt,
		dimension: segment?.dimension ?? null,
		key: segment?.key ?? null
	};
}

/** A decided request's place: its whole day of turnaround and its 0-based rank inside it. */
interface Rank {
	day: number;
	rank: number;
}
const rankId = (r: Rank) => `${r.day}|${r.rank}`;

/** Reads the turnarounds (seconds) of decided requests at the given ranks, keyed by rankId. */
type RankReader = (wanted: readonly Rank[]) => Promise<Map<string, number>>;

export function rankReader(
	store: Store,
	org: Organisation,
	filter: MetricsFilter,
	cut: Date,
	source: TurnaroundSource,
	segment: { dimension: SegmentDimension; key: string | null } | null = null
): RankReader {
	const params = turnaroundParameters(org, filter, cut, segment);
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
export async function quantiles(counts: TurnaroundCounts, read: RankReader) {
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
