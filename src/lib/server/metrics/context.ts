// What every metrics computation starts from: a valid filter, the organisation's settings and
// channels (roll-ups brought up to date), and the query parameters of a period and filter.
import { periodInstants } from '../../domain/periods';
import { SECONDS_PER_DAY } from '../../domain/turnaround';
import { metricsFilterSchema } from '../../schemas/metrics-filter';
import type { SqlValue, Store } from '../db';
import { getOrganisation, type Organisation } from '../organisation';
import { sql } from '../sql';
import { MetricsError } from './errors';
import { paramsFor, turnaroundMacroQueries, type MetricsQuery } from './query-params';
import { ensureRollups } from './rollups';
import type { Figures, MetricsFilter } from './types';

export type Source = 'rollup' | 'raw';

export interface ComputeOptions {
	/** 'rollup' (default) reads the daily roll-ups; 'raw' reads the raw rows (benchmark, checks). */
	source?: Source;
	/** attach to every score the cells of answers it covers (`coverage`), for the anonymity tests */
	explain?: boolean;
	/** the clock: a period still running is seen from this instant (its cut-off); default now */
	now?: Date;
}

export interface Context {
	store: Store;
	org: Organisation;
	channels: { code: string; active: boolean; sort_order: number }[];
}

/** Validates a filter; throws MetricsError('invalid_filter') with the first problem in words. */
export function parseMetricsFilter(input: unknown): MetricsFilter {
	const parsed = metricsFilterSchema.safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
		throw new MetricsError({ code: 'invalid_filter', problem: `${where}${issue.message}` });
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

/** The organisation and its channels, with the roll-ups up to date; the filter's channel checked. */
export async function loadContext(store: Store, filter?: MetricsFilter): Promise<Context> {
	const [org, channels] = await Promise.all([
		getOrganisation(store),
		store.all<{ code: string; active: boolean; sort_order: number }>(sql('metrics/channels'))
	]);
	if (!org) {
		throw new MetricsError({ code: 'no_organisation' });
	}
	if (filter?.channel && !channels.some((c) => c.code === filter.channel)) {
		throw new MetricsError({
			code: 'unknown_channel',
			channel: filter.channel,
			known: channels.map((c) => c.code)
		});
	}
	await ensureRollups(store, org.timeZone);
	return { store, org, channels };
}

/** The active channels a filter shows, in display order. */
export function shownChannels(ctx: Context, filter: MetricsFilter): string[] {
	return ctx.channels
		.filter((c) => c.active && (!filter.channel || c.code === filter.channel))
		.map((c) => c.code);
}

/** All parameters any metrics query may use; `run` binds those each query declares. */
export function parameters(org: Organisation, filter: MetricsFilter): Record<string, SqlValue> {
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

/** Runs a metrics query, binding from `all` the parameters it declares (query-params.ts). */
export async function run<T extends object>(
	store: Store,
	name: MetricsQuery,
	all: Record<string, SqlValue>
): Promise<T[]> {
	const params = paramsFor(name, all);
	if (!turnaroundMacroQueries.has(name)) return (await store.all(sql(name), params)) as T[];
	// the turnaround queries read the table macros of turnaround_macros.sql, made on first use
	return store.use(async (session) => {
		await session.runOnce(sql('metrics/turnaround_macros'));
		return (await session.all(sql(name), params)) as T[];
	});
}

/** The period block of every figure set. */
export function periodOf(org: Organisation, filter: MetricsFilter): Figures['period'] {
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
