// The segment tables (per channel, service, branch, team) as a dataset: one row per segment with
// its counts, scores over whole anonymity blocks (null when suppressed) and turnaround.
import type { DashboardFilter } from '../../schemas/dashboard-filter';
import { computeSegments, type SegmentDimension, type SegmentFigures } from '../metrics';
import { col, metricsFilterOf, once, type DashboardContext, type Names } from './dataset-context';
import type { Column, Table } from './tables';

type Cell = string | number | boolean | null;

/** A score's figure, or null when the score is suppressed. */
const shown = (score: { suppressed: boolean }, value: number | null) =>
	score.suppressed ? null : value;

type SegmentColumn = [name: string, type: Column['type'], read: (s: SegmentFigures) => Cell];

/** A score's five columns: its answers, the answers in whole blocks, its figure and interval. */
function scoreColumns<S extends { n: number; scored_n: number; suppressed: boolean }>(
	prefix: 'csat' | 'nps' | 'ces',
	figure: 'percent' | 'score' | 'mean',
	score: (s: SegmentFigures) => S & { ci_low: number | null; ci_high: number | null },
	value: (score: S) => number | null
): SegmentColumn[] {
	return [
		[`${prefix}_n`, 'number', (s) => score(s).n],
		[`${prefix}_scored_n`, 'number', (s) => score(s).scored_n],
		[`${prefix}_${figure}`, 'number', (s) => shown(score(s), value(score(s)))],
		[`${prefix}_ci_low`, 'number', (s) => shown(score(s), score(s).ci_low)],
		[`${prefix}_ci_high`, 'number', (s) => shown(score(s), score(s).ci_high)]
	];
}

/** The columns of a segment row after key and name, each with how it is read. */
const segmentColumns: SegmentColumn[] = [
	['interactions', 'number', (s) => s.interactions],
	['responses', 'number', (s) => s.responses],
	...scoreColumns(
		'csat',
		'percent',
		(s) => s.csat,
		(c) => c.percent
	),
	...scoreColumns(
		'nps',
		'score',
		(s) => s.nps,
		(c) => c.score
	),
	...scoreColumns(
		'ces',
		'mean',
		(s) => s.ces,
		(c) => c.mean
	),
	['n_requests', 'number', (s) => s.turnaround.n_requests],
	['n_decided', 'number', (s) => s.turnaround.n_decided],
	['median_days', 'number', (s) => s.turnaround.median_days],
	['p90_days', 'number', (s) => s.turnaround.p90_days],
	['decided_median_days', 'number', (s) => s.turnaround.decided_median_days],
	['within_window_pct', 'number', (s) => s.turnaround.within_window_pct],
	['n_window_closed', 'number', (s) => s.turnaround.n_window_closed],
	['overdue_open', 'number', (s) => s.turnaround.overdue_open],
	['turnaround_suppressed', 'boolean', (s) => s.turnaround.suppressed],
	['response_rate', 'number', (s) => s.response_rate.ratio],
	['suppressed', 'boolean', (s) => s.suppressed]
];

/** One dimension's segments; teams appear only where the team has at least the minimum group. */
export async function segments(
	ctx: DashboardContext,
	filter: DashboardFilter,
	dimension: SegmentDimension,
	names: Names
): Promise<Table> {
	const result = await once(ctx, `segments|${JSON.stringify(metricsFilterOf(filter))}`, () =>
		computeSegments(ctx.store, metricsFilterOf(filter))
	);
	let rows = result.dimensions[dimension];
	if (dimension === 'team') rows = rows.filter((s) => s.responses >= result.min_group_size);
	return {
		columns: [
			col('key', 'string'),
			col('name', 'string'),
			...segmentColumns.map(([name, type]) => col(name, type))
		],
		rows: rows.map((s) => ({
			key: s.key,
			name: names.segment(dimension, s.key),
			...Object.fromEntries(segmentColumns.map(([name, , read]) => [name, read(s)]))
		}))
	};
}
