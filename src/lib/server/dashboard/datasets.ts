// The dashboard's datasets: every chart and table reads one of these, whether drawn on the server
// (SVG), sent to the browser (Arrow) or downloaded (CSV, XLSX). Scores of groups too small to be
// anonymous are never in them: such rows carry their counts and `suppressed: true`.
import { bucketKey } from '../../domain/periods';
import type { Role } from '../../roles';
import type { DashboardFilter } from '../../schemas/dashboard-filter';
import { computeScoreTrends } from '../metrics';
import { sql } from '../sql';
import {
	bucketLabel,
	col,
	loadNames,
	periodFigures,
	monthlyTrends,
	trendRange,
	type DashboardContext,
	type Names
} from './dataset-context';
import { segments } from './segment-dataset';
import type { Table } from './tables';
import { distribution, overdueRequests, turnaroundMonths } from './turnaround-datasets';

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

async function csatTrend(ctx: DashboardContext, filter: DashboardFilter): Promise<Table> {
	const trends = await monthlyTrends(ctx, filter, computeScoreTrends);
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
