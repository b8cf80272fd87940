// The turnaround datasets: decided requests and the backlog by whole days, turnaround by month
// received, and the list of overdue requests (staff only).
import { periodInstants } from '../../domain/periods';
import { elapsedDays, SECONDS_PER_DAY } from '../../domain/turnaround';
import { isoDateIn } from '../../domain/zoned-time';
import type { DashboardFilter } from '../../schemas/dashboard-filter';
import { computeTurnaroundTrends, computeTurnaroundDistribution, cutoffOf } from '../metrics';
import { sql } from '../sql';
import {
	bucketLabel,
	col,
	metricsFilterOf,
	once,
	monthlyTrends,
	type DashboardContext,
	type Names
} from './dataset-context';
import type { Table } from './tables';

export async function distribution(
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

export async function turnaroundMonths(
	ctx: DashboardContext,
	filter: DashboardFilter
): Promise<Table> {
	const trends = await monthlyTrends(ctx, filter, computeTurnaroundTrends, {
		type: 'support_request'
	});
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

export async function overdueRequests(
	ctx: DashboardContext,
	filter: DashboardFilter,
	names: Names
) {
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
