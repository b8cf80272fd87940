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
	type Granularity,
	type Period
} from '../../domain/periods';
import type { CalendarSystem } from '../../domain/calendar-month';
import {
	questionResults,
	type AnswerCount,
	type QuestionDefinition
} from '../../domain/question-results';
import { remainderExposed, suppressedKeys, tooFew } from '../../domain/suppression';
import { questionSetSchema } from '../../schemas/survey-questions';
import { SECONDS_PER_DAY } from '../../domain/turnaround';
import { ratio } from '../../domain/stats';
import type { Row, SqlValue, Store } from '../db';
import { getOrganisation, type Organisation } from '../organisation';
import { sql } from '../sql';
import { ensureRollups } from './rollups';
import {
	cutoffOf,
	segmentKeys,
	segmentTurnaround,
	turnaroundBacklog,
	turnaroundBinCounts,
	turnaroundFor,
	turnaroundSegments
} from './turnaround';
import {
	interactionTypes,
	type CesFigures,
	type Comparison,
	type CsatFigures,
	type FigureChange,
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
	type TurnaroundDistribution
} from './types';

export type MetricsErrorCode =
	'invalid_filter' | 'unknown_channel' | 'no_organisation' | 'remainder';

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
	/** the clock: a period still running is seen from this instant (its cut-off); default now */
	now?: Date;
}

/** The answer roll-ups' measures, as their columns name them (the same the survey's group commit adds). */
type ResponseSums = AnswerMeasures & Record<string, unknown>;

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
	'ces_sum'
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
			'The store has no organisation yet; start the app or run npm run db:seed -- --demo.',
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

/** All parameters any metrics query may use; `run` binds only those its text names. */
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
	name: string,
	all: Record<string, SqlValue>
): Promise<T[]> {
	const text = sql(name);
	const code = text.replace(/--.*$/gm, '');
	const used = new Set([...code.matchAll(/\$([a-z_]+)/g)].map((m) => m[1]!));
	const params = Object.fromEntries(Object.entries(all).filter(([k]) => used.has(k)));
	return store.all<T>(text, params);
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

/** Scores from counts, with small groups (or groups named in `hide`) suppressed. */
function scores(
	s: ResponseSums,
	minGroupSize: number,
	hide: { csat?: boolean; nps?: boolean; ces?: boolean } = {}
): { csat: CsatFigures; nps: NpsFigures; ces: CesFigures } {
	const csatHidden = hide.csat || tooFew(s.csat_n, minGroupSize);
	const npsHidden = hide.nps || tooFew(s.nps_n, minGroupSize);
	const cesHidden = hide.ces || tooFew(s.ces_n, minGroupSize);
	const csat = csatFromCounts({ n: s.csat_n, positive: s.csat_positive, sum: s.csat_sum });
	const nps = npsFromCounts({
		n: s.nps_n,
		promoters: s.nps_promoters,
		detractors: s.nps_detractors
	});
	const ces = cesFromCounts({ n: s.ces_n, sum: s.ces_sum });
	return {
		csat: csatHidden
			? {
					n: s.csat_n,
					percent: null,
					ci_low: null,
					ci_high: null,
					mean: null,
					positive: s.csat_positive,
					suppressed: true
				}
			: { ...csat, positive: s.csat_positive, suppressed: false },
		nps: npsHidden
			? {
					n: s.nps_n,
					score: null,
					ci_low: null,
					ci_high: null,
					promoters: s.nps_promoters,
					detractors: s.nps_detractors,
					suppressed: true
				}
			: { ...nps, promoters: s.nps_promoters, detractors: s.nps_detractors, suppressed: false },
		ces: cesHidden ? { n: s.ces_n, mean: null, suppressed: true } : { ...ces, suppressed: false }
	};
}

function responseRate(responses: number, linked: number, interactions: number): ResponseRate {
	return {
		responses,
		interactions,
		ratio: ratio(responses, interactions),
		approximate: linked < responses
	};
}

const filterDimensions = ['channel', 'type', 'service', 'branch', 'team'] as const;

/**
 * The remainder rule for a filtered request: for every parent obtained by dropping one filter,
 * refuse when the parent minus this group is a small group for any score.
 */
async function checkRemainder(
	ctx: Context,
	filter: MetricsFilter,
	own: ResponseSums,
	source: Source
): Promise<void> {
	for (const dim of filterDimensions) {
		if (filter[dim] === undefined) continue;
		const parent: MetricsFilter = { ...filter };
		delete parent[dim];
		const sums = (await responseRows(ctx, parent, source)).reduce(addSums, emptySums());
		const min = ctx.org.minGroupSize;
		if (
			remainderExposed(own.csat_n, sums.csat_n, min) ||
			remainderExposed(own.nps_n, sums.nps_n, min) ||
			remainderExposed(own.ces_n, sums.ces_n, min)
		) {
			throw new MetricsError(
				'remainder',
				`Refused: the answers outside this ${dim} filter are fewer than ${min}, so comparing the two totals would reveal their scores. Widen the filter.`,
				`مرفوض: الإجابات خارج هذا المرشّح أقل من ${min}، ومقارنة المجموعين تكشف تقييمها. وسّع نطاق المرشّح.`
			);
		}
	}
}

async function figuresIn(
	ctx: Context,
	filter: MetricsFilter,
	source: Source,
	now: Date
): Promise<Figures> {
	checkChannel(ctx, filter);
	const params = parameters(ctx.org, filter);
	const [interactionRows, respRows, turnaround] = await Promise.all([
		run<{ channel: string; type: InteractionType; interactions: number }>(
			ctx.store,
			source === 'raw'
				? 'metrics/interactions_raw'
				: coarse(filter)
					? 'metrics/interactions_coarse'
					: 'metrics/interactions',
			params
		),
		responseRows(ctx, filter, source),
		turnaroundFor(ctx.store, ctx.org, filter, {
			cutoff: cutoffOf(params.end as Date, now),
			source
		})
	]);
	const sums = respRows.reduce(addSums, emptySums());
	await checkRemainder(ctx, filter, sums, source);

	const byChannel: Record<string, number> = {};
	const channelLinked: Record<string, { responses: number; linked: number }> = {};
	for (const c of ctx.channels) {
		if (c.active && (!filter.channel || c.code === filter.channel)) byChannel[c.code] = 0;
	}
	const byType = Object.fromEntries(interactionTypes.map((t) => [t, 0])) as Record<
		InteractionType,
		number
	>;
	let total = 0;
	for (const row of interactionRows) {
		const n = Number(row.interactions);
		total += n;
		byChannel[row.channel] = (byChannel[row.channel] ?? 0) + n;
		byType[row.type] = (byType[row.type] ?? 0) + n;
	}
	for (const row of respRows) {
		if (row.channel === null) continue;
		const c = (channelLinked[row.channel] ??= { responses: 0, linked: 0 });
		c.responses += Number(row.responses);
		c.linked += Number(row.linked);
	}
	const rates: Record<string, ResponseRate> = {};
	for (const code of Object.keys(byChannel)) {
		const r = channelLinked[code] ?? { responses: 0, linked: 0 };
		rates[code] = responseRate(r.responses, r.linked, byChannel[code]!);
	}
	return {
		period: periodOf(ctx.org, filter),
		filter: withoutPeriod(filter),
		min_group_size: ctx.org.minGroupSize,
		interactions_total: total,
		by_channel: byChannel,
		by_type: byType,
		responses_total: sums.responses,
		...scores(sums, ctx.org.minGroupSize),
		turnaround,
		response_rate: rates
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
	return figuresIn(ctx, filter, options.source ?? 'rollup', options.now ?? new Date());
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
 * segments so that no small group can be recovered from the total. Turnaround figures of a segment
 * with fewer support requests than the minimum are suppressed the same way (counts kept), so that
 * one person's speed is never shown. Counts are never suppressed. Scores are never broken down by
 * staff member (there is no such dimension).
 */
export async function computeSegments(
	store: Store,
	input: MetricsFilter,
	options: { now?: Date } = {}
): Promise<Segments> {
	const filter = parseMetricsFilter(input);
	const ctx = await context(store);
	checkChannel(ctx, filter);
	const params = parameters(ctx.org, filter);
	const cutoff = cutoffOf(params.end as Date, options.now ?? new Date());
	const [interactionRows, rollupRows, linkedRows, requestRows] = await Promise.all([
		run<{ dimension: string; key: string | null; interactions: number }>(
			store,
			'metrics/interaction_segments',
			params
		),
		needsLink(filter)
			? Promise.resolve([] as SegmentRow[])
			: run<SegmentRow>(store, 'metrics/response_segments', params),
		run<SegmentRow>(store, 'metrics/response_segments_raw', params),
		turnaroundSegments(store, ctx.org, filter, cutoff)
	]);
	if (filterDimensions.some((d) => filter[d] !== undefined)) {
		const own = (await responseRows(ctx, filter, 'rollup')).reduce(addSums, emptySums());
		await checkRemainder(ctx, filter, own, 'rollup');
	}
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
		const req = segmentKeys(requestRows, dim).map((key) => ({ key }));
		for (const r of [...inter, ...resp, ...req]) add(r.key);
		if (dim !== 'channel')
			keys.sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
		const sumsOf = (k: string | null) =>
			resp.filter((r) => r.key === k).reduce(addSums, emptySums());
		const all = keys.map((key) => ({ key, sums: sumsOf(key) }));
		const hidden = {
			csat: suppressedKeys(
				all.map((a) => ({ key: a.key, n: a.sums.csat_n })),
				min
			),
			nps: suppressedKeys(
				all.map((a) => ({ key: a.key, n: a.sums.nps_n })),
				min
			),
			ces: suppressedKeys(
				all.map((a) => ({ key: a.key, n: a.sums.ces_n })),
				min
			)
		};
		dimensions[dim] = all.map(({ key, sums }) => {
			const interactions = inter
				.filter((r) => r.key === key)
				.reduce((n, r) => n + Number(r.interactions), 0);
			const s = scores(sums, min, {
				csat: hidden.csat.has(key),
				nps: hidden.nps.has(key),
				ces: hidden.ces.has(key)
			});
			return {
				key,
				interactions,
				responses: sums.responses,
				...s,
				turnaround: segmentTurnaround(requestRows, dim, key, cutoff),
				response_rate: responseRate(sums.responses, sums.linked, interactions),
				suppressed: s.csat.suppressed || s.nps.suppressed || s.ces.suppressed
			};
		});
	}
	return { period: periodOf(ctx.org, filter), min_group_size: min, dimensions };
}

/**
 * The figures per month or quarter (Gregorian or Umm al-Qura) of the period, each bucket clipped
 * to the period. Turnaround per bucket is by received month: the requests received in the bucket,
 * seen from the period's cut-off (so a late decision counts in the month the request arrived); its
 * backlog is the one at the bucket's end. Small buckets are suppressed, with the remainder rule
 * across buckets.
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
	/** the clock (the cut-off of a running period); default now */
	now?: Date;
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
	const now = options.now ?? new Date();
	const buckets = periodBuckets(filter, granularity, calendar);
	const [interactionDays, responseDays, turnarounds] = await Promise.all([
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
					buckets.map((b) => {
						// received in the bucket, seen from the period's cut-off; the backlog at the bucket's end
						const bucket = { ...filter, from: b.from, to: b.to };
						const bucketEnd = parameters(ctx.org, bucket).end as Date;
						return turnaroundFor(store, ctx.org, bucket, {
							cutoff: cutoffOf(params.end as Date, now),
							backlogAt: cutoffOf(bucketEnd, now)
						});
					})
				)
			: Promise.resolve([])
	]);
	const sums = responseDays.reduce(addSums, emptySums());
	await checkRemainder(ctx, filter, sums, 'rollup');
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
	const min = ctx.org.minGroupSize;
	const hidden = {
		csat: suppressedKeys(
			rows.map((r) => ({ key: r.bucket.key, n: r.sums.csat_n })),
			min
		),
		nps: suppressedKeys(
			rows.map((r) => ({ key: r.bucket.key, n: r.sums.nps_n })),
			min
		),
		ces: suppressedKeys(
			rows.map((r) => ({ key: r.bucket.key, n: r.sums.ces_n })),
			min
		)
	};
	const out = rows.map((r): ScoreTrendBucket | TrendBucket => {
		const s = scores(r.sums, min, {
			csat: hidden.csat.has(r.bucket.key),
			nps: hidden.nps.has(r.bucket.key),
			ces: hidden.ces.has(r.bucket.key)
		});
		return {
			key: r.bucket.key,
			from: r.bucket.from,
			to: r.bucket.to,
			interactions_total: Object.values(r.byChannel).reduce((a, b) => a + b, 0),
			by_channel: r.byChannel,
			responses_total: r.sums.responses,
			...s,
			...(r.turnaround ? { turnaround: r.turnaround } : {}),
			suppressed: s.csat.suppressed || s.nps.suppressed || s.ces.suppressed
		};
	});
	return { period: periodOf(ctx.org, filter), granularity, calendar, buckets: out };
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
	const ctx = await context(store);
	checkChannel(ctx, filter);
	const cutoff = cutoffOf(parameters(ctx.org, filter).end as Date, options.now ?? new Date());
	const [counts, overdue] = await Promise.all([
		turnaroundBinCounts(store, ctx.org, filter, cutoff),
		turnaroundBacklog(store, ctx.org, filter, cutoff)
	]);
	return { period: periodOf(ctx.org, filter), cutoff, decided: counts.decided, overdue };
}

function change(
	previous: { x: number; n: number; suppressed: boolean },
	current: { x: number; n: number; suppressed: boolean }
): FigureChange {
	if (previous.n === 0 || current.n === 0) return { label: 'no_data', difference: null, z: null };
	if (previous.suppressed || current.suppressed) {
		return { label: 'too_few', difference: null, z: null };
	}
	return proportionChange(previous, current);
}

function changes(previous: Figures, current: Figures) {
	return {
		csat: change(
			{ x: previous.csat.positive, n: previous.csat.n, suppressed: previous.csat.suppressed },
			{ x: current.csat.positive, n: current.csat.n, suppressed: current.csat.suppressed }
		),
		within_window: change(
			{
				x: previous.turnaround.within_window ?? 0,
				n: previous.turnaround.n_window_closed,
				suppressed: previous.turnaround.suppressed
			},
			{
				x: current.turnaround.within_window ?? 0,
				n: current.turnaround.n_window_closed,
				suppressed: current.turnaround.suppressed
			}
		)
	};
}

/**
 * The period's figures beside the previous period and the same period a year before, with change
 * labels for CSAT % and within-window % (two-proportion test at 95%). With `periodKey` (e.g.
 * `2026-Q2`, `H1447-05`) the previous period is the previous key; otherwise as many days just
 * before. Filters other than the period come from `filter`.
 */
export async function computeComparison(
	store: Store,
	filter: Omit<MetricsFilter, 'from' | 'to'> & { from?: string; to?: string },
	options: { periodKey?: string } = {}
): Promise<Comparison> {
	let period: Period;
	try {
		period = options.periodKey
			? parsePeriodKey(options.periodKey)
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
			previous: changes(previous, current),
			year_before: changes(yearBeforeFigures, current)
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
 * Results of the survey questions other than csat / nps / ces / comment for a period and filter
 * (optionally one survey): answers per question and, for choice questions, per option. A question
 * with too few answers keeps its count only; with a filter, so does a question whose answers
 * outside the filter would be a small group (the remainder rule, per question).
 */
export async function computeQuestionResults(
	store: Store,
	input: MetricsFilter & { surveyId?: number }
): Promise<QuestionResults> {
	const { surveyId, ...rest } = input;
	const filter = parseMetricsFilter(rest);
	const ctx = await context(store);
	checkChannel(ctx, filter);
	const survey = surveyId ?? null;
	const countsFor = (f: MetricsFilter) =>
		run<AnswerCount & Row>(store, 'metrics/question_answers', {
			...parameters(ctx.org, f),
			survey_id: survey
		});
	const [counts, versions] = await Promise.all([
		countsFor(filter),
		store.all<{ survey_id: number; version: number; questions: string }>(
			sql('metrics/question_definitions')
		)
	]);
	const min = ctx.org.minGroupSize;
	const own = answersPerQuestion(counts);
	const exposed = new Set<string>();
	for (const dim of filterDimensions) {
		if (filter[dim] === undefined) continue;
		const parent: MetricsFilter = { ...filter };
		delete parent[dim];
		const parentN = answersPerQuestion(await countsFor(parent));
		for (const [key, n] of own) {
			if (remainderExposed(n, parentN.get(key) ?? n, min)) exposed.add(key);
		}
	}
	const definitions = new Map<string, QuestionDefinition>();
	for (const version of versions) {
		if (survey !== null && version.survey_id !== survey) continue;
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
		questions: questionResults(counts, definitions, min, exposed)
	};
}

function answersPerQuestion(counts: readonly AnswerCount[]): Map<string, number> {
	const n = new Map<string, number>();
	for (const row of counts) n.set(row.question, (n.get(row.question) ?? 0) + Number(row.answers));
	return n;
}
