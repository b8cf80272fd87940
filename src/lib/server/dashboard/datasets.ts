// The dashboard's datasets: every chart and table reads one of these, whether drawn on the server
// (SVG), sent to the browser (Arrow) or downloaded (CSV, XLSX). Scores of groups too small to be
// anonymous are never in them: such rows carry their counts and `suppressed: true`.
import { bucketKey, parsePeriodKey, periodInstants } from '../../domain/periods';
import { elapsedDays, SECONDS_PER_DAY } from '../../domain/turnaround';
import { isoDateIn, monthStart } from '../../domain/zoned-time';
import { formatMonth } from '../../i18n/format';
import type { Preferences } from '../../i18n/preferences';
import type { Role } from '../../roles';
import type { DashboardFilter } from '../../schemas/dashboard-filter';
import type { Store } from '../db';
import {
	computeFigures,
	computeScoreTrends,
	computeSegments,
	computeTrends,
	computeTurnaroundDistribution,
	listChannels,
	cutoffOf,
	type MetricsFilter,
	type SegmentDimension
} from '../metrics';
import type { Organisation } from '../organisation';
import { sql } from '../sql';
import type { Column, Table } from './tables';

export const datasetNames = [
	'csat-trend',
	'channel-volume',
	'turnaround-distribution',
	'overdue-age',
	'response-rate',
	'segments-channel',
	'segments-service',
	'segments-branch',
	'segments-team',
	'turnaround-months',
	'overdue-requests'
] as const;
export type DatasetName = (typeof datasetNames)[number];

/** Raw lists (request ids) are for staff only; the board sees figures and charts. */
export const datasetRoles: Record<DatasetName, readonly Role[]> = {
	'csat-trend': ['admin', 'manager', 'board'],
	'channel-volume': ['admin', 'manager', 'board'],
	'turnaround-distribution': ['admin', 'manager', 'board'],
	'overdue-age': ['admin', 'manager', 'board'],
	'response-rate': ['admin', 'manager', 'board'],
	'segments-channel': ['admin', 'manager', 'board'],
	'segments-service': ['admin', 'manager', 'board'],
	'segments-branch': ['admin', 'manager', 'board'],
	'segments-team': ['admin', 'manager', 'board'],
	'turnaround-months': ['admin', 'manager', 'board'],
	'overdue-requests': ['admin', 'manager']
};

export interface DashboardContext {
	store: Store;
	org: Organisation;
	prefs: Preferences;
	today: string;
	/** the clock (a running period is seen from it); default now */
	now?: Date;
	/** per-request memo, so charts that share a computation run it once */
	memo?: Map<string, Promise<unknown>>;
}

function once<T>(ctx: DashboardContext, key: string, compute: () => Promise<T>): Promise<T> {
	ctx.memo ??= new Map();
	let value = ctx.memo.get(key) as Promise<T> | undefined;
	if (!value) {
		value = compute();
		ctx.memo.set(key, value);
	}
	return value;
}

/** The period's figures (shared by the cards and the response-rate chart). */
export function periodFigures(ctx: DashboardContext, filter: DashboardFilter) {
	return once(ctx, `figures|${JSON.stringify(metricsFilterOf(filter))}`, () =>
		computeFigures(ctx.store, metricsFilterOf(filter))
	);
}

export interface Names {
	channel: (code: string) => string;
	segment: (dimension: SegmentDimension, code: string | null) => string;
}

/** Display names of channels and segments in the person's language. */
export async function loadNames(ctx: DashboardContext): Promise<Names> {
	const channels = await listChannels(ctx.store);
	const labels = await ctx.store.all<{
		kind: string;
		code: string;
		name_ar: string;
		name_en: string;
	}>(sql('dashboard/segment_labels'));
	const ar = ctx.prefs.lang === 'ar';
	const channelNames = new Map(channels.map((c) => [c.code, ar ? c.name_ar : c.name_en]));
	const labelNames = new Map(
		labels.map((l) => [`${l.kind}|${l.code}`, ar ? l.name_ar : l.name_en])
	);
	return {
		channel: (code) => channelNames.get(code) ?? code,
		segment: (dimension, code) => {
			if (code === null) return ar ? 'غير محدد' : 'Not stated';
			if (dimension === 'channel') return channelNames.get(code) ?? code;
			return labelNames.get(`${dimension}|${code}`) ?? code;
		}
	};
}

export function metricsFilterOf(filter: DashboardFilter): MetricsFilter {
	return {
		from: filter.from,
		to: filter.to,
		channel: filter.channel,
		type: filter.type,
		service: filter.service,
		branch: filter.branch
	};
}

/** The twelve months (in the person's calendar) ending with the period, for trend charts. */
export function trendRange(filter: DashboardFilter): { from: string; to: string } {
	return { from: monthStart(filter.to, -11), to: filter.to };
}

function bucketLabel(key: string, ctx: DashboardContext): string {
	const period = parsePeriodKey(key);
	const { start } = periodInstants({ from: period.from, to: period.from }, ctx.org.timeZone);
	return formatMonth(new Date(start.getTime() + 12 * 3_600_000), {
		...ctx.prefs,
		calendar: period.calendar,
		timeZone: ctx.org.timeZone
	});
}

const col = (name: string, type: Column['type'] = 'number'): Column => ({ name, type });

async function csatTrend(ctx: DashboardContext, filter: DashboardFilter): Promise<Table> {
	const trends = await computeScoreTrends(
		ctx.store,
		{ ...metricsFilterOf(filter), ...trendRange(filter) },
		{ granularity: 'month', calendar: ctx.prefs.calendar }
	);
	return {
		columns: [
			col('key', 'string'),
			col('label', 'string'),
			col('n'),
			col('percent'),
			col('ci_low'),
			col('ci_high'),
			col('suppressed', 'boolean')
		],
		rows: trends.buckets.map((b) => ({
			key: b.key,
			label: bucketLabel(b.key, ctx),
			n: b.csat.n,
			percent: b.csat.suppressed ? null : b.csat.percent,
			ci_low: b.csat.suppressed ? null : b.csat.ci_low,
			ci_high: b.csat.suppressed ? null : b.csat.ci_high,
			suppressed: b.csat.suppressed
		}))
	};
}

async function channelVolume(ctx: DashboardContext, filter: DashboardFilter, names: Names) {
	const range = trendRange(filter);
	// without a service or branch filter the coarse channel roll-up answers
	const coarse = !filter.service && !filter.branch;
	const days = await ctx.store.all<{ day: string; channel: string; interactions: number }>(
		sql(coarse ? 'metrics/interactions_by_day_coarse' : 'metrics/interactions_by_day'),
		{
			from_day: range.from,
			to_day: range.to,
			channel: filter.channel ?? null,
			type: filter.type ?? null,
			...(coarse
				? {}
				: { service: filter.service ?? null, branch: filter.branch ?? null, team: null })
		}
	);
	const totals = new Map<string, { bucket: string; channel: string; interactions: number }>();
	for (const d of days) {
		const bucket = bucketKey(d.day, 'month', ctx.prefs.calendar);
		const key = `${bucket}|${d.channel}`;
		const entry = totals.get(key) ?? { bucket, channel: d.channel, interactions: 0 };
		entry.interactions += d.interactions;
		totals.set(key, entry);
	}
	const labels = new Map<string, string>();
	return {
		columns: [
			col('bucket', 'string'),
			col('label', 'string'),
			col('channel', 'string'),
			col('channel_name', 'string'),
			col('interactions')
		],
		rows: [...totals.values()].map((t) => {
			if (!labels.has(t.bucket)) labels.set(t.bucket, bucketLabel(t.bucket, ctx));
			return {
				bucket: t.bucket,
				label: labels.get(t.bucket)!,
				channel: t.channel,
				channel_name: names.channel(t.channel),
				interactions: t.interactions
			};
		})
	};
}

async function distribution(
	ctx: DashboardContext,
	filter: DashboardFilter,
	kind: 'decided' | 'overdue'
) {
	const d = await once(ctx, `distribution|${JSON.stringify(metricsFilterOf(filter))}`, () =>
		computeTurnaroundDistribution(ctx.store, metricsFilterOf(filter))
	);
	return {
		columns: [col('days'), col('requests')],
		rows: d[kind].map((r) => ({ days: r.days, requests: r.requests }))
	};
}

async function responseRate(ctx: DashboardContext, filter: DashboardFilter, names: Names) {
	const figures = await periodFigures(ctx, filter);
	return {
		columns: [
			col('code', 'string'),
			col('name', 'string'),
			col('answered'),
			col('interactions'),
			col('ratio'),
			col('unlinked')
		],
		rows: Object.entries(figures.response_rate).map(([code, r]) => ({
			code,
			name: names.channel(code),
			answered: r.answered,
			interactions: r.interactions,
			ratio: r.ratio,
			unlinked: r.unlinked
		}))
	};
}

async function segments(
	ctx: DashboardContext,
	filter: DashboardFilter,
	dimension: SegmentDimension,
	names: Names
): Promise<Table> {
	const result = await once(ctx, `segments|${JSON.stringify(metricsFilterOf(filter))}`, () =>
		computeSegments(ctx.store, metricsFilterOf(filter))
	);
	let rows = result.dimensions[dimension];
	// teams appear only where the team has at least the minimum group size
	if (dimension === 'team') rows = rows.filter((s) => s.responses >= result.min_group_size);
	return {
		columns: [
			col('key', 'string'),
			col('name', 'string'),
			col('interactions'),
			col('responses'),
			col('csat_n'),
			col('csat_scored_n'),
			col('csat_percent'),
			col('csat_ci_low'),
			col('csat_ci_high'),
			col('nps_n'),
			col('nps_scored_n'),
			col('nps_score'),
			col('nps_ci_low'),
			col('nps_ci_high'),
			col('ces_n'),
			col('ces_scored_n'),
			col('ces_mean'),
			col('ces_ci_low'),
			col('ces_ci_high'),
			col('n_requests'),
			col('n_decided'),
			col('median_days'),
			col('p90_days'),
			col('decided_median_days'),
			col('within_window_pct'),
			col('n_window_closed'),
			col('overdue_open'),
			col('turnaround_suppressed', 'boolean'),
			col('response_rate'),
			col('suppressed', 'boolean')
		],
		rows: rows.map((s) => ({
			key: s.key,
			name: names.segment(dimension, s.key),
			interactions: s.interactions,
			responses: s.responses,
			csat_n: s.csat.n,
			csat_scored_n: s.csat.scored_n,
			csat_percent: s.csat.suppressed ? null : s.csat.percent,
			csat_ci_low: s.csat.suppressed ? null : s.csat.ci_low,
			csat_ci_high: s.csat.suppressed ? null : s.csat.ci_high,
			nps_n: s.nps.n,
			nps_scored_n: s.nps.scored_n,
			nps_score: s.nps.suppressed ? null : s.nps.score,
			nps_ci_low: s.nps.suppressed ? null : s.nps.ci_low,
			nps_ci_high: s.nps.suppressed ? null : s.nps.ci_high,
			ces_n: s.ces.n,
			ces_scored_n: s.ces.scored_n,
			ces_mean: s.ces.suppressed ? null : s.ces.mean,
			ces_ci_low: s.ces.suppressed ? null : s.ces.ci_low,
			ces_ci_high: s.ces.suppressed ? null : s.ces.ci_high,
			n_requests: s.turnaround.n_requests,
			n_decided: s.turnaround.n_decided,
			median_days: s.turnaround.median_days,
			p90_days: s.turnaround.p90_days,
			decided_median_days: s.turnaround.decided_median_days,
			within_window_pct: s.turnaround.within_window_pct,
			n_window_closed: s.turnaround.n_window_closed,
			overdue_open: s.turnaround.overdue_open,
			turnaround_suppressed: s.turnaround.suppressed,
			response_rate: s.response_rate.ratio,
			suppressed: s.suppressed
		}))
	};
}

async function turnaroundMonths(ctx: DashboardContext, filter: DashboardFilter): Promise<Table> {
	const trends = await computeTrends(
		ctx.store,
		{ ...metricsFilterOf(filter), ...trendRange(filter), type: 'support_request' },
		{ granularity: 'month', calendar: ctx.prefs.calendar }
	);
	return {
		columns: [
			col('key', 'string'),
			col('label', 'string'),
			col('n_requests'),
			col('n_decided'),
			col('median_days'),
			col('median_reached', 'boolean'),
			col('p90_days'),
			col('p90_reached', 'boolean'),
			col('decided_median_days'),
			col('within_window_pct'),
			col('within_window'),
			col('n_window_closed'),
			col('still_within_window'),
			col('overdue_open')
		],
		// by month received, each seen from the period's cut-off; the backlog at each month's end
		rows: trends.buckets.map((b) => ({
			key: b.key,
			label: bucketLabel(b.key, ctx),
			n_requests: b.turnaround.n_requests,
			n_decided: b.turnaround.n_decided,
			median_days: b.turnaround.median_days,
			median_reached: b.turnaround.median_reached,
			p90_days: b.turnaround.p90_days,
			p90_reached: b.turnaround.p90_reached,
			decided_median_days: b.turnaround.decided_median_days,
			within_window_pct: b.turnaround.within_window_pct,
			within_window: b.turnaround.within_window,
			n_window_closed: b.turnaround.n_window_closed,
			still_within_window: b.turnaround.still_within_window,
			overdue_open: b.turnaround.overdue_open
		}))
	};
}

async function overdueRequests(ctx: DashboardContext, filter: DashboardFilter, names: Names) {
	// the backlog at the cut-off (now, while the period runs), whatever day the requests came in
	const end = cutoffOf(periodInstants(filter, ctx.org.timeZone).end, ctx.now ?? new Date());
	const windowSeconds = ctx.org.reviewWindowDays * SECONDS_PER_DAY;
	const onlyOtherTypes = filter.type !== undefined && filter.type !== 'support_request';
	const candidates = onlyOtherTypes
		? []
		: await ctx.store.all<{
				id: string;
				received_at: Date;
				channel: string;
				service: string | null;
				branch: string | null;
			}>(sql('dashboard/overdue_requests'), {
				end,
				window_start: new Date(end.getTime() - windowSeconds * 1000),
				channel: filter.channel ?? null,
				service: filter.service ?? null,
				branch: filter.branch ?? null
			});
	const holidays = await ctx.store.all<{ day: Date }>(sql('organisation/holidays'));
	const settings = {
		reviewWindowDays: ctx.org.reviewWindowDays,
		windowCounting: ctx.org.windowCounting,
		weekendDays: ctx.org.weekendDays,
		holidays: new Set(holidays.map((h) => h.day.toISOString().slice(0, 10))),
		timeZone: ctx.org.timeZone
	};
	const rows = candidates
		.map((r) => ({ ...r, waiting: elapsedDays(r.received_at, end, settings) }))
		.filter((r) => r.waiting > ctx.org.reviewWindowDays);
	return {
		columns: [
			col('id', 'string'),
			col('received', 'string'),
			col('days_waiting'),
			col('channel', 'string'),
			col('service', 'string'),
			col('branch', 'string')
		],
		rows: rows.map((r) => ({
			id: r.id,
			received: isoDateIn(r.received_at, ctx.org.timeZone),
			days_waiting: Math.floor(r.waiting),
			channel: names.channel(r.channel),
			service: names.segment('service', r.service),
			branch: names.segment('branch', r.branch)
		}))
	};
}

/** Builds one dataset for a filter. Throws MetricsError for a filter the engine refuses. */
export async function buildDataset(
	name: DatasetName,
	ctx: DashboardContext,
	filter: DashboardFilter,
	names?: Names
): Promise<Table> {
	const n = names ?? (await loadNames(ctx));
	switch (name) {
		case 'csat-trend':
			return csatTrend(ctx, filter);
		case 'channel-volume':
			return channelVolume(ctx, filter, n);
		case 'turnaround-distribution':
			return distribution(ctx, filter, 'decided');
		case 'overdue-age':
			return distribution(ctx, filter, 'overdue');
		case 'response-rate':
			return responseRate(ctx, filter, n);
		case 'segments-channel':
			return segments(ctx, filter, 'channel', n);
		case 'segments-service':
			return segments(ctx, filter, 'service', n);
		case 'segments-branch':
			return segments(ctx, filter, 'branch', n);
		case 'segments-team':
			return segments(ctx, filter, 'team', n);
		case 'turnaround-months':
			return turnaroundMonths(ctx, filter);
		case 'overdue-requests':
			return overdueRequests(ctx, filter, n);
	}
}
