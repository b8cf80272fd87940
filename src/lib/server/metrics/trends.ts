// The figures per month or quarter (Gregorian or Umm al-Qura) of a period: volumes, scores and,
// for the full trends, turnaround by month received.
import { addMeasures, emptyMeasures, type AnswerMeasures } from '../../domain/answer-counts';
import type { CalendarSystem } from '../../domain/calendar-month';
import { periodBuckets, type Granularity } from '../../domain/periods';
import type { Store } from '../db';
import {
	loadContext,
	parameters,
	parseMetricsFilter,
	periodOf,
	run,
	type ComputeOptions,
	type Context
} from './context';
import { blocksFor, blocksNeeded, groupDims, scoresOf } from './scoring';
import { interactionsByDayQuery, needsLink, responsesByDayQuery } from './sources';
import { cutoffOf, turnaroundFor } from './turnaround';
import type {
	MetricsFilter,
	ScoreTrendBucket,
	ScoreTrends,
	TrendBucket,
	Trends,
	TurnaroundFigures,
	TurnaroundTrends
} from './types';

export interface TrendOptions extends Pick<ComputeOptions, 'explain' | 'now'> {
	granularity?: Granularity;
	calendar?: CalendarSystem;
}

/**
 * The figures per month or quarter of the period, each bucket clipped to the period. Turnaround
 * per bucket is by received month: the requests received in the bucket, seen from the period's
 * cut-off (so a late decision counts in the month the request arrived); its backlog is the one at
 * the bucket's end. Scores cover the anonymity blocks lying wholly inside each bucket.
 */
export async function computeTrends(
	store: Store,
	input: MetricsFilter,
	options: TrendOptions = {}
): Promise<Trends> {
	return (await trendsIn(store, input, options, true)) as Trends;
}

/** As computeTrends, without turnaround per bucket (no request queries): counts and scores only. */
export async function computeScoreTrends(
	store: Store,
	input: MetricsFilter,
	options: TrendOptions = {}
): Promise<ScoreTrends> {
	return trendsIn(store, input, options, false);
}

/**
 * The turnaround per bucket alone (by month received, seen from the period's cut-off): no answer
 * is read, so neither the answer counts nor the anonymity blocks are worked out.
 */
export async function computeTurnaroundTrends(
	store: Store,
	input: MetricsFilter,
	options: TrendOptions = {}
): Promise<TurnaroundTrends> {
	const filter = parseMetricsFilter(input);
	const granularity = options.granularity ?? 'month';
	const calendar = options.calendar ?? 'gregory';
	const ctx = await loadContext(store, filter);
	const buckets = periodBuckets(filter, granularity, calendar);
	const turnarounds = await bucketTurnarounds(ctx, filter, buckets, options.now ?? new Date());
	return {
		period: periodOf(ctx.org, filter),
		granularity,
		calendar,
		buckets: buckets.map((b, i) => ({
			key: b.key,
			from: b.from,
			to: b.to,
			turnaround: turnarounds[i]!
		}))
	};
}

/** Each bucket's requests received in it, seen from the period's cut-off; its backlog at its end. */
function bucketTurnarounds(
	ctx: Context,
	filter: MetricsFilter,
	buckets: { from: string; to: string }[],
	now: Date
): Promise<TurnaroundFigures[]> {
	const periodEnd = parameters(ctx.org, filter).end as Date;
	return Promise.all(
		buckets.map((b) => {
			const bucket = { ...filter, from: b.from, to: b.to };
			const bucketEnd = parameters(ctx.org, bucket).end as Date;
			return turnaroundFor(ctx.store, ctx.org, bucket, {
				cutoff: cutoffOf(periodEnd, now),
				backlogAt: cutoffOf(bucketEnd, now)
			});
		})
	);
}

async function trendsIn(
	store: Store,
	input: MetricsFilter,
	options: TrendOptions,
	withTurnaround: boolean
): Promise<ScoreTrends | Trends> {
	const filter = parseMetricsFilter(input);
	const granularity = options.granularity ?? 'month';
	const calendar = options.calendar ?? 'gregory';
	const ctx = await loadContext(store, filter);
	const params = parameters(ctx.org, filter);
	const now = options.now ?? new Date();
	const buckets = periodBuckets(filter, granularity, calendar);
	const [interactionDays, responseDays, turnarounds, blocks] = await Promise.all([
		run<{ day: string; channel: string; interactions: number }>(
			store,
			interactionsByDayQuery(filter),
			params
		),
		run<AnswerMeasures & { day: string }>(store, responsesByDayQuery(filter), params),
		withTurnaround
			? bucketTurnarounds(ctx, filter, buckets, now)
			: Promise.resolve([] as TurnaroundFigures[]),
		blocksFor(ctx, filter, blocksNeeded(filter, needsLink(filter)))
	]);
	const dims = groupDims(filter);
	const out = buckets.map((b, i): ScoreTrendBucket | TrendBucket => {
		const inBucket = (d: { day: string }) => d.day >= b.from && d.day <= b.to;
		const byChannel: Record<string, number> = {};
		for (const d of interactionDays.filter(inBucket))
			byChannel[d.channel] = (byChannel[d.channel] ?? 0) + Number(d.interactions);
		const sums = responseDays.filter(inBucket).reduce(addMeasures, emptyMeasures());
		const s = scoresOf(sums, blocks, dims, b, options.explain);
		const turnaround = turnarounds[i];
		return {
			key: b.key,
			from: b.from,
			to: b.to,
			interactions_total: Object.values(byChannel).reduce((a, n) => a + n, 0),
			by_channel: byChannel,
			responses_total: sums.responses,
			...s,
			...(turnaround ? { turnaround } : {}),
			suppressed: s.csat.suppressed || s.nps.suppressed || s.ces.suppressed
		};
	});
	return { period: periodOf(ctx.org, filter), granularity, calendar, buckets: out };
}
