// The metrics engine: SQL (sql/metrics/) returns counts and sums; the pure formulas in
// src/lib/domain turn them into percentages, intervals and labels; suppression hides small groups.
import { z } from 'zod';
import type { AnswerMeasures } from '../../domain/answer-counts';
import { cesFromCounts } from '../../domain/ces';
import { proportionChange } from '../../domain/change';
import { csatFromCounts } from '../../domain/csat';
import { npsFromCounts } from '../../domain/nps';
import {
	parsePeriodKey,
	periodBuckets,
	periodDatesSchema,
	periodFromDates,
	periodInstants,
	previousPeriod,
	yearBefore,
	PeriodError,
	requireSupported,
	type Granularity,
	type Period
} from '../../domain/periods';
import type { CalendarSystem } from '../../domain/calendar-month';
import {
	questionResults,
	type AnswerCount,
	type QuestionDefinition
} from '../../domain/question-results';
import { questionSetSchema } from '../../schemas/survey-questions';
import { SECONDS_PER_DAY } from '../../domain/turnaround';
import { isoDateIn } from '../../domain/zoned-time';
import { ratio } from '../../domain/stats';
import type { Row, SqlValue, Store } from '../db';
import { getOrganisation, type Organisation } from '../organisation';
import { sql } from '../sql';
import { paramsFor, type MetricsQuery } from './query-params';
import {
	anonymityIndex,
	questionAnonymityIndex,
	blockDimensions,
	measures,
	type AnonymityIndex,
	type GroupDims,
	type Measure,
	type Scored
} from './anonymity';
import { ensureRollups } from './rollups';
import {
	interactionTypes,
	type CesFigures,
	type Comparison,
	type CsatFigures,
	type Figures,
	type InteractionType,
	type Metrics,
	type MetricsFilter,
	type NpsFigures,
	type ResponseRate,
	type SegmentDimension,
	type SegmentFigures,
	type Segments,
	type QuestionResults,
	type ScoreTrendBucket,
	type ScoreTrends,
	type TrendBucket,
	type Trends,
	type TurnaroundDistribution,
	type TurnaroundFigures
} from './types';

export type MetricsErrorCode = 'invalid_filter' | 'unknown_channel' | 'no_organisation';

/** A request the engine refuses, with the reason in English (`message`) and Arabic (`messageAr`). */
export class MetricsError extends Error {
	constructor(
		readonly code: MetricsErrorCode,
		message: string,
		readonly messageAr: string
	) {
		super(message);
		this.name = 'MetricsError';
	}
}

const segmentCode = z
	.string()
	.trim()
	.min(1)
	.max(100)
	.regex(/^[^\s'"\\;]+(?: [^\s'"\\;]+)*$/, 'contains characters a code cannot have');

/** zod schema of MetricsFilter (period dates valid, from ≤ to, codes well-formed). */
export const metricsFilterSchema = z
	.object({
		from: z.string(),
		to: z.string(),
		channel: z
			.string()
			.regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a channel code such as phone')
			.optional(),
		type: z.enum(interactionTypes).optional(),
		service: segmentCode.optional(),
		branch: segmentCode.optional(),
		team: segmentCode.optional()
	})
	.superRefine((value, ctx) => {
		const dates = periodDatesSchema.safeParse({ from: value.from, to: value.to });
		if (!dates.success)
			for (const issue of dates.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
	});

/** Validates a filter; throws MetricsError('invalid_filter') with the first problem in words. */
export function parseMetricsFilter(input: unknown): MetricsFilter {
	const parsed = metricsFilterSchema.safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
		throw new MetricsError(
			'invalid_filter',
			`Invalid filter: ${where}${issue.message}`,
			`مرشّح غير صالح: ${where}${issue.message}`
		);
	}
	const f = parsed.data;
	const out: MetricsFilter = { from: f.from, to: f.to };
	if (f.channel) out.channel = f.channel;
	if (f.type) out.type = f.type;
	if (f.service) out.service = f.service;
	if (f.branch) out.branch = f.branch;
	if (f.team) out.team = f.team;
	return out;
}

export type Source = 'rollup' | 'raw';

export interface ComputeOptions {
	/** 'rollup' (default) reads the daily roll-ups; 'raw' reads the raw rows (benchmark, checks). */
	source?: Source;
	/** attach to every score the cells of answers it covers (`coverage`), for the anonymity tests */
	explain?: boolean;
}

/** The answer roll-ups' measures, as their columns name them (the same the survey's group commit adds). */
type ResponseSums = AnswerMeasures & Record<string, unknown>;

interface TurnaroundRow extends Record<string, unknown> {
	n_decided: number;
	median_s: number | null;
	p90_s: number | null;
	within_window: number;
	overdue_open: number;
}

const sumKeys = [
	'responses',
	'linked',
	'csat_n',
	'csat_positive',
	'csat_sum',
	'nps_n',
	'nps_promoters',
	'nps_detractors',
	'ces_n',
	'ces_sum',
	'ces_sq_sum'
] as const;

function emptySums(): ResponseSums {
	return Object.fromEntries(sumKeys.map((k) => [k, 0])) as ResponseSums;
}

function addSums(into: ResponseSums, row: Partial<ResponseSums>): ResponseSums {
	for (const k of sumKeys) into[k] += Number(row[k] ?? 0);
	return into;
}

interface Context {
	store: Store;
	org: Organisation;
	channels: { code: string; active: boolean; sort_order: number }[];
}

async function context(store: Store): Promise<Context> {
	const [org, channels] = await Promise.all([
		getOrganisation(store),
		store.all<{ code: string; active: boolean; sort_order: number }>(sql('metrics/channels'))
	]);
	if (!org) {
		throw new MetricsError(
			'no_organisation',
			'The store has no organisation yet; set it up with npm run setup (see the README), start the app, or run npm run db:seed -- --demo.',
			'لا توجد بيانات جمعية في قاعدة البيانات بعد.'
		);
	}
	await ensureRollups(store, org.timeZone);
	return { store, org, channels };
}

function checkChannel(ctx: Context, filter: MetricsFilter): void {
	if (filter.channel && !ctx.channels.some((c) => c.code === filter.channel)) {
		throw new MetricsError(
			'unknown_channel',
			`Unknown channel "${filter.channel}"; known channels: ${ctx.channels.map((c) => c.code).join(', ')}.`,
			`القناة "${filter.channel}" غير معروفة.`
		);
	}
}

/** All parameters any metrics query may use; `run` binds those each query declares. */
function parameters(org: Organisation, filter: MetricsFilter): Record<string, SqlValue> {
	const { start, end } = periodInstants(filter, org.timeZone);
	return {
		from_day: filter.from,
		to_day: filter.to,
		start,
		end,
		zone: org.timeZone,
		working: org.windowCounting === 'working',
		// an empty list cannot be bound (no element type): 0 is no ISO weekday, so [0] means none
		weekend: org.weekendDays.length ? org.weekendDays : [0],
		window_s: org.reviewWindowDays * SECONDS_PER_DAY,
		channel: filter.channel ?? null,
		type: filter.type ?? null,
		service: filter.service ?? null,
		branch: filter.branch ?? null,
		team: filter.team ?? null
	};
}

async function run<T extends Record<string, unknown>>(
	store: Store,
	name: MetricsQuery,
	all: Record<string, SqlValue>
): Promise<T[]> {
	return store.all<T>(sql(name), paramsFor(name, all));
}

function periodOf(org: Organisation, filter: MetricsFilter): Figures['period'] {
	const { start, end } = periodInstants(filter, org.timeZone);
	return {
		from: filter.from,
		to: filter.to,
		zone: org.timeZone,
		review_window_days: org.reviewWindowDays,
		window_counting: org.windowCounting,
		start,
		end
	};
}

const needsLink = (f: MetricsFilter) => Boolean(f.type || f.team);
const hasRequests = (f: MetricsFilter) => !f.type || f.type === 'support_request';

/** No service, branch or team filter: the coarse (channel-level) roll-ups suffice. */
const coarse = (f: MetricsFilter) => !f.service && !f.branch && !f.team;

async function responseRows(ctx: Context, filter: MetricsFilter, source: Source) {
	const name = needsLink(filter)
		? 'metrics/responses_linked_raw'
		: source === 'raw'
			? 'metrics/responses_raw'
			: coarse(filter)
				? 'metrics/responses_coarse'
				: 'metrics/responses';
	return run<ResponseSums & { channel: string | null }>(
		ctx.store,
		name,
		parameters(ctx.org, filter)
	);
}

async function turnaroundRow(
	ctx: Context,
	filter: MetricsFilter,
	source: Source
): Promise<TurnaroundRow> {
	if (!hasRequests(filter)) {
		return { n_decided: 0, median_s: null, p90_s: null, within_window: 0, overdue_open: 0 };
	}
	if (
		source === 'rollup' &&
		ctx.org.windowCounting === 'calendar' &&
		coarse(filter) &&
		!filter.channel
	) {
		return turnaroundFromHistogram(ctx, filter);
	}
	const rows = await run<TurnaroundRow>(
		ctx.store,
		source === 'raw' ? 'metrics/turnaround_raw' : 'metrics/turnaround',
		parameters(ctx.org, filter)
	);
	return rows[0]!;
}

/**
 * Exact turnaround figures (calendar counting, no segment filter) without scanning the period's
 * requests: the histogram by whole days gives n, the within-window count below the window's own
 * bin and the position of every rank; only the one or two bins holding the ranks that the median
 * and the 90th percentile interpolate between are read from metrics_turnaround_sorted (ORDER BY … LIMIT 2
 * OFFSET r), and the window's bin for the requests decided after exactly the window.
 * Interpolation as quantile_cont: h = q·(n−1), v[⌊h⌋] + (h − ⌊h⌋)·(v[⌊h⌋+1] − v[⌊h⌋]).
 */
async function turnaroundFromHistogram(
	ctx: Context,
	filter: MetricsFilter
): Promise<TurnaroundRow> {
	const params = parameters(ctx.org, filter);
	const windowDays = ctx.org.reviewWindowDays;
	const end = params.end as Date;
	const cutoff = new Date(end.getTime() - windowDays * SECONDS_PER_DAY * 1000);
	const [bins, overdue, onWindow] = await Promise.all([
		run<{ whole_days: number; requests: number }>(
			ctx.store,
			'metrics/turnaround_histogram',
			params
		),
		run<{ overdue_open: number }>(ctx.store, 'metrics/turnaround_overdue', {
			...params,
			cutoff,
			cutoff_day: isoDateIn(cutoff, ctx.org.timeZone)
		}),
		run<{ requests: number }>(ctx.store, 'metrics/turnaround_on_window', {
			...params,
			window_days: windowDays
		})
	]);
	const counts = bins.map((b) => ({ days: Number(b.whole_days), n: Number(b.requests) }));
	const n = counts.reduce((sum, b) => sum + b.n, 0);
	const within =
		counts.filter((b) => b.days < windowDays).reduce((sum, b) => sum + b.n, 0) +
		Number(onWindow[0]!.requests);
	/** The bin holding 0-based rank `rank`, and the rank's offset inside it. */
	const locate = (rank: number) => {
		let before = 0;
		for (const b of counts) {
			if (rank < before + b.n) return { days: b.days, offset: rank - before };
			before += b.n;
		}
		throw new Error(`rank ${rank} is beyond ${n} requests`);
	};
	const quantile = async (q: number): Promise<number | null> => {
		if (n === 0) return null;
		const h = q * (n - 1);
		const k = Math.floor(h);
		const low = locate(k);
		const high = locate(Math.min(k + 1, n - 1));
		const rows = await run<{ turnaround_s: number }>(ctx.store, 'metrics/turnaround_at_rank', {
			...params,
			low_days: low.days,
			high_days: high.days,
			offset: low.offset
		});
		const v0 = Number(rows[0]!.turnaround_s);
		const v1 = rows[1] ? Number(rows[1].turnaround_s) : v0;
		return v0 + (h - k) * (v1 - v0);
	};
	const [median, p90] = await Promise.all([quantile(0.5), quantile(0.9)]);
	return {
		n_decided: n,
		median_s: median,
		p90_s: p90,
		within_window: within,
		overdue_open: Number(overdue[0]!.overdue_open)
	};
}

/**
 * Scores of a group from its counts (`all`) and, per measure, the sums over the anonymity blocks
 * lying wholly inside it (`scored`): the score covers those answers only (`scored_n`); a group
 * none of whose answers lie in such blocks (every group of 1 … min−1 answers among them) keeps
 * its count and no score (`suppressed`). Counts and sums of unscored answers are never returned.
 */
function scores(
	all: ResponseSums,
	scored: Record<Measure, Scored>,
	explain = false
): { csat: CsatFigures; nps: NpsFigures; ces: CesFigures } {
	const c = scored.csat.sums;
	const p = scored.nps.sums;
	const e = scored.ces.sums;
	const csatN = c.csat_n ?? 0;
	const npsN = p.nps_n ?? 0;
	const cesN = e.ces_n ?? 0;
	const coverage = (m: Measure) => (explain ? { coverage: scored[m].coverage } : {});
	const csat = csatFromCounts({ n: csatN, positive: c.csat_positive ?? 0, sum: c.csat_sum ?? 0 });
	const nps = npsFromCounts({
		n: npsN,
		promoters: p.nps_promoters ?? 0,
		detractors: p.nps_detractors ?? 0
	});
	const ces = cesFromCounts({ n: cesN, sum: e.ces_sum ?? 0, sumSquares: e.ces_sq_sum ?? 0 });
	return {
		csat: {
			...csat,
			n: all.csat_n,
			scored_n: csatN,
			positive: csatN > 0 ? (c.csat_positive ?? 0) : null,
			suppressed: all.csat_n > 0 && csatN === 0,
			...coverage('csat')
		},
		nps: {
			...nps,
			n: all.nps_n,
			scored_n: npsN,
			promoters: npsN > 0 ? (p.nps_promoters ?? 0) : null,
			detractors: npsN > 0 ? (p.nps_detractors ?? 0) : null,
			suppressed: all.nps_n > 0 && npsN === 0,
			...coverage('nps')
		},
		ces: {
			...ces,
			n: all.ces_n,
			scored_n: cesN,
			suppressed: all.ces_n > 0 && cesN === 0,
			...coverage('ces')
		}
	};
}

/** The group of a filter (and optionally one segment) for the anonymity blocks. */
function groupDims(filter: MetricsFilter, segment?: { dim: SegmentDimension; key: string | null }) {
	const dims: GroupDims = {};
	for (const d of blockDimensions) if (filter[d] !== undefined) dims[d] = filter[d];
	if (segment) dims[segment.dim] = segment.key;
	return dims;
}

/** The anonymity blocks of the answers around a period (see anonymity.ts). */
function blocksFor(
	ctx: Context,
	filter: MetricsFilter,
	need: { detail: boolean; request: boolean }
): Promise<AnonymityIndex> {
	return anonymityIndex((name, params) => run(ctx.store, name, params), {
		zone: ctx.org.timeZone,
		minGroupSize: ctx.org.minGroupSize,
		from: filter.from,
		to: filter.to,
		...need
	});
}

function scoredOf(index: AnonymityIndex, dims: GroupDims, from: string, to: string) {
	return Object.fromEntries(measures.map((m) => [m, index.scored(m, dims, from, to)])) as Record<
		Measure,
		Scored
	>;
}

function turnaroundFigures(row: TurnaroundRow): TurnaroundFigures {
	const n = Number(row.n_decided);
	return {
		n_decided: n,
		median_days: row.median_s === null ? null : Number(row.median_s) / SECONDS_PER_DAY,
		p90_days: row.p90_s === null ? null : Number(row.p90_s) / SECONDS_PER_DAY,
		within_window_pct: n === 0 ? null : (Number(row.within_window) / n) * 100,
		overdue_open: Number(row.overdue_open),
		within_window: Number(row.within_window)
	};
}

/**
 * Answered interactions ÷ interactions (never above 1); answers that name no interaction are
 * counted apart (`unlinked`), never in the ratio.
 */
function responseRate(answered: number, interactions: number, unlinked: number): ResponseRate {
	return { answered, interactions, ratio: ratio(answered, interactions), unlinked };
}

const filterDimensions = ['channel', 'type', 'service', 'branch', 'team'] as const;

async function figuresIn(
	ctx: Context,
	filter: MetricsFilter,
	source: Source,
	explain = false
): Promise<Figures> {
	checkChannel(ctx, filter);
	const params = parameters(ctx.org, filter);
	const dims = groupDims(filter);
	const [interactionRows, respRows, tRow, blocks] = await Promise.all([
		run<{ channel: string; type: InteractionType; interactions: number; answered: number }>(
			ctx.store,
			source === 'raw'
				? 'metrics/interactions_raw'
				: coarse(filter)
					? 'metrics/interactions_coarse'
					: 'metrics/interactions',
			params
		),
		responseRows(ctx, filter, source),
		turnaroundRow(ctx, filter, source),
		blocksFor(ctx, filter, {
			detail: Object.keys(dims).length > 0,
			request: needsLink(filter)
		})
	]);
	const sums = respRows.reduce(addSums, emptySums());

	const byChannel: Record<string, number> = {};
	const channelAnswered: Record<string, number> = {};
	const channelUnlinked: Record<string, number> = {};
	for (const c of ctx.channels) {
		if (c.active && (!filter.channel || c.code === filter.channel)) byChannel[c.code] = 0;
	}
	const byType = Object.fromEntries(interactionTypes.map((t) => [t, 0])) as Record<
		InteractionType,
		number
	>;
	let total = 0;
	let answered = 0;
	for (const row of interactionRows) {
		const n = Number(row.interactions);
		total += n;
		answered += Number(row.answered);
		byChannel[row.channel] = (byChannel[row.channel] ?? 0) + n;
		byType[row.type] = (byType[row.type] ?? 0) + n;
		channelAnswered[row.channel] = (channelAnswered[row.channel] ?? 0) + Number(row.answered);
	}
	for (const row of respRows) {
		if (row.channel === null) continue;
		const unlinked = Number(row.responses) - Number(row.linked);
		channelUnlinked[row.channel] = (channelUnlinked[row.channel] ?? 0) + unlinked;
	}
	const rates: Record<string, ResponseRate> = {};
	for (const code of Object.keys(byChannel)) {
		rates[code] = responseRate(
			channelAnswered[code] ?? 0,
			byChannel[code]!,
			channelUnlinked[code] ?? 0
		);
	}
	return {
		period: periodOf(ctx.org, filter),
		filter: withoutPeriod(filter),
		min_group_size: ctx.org.minGroupSize,
		interactions_total: total,
		by_channel: byChannel,
		by_type: byType,
		responses_total: sums.responses,
		...scores(sums, scoredOf(blocks, dims, filter.from, filter.to), explain),
		turnaround: turnaroundFigures(tRow),
		response_rate: rates,
		response_rate_overall: responseRate(answered, total, sums.responses - sums.linked)
	};
}

function withoutPeriod(filter: MetricsFilter): Figures['filter'] {
	const rest: Figures['filter'] = {};
	for (const dim of filterDimensions)
		if (filter[dim] !== undefined) Object.assign(rest, { [dim]: filter[dim] });
	return rest;
}

/**
 * Every figure of a period and filter, with suppression applied and counts kept.
 * Throws MetricsError for an invalid filter, an unknown channel or a refused (remainder) filter.
 */
export async function computeFigures(
	store: Store,
	input: MetricsFilter,
	options: ComputeOptions = {}
): Promise<Figures> {
	const filter = parseMetricsFilter(input);
	const ctx = await context(store);
	return figuresIn(ctx, filter, options.source ?? 'rollup', options.explain);
}

/** The contract shape of the issue, from richer figures. */
export function toMetrics(f: Figures): Metrics {
	return {
		period: {
			from: f.period.from,
			to: f.period.to,
			zone: f.period.zone,
			review_window_days: f.period.review_window_days
		},
		interactions_total: f.interactions_total,
		by_channel: f.by_channel,
		csat: {
			n: f.csat.n,
			percent: f.csat.percent,
			ci_low: f.csat.ci_low,
			ci_high: f.csat.ci_high,
			mean: f.csat.mean
		},
		nps: { n: f.nps.n, score: f.nps.score, ci_low: f.nps.ci_low, ci_high: f.nps.ci_high },
		ces: { n: f.ces.n, mean: f.ces.mean },
		turnaround: {
			n_decided: f.turnaround.n_decided,
			median_days: f.turnaround.median_days,
			p90_days: f.turnaround.p90_days,
			within_window_pct: f.turnaround.within_window_pct,
			overdue_open: f.turnaround.overdue_open
		},
		response_rate: Object.fromEntries(
			Object.entries(f.response_rate).map(([code, r]) => [code, r.ratio])
		)
	};
}

/** The figures of the issue's contract (the CLI's --json output) for a period and filter. */
export async function computeMetrics(
	store: Store,
	filter: MetricsFilter,
	options: ComputeOptions = {}
): Promise<Metrics> {
	return toMetrics(await computeFigures(store, filter, options));
}

type SegmentRow = ResponseSums & { dimension: SegmentDimension; key: string | null };

/**
 * The figures per channel, service, branch and team. Small groups keep their counts with scores
 * null and `suppressed: true`; within each dimension the remainder rule suppresses further
 * segments so that no small group can be recovered from the total. Turnaround and counts are
 * never suppressed. Scores are never broken down by staff member (there is no such dimension).
 */
export async function computeSegments(
	store: Store,
	input: MetricsFilter,
	options: Pick<ComputeOptions, 'explain'> = {}
): Promise<Segments> {
	const filter = parseMetricsFilter(input);
	const ctx = await context(store);
	checkChannel(ctx, filter);
	const params = parameters(ctx.org, filter);
	const [interactionRows, rollupRows, linkedRows, requestRows, blocks] = await Promise.all([
		run<{ dimension: string; key: string | null; interactions: number; answered: number }>(
			store,
			'metrics/interaction_segments',
			params
		),
		needsLink(filter)
			? Promise.resolve([] as SegmentRow[])
			: run<SegmentRow>(store, 'metrics/response_segments', params),
		run<SegmentRow>(store, 'metrics/response_segments_raw', params),
		hasRequests(filter)
			? run<TurnaroundRow & { dimension: string; key: string | null; requests: number }>(
					store,
					'metrics/turnaround_segments',
					params
				)
			: Promise.resolve([]),
		// the team breakdown needs the blocks by the linked request's type and team
		blocksFor(ctx, filter, { detail: true, request: true })
	]);
	const responseRowsAll = needsLink(filter)
		? linkedRows
		: [...rollupRows, ...linkedRows.filter((r) => r.dimension === 'team')];

	const dims: SegmentDimension[] = ['channel', 'service', 'branch', 'team'];
	const min = ctx.org.minGroupSize;
	const dimensions = {} as Record<SegmentDimension, SegmentFigures[]>;
	for (const dim of dims) {
		const keys: (string | null)[] = [];
		const add = (k: string | null) => {
			if (!keys.includes(k)) keys.push(k);
		};
		if (dim === 'channel') {
			for (const c of ctx.channels)
				if (c.active && (!filter.channel || c.code === filter.channel)) add(c.code);
		}
		const inter = interactionRows.filter((r) => r.dimension === dim);
		const resp = responseRowsAll.filter((r) => r.dimension === dim);
		const req = requestRows.filter((r) => r.dimension === dim);
		for (const r of [...inter, ...resp, ...req]) add(r.key);
		if (dim !== 'channel')
			keys.sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
		const sumsOf = (k: string | null) =>
			resp.filter((r) => r.key === k).reduce(addSums, emptySums());
		const all = keys.map((key) => ({ key, sums: sumsOf(key) }));
		dimensions[dim] = all.map(({ key, sums }) => {
			const rows = inter.filter((r) => r.key === key);
			const interactions = rows.reduce((n, r) => n + Number(r.interactions), 0);
			const answered = rows.reduce((n, r) => n + Number(r.answered), 0);
			const t = req.find((r) => r.key === key);
			const group = groupDims(filter, { dim, key });
			const s = scores(sums, scoredOf(blocks, group, filter.from, filter.to), options.explain);
			return {
				key,
				interactions,
				responses: sums.responses,
				...s,
				turnaround: turnaroundFigures(
					t ?? { n_decided: 0, median_s: null, p90_s: null, within_window: 0, overdue_open: 0 }
				),
				response_rate: responseRate(answered, interactions, sums.responses - sums.linked),
				suppressed: s.csat.suppressed || s.nps.suppressed || s.ces.suppressed
			};
		});
	}
	return { period: periodOf(ctx.org, filter), min_group_size: min, dimensions };
}

/**
 * The figures per month or quarter (Gregorian or Umm al-Qura) of the period, each bucket clipped
 * to the period. Turnaround per bucket treats the bucket as the period (received in it, decided by
 * its end). Small buckets are suppressed, with the remainder rule across buckets.
 */
export async function computeTrends(
	store: Store,
	input: MetricsFilter,
	options: TrendOptions = {}
): Promise<Trends> {
	const trends = await trendsIn(store, input, options, true);
	return trends as Trends;
}

/** As computeTrends, without turnaround per bucket (no request queries): counts and scores only. */
export async function computeScoreTrends(
	store: Store,
	input: MetricsFilter,
	options: TrendOptions = {}
): Promise<ScoreTrends> {
	return trendsIn(store, input, options, false);
}

interface TrendOptions {
	granularity?: Granularity;
	calendar?: CalendarSystem;
	/** attach the covered cells to every score (see ComputeOptions) */
	explain?: boolean;
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
	const ctx = await context(store);
	checkChannel(ctx, filter);
	const params = parameters(ctx.org, filter);
	const buckets = periodBuckets(filter, granularity, calendar);
	const dims = groupDims(filter);
	const [interactionDays, responseDays, turnarounds, blocks] = await Promise.all([
		run<{ day: string; channel: string; interactions: number }>(
			store,
			coarse(filter) ? 'metrics/interactions_by_day_coarse' : 'metrics/interactions_by_day',
			params
		),
		run<ResponseSums & { day: string }>(
			store,
			needsLink(filter)
				? 'metrics/responses_by_day_raw'
				: coarse(filter)
					? 'metrics/responses_by_day_coarse'
					: 'metrics/responses_by_day',
			params
		),
		withTurnaround
			? Promise.all(
					buckets.map((b) => turnaroundRow(ctx, { ...filter, from: b.from, to: b.to }, 'rollup'))
				)
			: Promise.resolve([]),
		blocksFor(ctx, filter, { detail: Object.keys(dims).length > 0, request: needsLink(filter) })
	]);
	const rows = buckets.map((b, i) => ({
		bucket: b,
		byChannel: interactionDays
			.filter((d) => d.day >= b.from && d.day <= b.to)
			.reduce<Record<string, number>>((acc, d) => {
				acc[d.channel] = (acc[d.channel] ?? 0) + Number(d.interactions);
				return acc;
			}, {}),
		sums: responseDays.filter((d) => d.day >= b.from && d.day <= b.to).reduce(addSums, emptySums()),
		turnaround: turnarounds[i]
	}));
	const out = rows.map((r): ScoreTrendBucket | TrendBucket => {
		const s = scores(r.sums, scoredOf(blocks, dims, r.bucket.from, r.bucket.to), options.explain);
		return {
			key: r.bucket.key,
			from: r.bucket.from,
			to: r.bucket.to,
			interactions_total: Object.values(r.byChannel).reduce((a, b) => a + b, 0),
			by_channel: r.byChannel,
			responses_total: r.sums.responses,
			...s,
			...(r.turnaround ? { turnaround: turnaroundFigures(r.turnaround) } : {}),
			suppressed: s.csat.suppressed || s.nps.suppressed || s.ces.suppressed
		};
	});
	return { period: periodOf(ctx.org, filter), granularity, calendar, buckets: out };
}

/** Decided support requests by whole days of turnaround, and overdue open ones by age at the end. */
export async function computeTurnaroundDistribution(
	store: Store,
	input: MetricsFilter
): Promise<TurnaroundDistribution> {
	const filter = parseMetricsFilter(input);
	const ctx = await context(store);
	checkChannel(ctx, filter);
	type Bin = { whole_days: number; requests: number };
	const params = parameters(ctx.org, filter);
	const bins = (rows: Bin[]) =>
		rows.map((r) => ({ days: Number(r.whole_days), requests: Number(r.requests) }));
	if (!hasRequests(filter)) return { period: periodOf(ctx.org, filter), decided: [], overdue: [] };
	if (ctx.org.windowCounting === 'calendar') {
		// each request's calendar turnaround is stored; without a segment filter the histogram has it
		const histogram = coarse(filter) && !filter.channel;
		const [decided, overdue] = await Promise.all([
			run<Bin>(
				ctx.store,
				histogram ? 'metrics/turnaround_histogram' : 'metrics/turnaround_decided_days',
				params
			),
			run<Bin>(ctx.store, 'metrics/turnaround_overdue_days', params)
		]);
		return { period: periodOf(ctx.org, filter), decided: bins(decided), overdue: bins(overdue) };
	}
	// working days: the general query walks the organisation's calendar
	const rows = await run<Bin & { kind: 'decided' | 'overdue' }>(
		ctx.store,
		'metrics/turnaround_distribution',
		params
	);
	const pick = (kind: string) => bins(rows.filter((r) => r.kind === kind));
	return { period: periodOf(ctx.org, filter), decided: pick('decided'), overdue: pick('overdue') };
}

/** Change labels of CSAT % and within-window % between two periods' figures (one rule everywhere). */
export function figureChanges(previous: Figures, current: Figures) {
	const min = current.min_group_size;
	return {
		csat: proportionChange(
			{
				x: previous.csat.positive ?? 0,
				n: previous.csat.scored_n,
				suppressed: previous.csat.suppressed
			},
			{
				x: current.csat.positive ?? 0,
				n: current.csat.scored_n,
				suppressed: current.csat.suppressed
			},
			min
		),
		within_window: proportionChange(
			{ x: previous.turnaround.within_window, n: previous.turnaround.n_decided },
			{ x: current.turnaround.within_window, n: current.turnaround.n_decided },
			min
		)
	};
}

/**
 * The period's figures beside the previous period and the same period a year before, with change
 * labels for CSAT % and within-window % (Fisher's exact test at 95%; `too_few` when a side is
 * under the minimum group). With `periodKey` (e.g. `2026-Q2`, `H1447-05`) the previous period is
 * the previous key; otherwise as many days just before. Filters other than the period come from
 * `filter`.
 */
export async function computeComparison(
	store: Store,
	filter: Omit<MetricsFilter, 'from' | 'to'> & { from?: string; to?: string },
	options: { periodKey?: string } = {}
): Promise<Comparison> {
	let period: Period;
	try {
		period = options.periodKey
			? requireSupported(parsePeriodKey(options.periodKey), options.periodKey)
			: periodFromDates(filter.from ?? '', filter.to ?? '');
	} catch (error) {
		if (error instanceof PeriodError)
			throw new MetricsError('invalid_filter', error.message, error.message);
		throw error;
	}
	const prev = previousPeriod(period);
	const before = yearBefore(period);
	const base = { ...filter };
	const [current, previous, yearBeforeFigures] = await Promise.all([
		computeFigures(store, { ...base, from: period.from, to: period.to }),
		computeFigures(store, { ...base, from: prev.from, to: prev.to }),
		computeFigures(store, { ...base, from: before.from, to: before.to })
	]);
	return {
		current,
		previous,
		year_before: yearBeforeFigures,
		changes: {
			previous: figureChanges(previous, current),
			year_before: figureChanges(yearBeforeFigures, current)
		}
	};
}

/** Every channel (active or not) with its names, in display order. */
export async function listChannels(
	store: Store
): Promise<{ code: string; name_ar: string; name_en: string; active: boolean }[]> {
	return store.all(sql('metrics/channels'));
}

/**
 * Results of the survey questions other than csat / nps / ces / comment for a period and filter:
 * answers per question and, for choice questions, per option. Each question's answers are cut
 * into anonymity blocks of their own; the option figures cover the blocks lying wholly inside the
 * group (`scored_n`), and a question none of whose answers do keeps its count only.
 */
export async function computeQuestionResults(
	store: Store,
	input: MetricsFilter
): Promise<QuestionResults> {
	const filter = parseMetricsFilter(input);
	const ctx = await context(store);
	checkChannel(ctx, filter);
	const [counts, versions, blocks] = await Promise.all([
		run<AnswerCount & Row>(store, 'metrics/question_answers', parameters(ctx.org, filter)),
		store.all<{ survey_id: number; version: number; questions: string }>(
			sql('metrics/question_definitions')
		),
		questionAnonymityIndex((name, params) => run(store, name, params), {
			zone: ctx.org.timeZone,
			minGroupSize: ctx.org.minGroupSize,
			from: filter.from,
			to: filter.to
		})
	]);
	const min = ctx.org.minGroupSize;
	const dims = groupDims(filter);
	const scored = new Map<string, AnswerCount[]>();
	for (const question of answersPerQuestion(counts).keys()) {
		const byValue = blocks.scored(question, dims, filter.from, filter.to);
		scored.set(
			question,
			[...byValue].map(([value, answers]) => ({ question, value, answers }))
		);
	}
	const definitions = new Map<string, QuestionDefinition>();
	for (const version of versions) {
		const parsed = questionSetSchema.safeParse(JSON.parse(version.questions));
		if (!parsed.success) continue;
		// newest version first: the first definition of a key wins
		for (const question of parsed.data) {
			if (!definitions.has(question.key)) definitions.set(question.key, question);
		}
	}
	return {
		period: periodOf(ctx.org, filter),
		min_group_size: min,
		questions: questionResults(counts, definitions, min, scored)
	};
}

function answersPerQuestion(counts: readonly AnswerCount[]): Map<string, number> {
	const n = new Map<string, number>();
	for (const row of counts) n.set(row.question, (n.get(row.question) ?? 0) + Number(row.answers));
	return n;
}
