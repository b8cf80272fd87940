// The metrics engine's public types: the contract shape (issue 4) and the richer figures that the
// dashboard and the board reports read. Percentages are 0–100, durations in days, nothing rounded;
// null means "no data" or, where `suppressed` is true, "too few answers to report".
import type { Ces } from '../../domain/ces';
import type { Csat } from '../../domain/csat';
import type { QuestionResult } from '../../domain/question-results';
import type { Change } from '../../domain/change';
import type { Nps } from '../../domain/nps';
import type { Granularity } from '../../domain/periods';
import type { CalendarSystem } from '../../domain/calendar-month';
import type { Turnaround } from '../../domain/turnaround';
import type { ResponseRate } from '../../domain/group-scores';
import type { CoverageCell } from './anonymity';

import type { InteractionType } from '../../schemas/metrics-filter';

export { interactionTypes, type InteractionType } from '../../schemas/metrics-filter';

/** What to measure: a period of calendar days (inclusive, organisation's zone) and optional segment filters. */
export interface MetricsFilter {
	from: string;
	to: string;
	channel?: string;
	/** interaction type; answers match through their linked interaction */
	type?: InteractionType;
	service?: string;
	branch?: string;
	/** team of the interaction; answers match through their linked interaction */
	team?: string;
}

/** The exact JSON shape of the issue (`npm run metrics -- --json`). */
export interface Metrics {
	period: { from: string; to: string; zone: string; review_window_days: number };
	interactions_total: number;
	by_channel: Record<string, number>;
	csat: Csat;
	nps: Nps;
	ces: { n: number; mean: number | null };
	turnaround: Turnaround;
	response_rate: Record<string, number | null>;
}

export interface ScoreFlags {
	/**
	 * answers of the group that lie in anonymity blocks wholly inside it: the score covers these
	 * (n − scored_n answers are pooled with answers outside the group; docs/anonymity.md)
	 */
	scored_n: number;
	/** answers but no score: none of them lie in a block wholly inside the group (every small group) */
	suppressed: boolean;
	/** with `explain`: the cells of answers the score covers */
	coverage?: CoverageCell[];
}

/** `n` counts every answer of the group with the measure; the score and its sums cover `scored_n`. */
export interface CsatFigures extends Csat, ScoreFlags {
	/** answers 4–5 among the scored ones; null when nothing is scored */
	positive: number | null;
}
export interface NpsFigures extends Nps, ScoreFlags {
	promoters: number | null;
	detractors: number | null;
}
/** CES mean (1 = very difficult … 7 = very easy) with its Student-t 95% interval. */
export interface CesFigures extends Ces, ScoreFlags {}

/**
 * Turnaround of support requests as a survival analyst counts it (see the metrics README): the
 * requests received in the period, looked at from the cut-off (the period end, or now while the
 * period runs). Requests still open then are counted, not dropped.
 */
export interface TurnaroundFigures extends Turnaround {
	/** support requests received in the period, before the cut-off */
	n_requests: number;
	/** false when fewer than half are estimated decided: median_days is null ("not reached") */
	median_reached: boolean;
	/** false when fewer than 90% are estimated decided: p90_days is null */
	p90_reached: boolean;
	/** the plain median of the decided requests only (interpolated), shown as such; null when none */
	decided_median_days: number | null;
	/** requests whose window had closed by the cut-off: the denominator of within_window_pct */
	n_window_closed: number;
	/** of those, decided within the window: the numerator (null when suppressed) */
	within_window: number | null;
	/** requests whose window was still running at the cut-off (not in the share) */
	still_within_window: number;
	/** of those, already decided (null when suppressed) */
	still_within_window_decided: number | null;
	/** the instant the figures are taken at: the period end, or now for a running period */
	cutoff: Date;
	/** the instant of the backlog (overdue_open): the cut-off, or a trend month's end */
	backlog_at: Date;
	/** a segment with fewer requests than the minimum group (or hidden with it): figures null */
	suppressed: boolean;
}
export type { ResponseRate } from '../../domain/group-scores';

/** Everything the engine knows about one period and filter. */
export interface Figures {
	period: {
		from: string;
		to: string;
		zone: string;
		review_window_days: number;
		window_counting: 'calendar' | 'working';
		/** first instant of `from` and first instant after `to` */
		start: Date;
		end: Date;
	};
	filter: Omit<MetricsFilter, 'from' | 'to'>;
	min_group_size: number;
	interactions_total: number;
	/** every active channel (0 included) and any other channel with interactions */
	by_channel: Record<string, number>;
	by_type: Record<InteractionType, number>;
	responses_total: number;
	csat: CsatFigures;
	nps: NpsFigures;
	ces: CesFigures;
	turnaround: TurnaroundFigures;
	/** per channel, like by_channel; unlinked answers by the answer's own channel */
	response_rate: Record<string, ResponseRate>;
	/** every interaction of the period and filter; unlinked = all the answers naming no interaction */
	response_rate_overall: ResponseRate;
}

export type SegmentDimension = 'channel' | 'service' | 'branch' | 'team';

/** The figures of one segment; `key` null = rows that do not name this dimension. */
export interface SegmentFigures {
	key: string | null;
	interactions: number;
	responses: number;
	csat: CsatFigures;
	nps: NpsFigures;
	ces: CesFigures;
	/** support requests of the segment */
	turnaround: TurnaroundFigures;
	response_rate: ResponseRate;
	/** true when any score of the segment is suppressed */
	suppressed: boolean;
}

export interface Segments {
	period: Figures['period'];
	min_group_size: number;
	dimensions: Record<SegmentDimension, SegmentFigures[]>;
}

export interface TrendBucket {
	/** `2026-05`, `2026-Q2`, `H1447-05` or `H1447-Q1` */
	key: string;
	/** the bucket's days, clipped to the period */
	from: string;
	to: string;
	interactions_total: number;
	/** interactions per channel (only channels with interactions in the bucket) */
	by_channel: Record<string, number>;
	responses_total: number;
	csat: CsatFigures;
	nps: NpsFigures;
	ces: CesFigures;
	turnaround: TurnaroundFigures;
	suppressed: boolean;
}

export interface Trends {
	period: Figures['period'];
	granularity: Granularity;
	calendar: CalendarSystem;
	buckets: TrendBucket[];
}

/** A trend bucket's counts and scores, without turnaround (the satisfaction trend chart). */
export type ScoreTrendBucket = Omit<TrendBucket, 'turnaround'>;

export interface ScoreTrends extends Omit<Trends, 'buckets'> {
	buckets: ScoreTrendBucket[];
}

/** A trend bucket's turnaround alone (the monthly turnaround table): no answers are read. */
export type TurnaroundTrendBucket = Pick<TrendBucket, 'key' | 'from' | 'to' | 'turnaround'>;

export interface TurnaroundTrends extends Omit<Trends, 'buckets'> {
	buckets: TurnaroundTrendBucket[];
}

export interface TurnaroundDistribution {
	period: Figures['period'];
	/** the cut-off: the period end, or now for a running period */
	cutoff: Date;
	/** requests received in the period and decided by the cut-off, by whole days of turnaround (0 = under one day) */
	decided: { days: number; requests: number }[];
	/** the backlog at the cut-off (whatever day they came in), by whole days of age */
	overdue: { days: number; requests: number }[];
}

/** A change label between two periods (see src/lib/domain/change.ts): Fisher's exact test. */
export type FigureChange = Change;

export interface Comparison {
	current: Figures;
	previous: Figures;
	year_before: Figures;
	changes: {
		previous: { csat: FigureChange; within_window: FigureChange };
		year_before: { csat: FigureChange; within_window: FigureChange };
	};
}

/** Answers to the survey's other questions (see computeQuestionResults). */
export interface QuestionResults {
	period: Figures['period'];
	min_group_size: number;
	questions: QuestionResult[];
}
