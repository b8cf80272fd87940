// The parameters each metrics query (sql/metrics/<name>.sql) binds, declared once here: the engine
// builds one set of parameters per request (context.ts `parameters`, turnaround-query.ts `turnaroundParameters`) and binds to each query
// exactly the ones listed for it, since DuckDB refuses a parameter the statement does not use.
// tests/sql-files.test.ts checks every list against the $names its file uses.

/** Every parameter a metrics query may take. */
export type MetricsParam =
	| 'from_day'
	| 'to_day'
	| 'start'
	| 'end'
	| 'zone'
	| 'working'
	| 'weekend'
	| 'window_s'
	| 'window_days'
	| 'cut'
	| 'cut_day'
	| 'closed_at'
	| 'closed_day'
	| 'overdue_before'
	| 'low_days'
	| 'high_days'
	| 'offset'
	| 'channel'
	| 'type'
	| 'service'
	| 'branch'
	| 'team'
	| 'dimension'
	| 'key'
	| 'bins'
	| 'wanted'
	| 'pieces';

const DAYS = ['from_day', 'to_day'] as const;
const FILTERS = ['channel', 'type', 'service', 'branch', 'team'] as const;
const ROLLUP_FILTERS = ['channel', 'service', 'branch'] as const;
// turnaround has no type filter: every request is a support request
const REQUEST_FILTERS = ['channel', 'service', 'branch', 'team'] as const;
// working-day counting walks the organisation's calendar
const WORKING = ['zone', 'working', 'weekend'] as const;
// the cut-off the requests are seen from (turnaround-query.ts)
const CUT = ['cut', 'cut_day'] as const;
// one segment of the segment tables
const SEGMENT = ['dimension', 'key'] as const;

/** The ranks queries' parameters after the period's (the roll-up's days, or the raw instants) */
const RANKS = [...CUT, ...WORKING, 'bins', 'wanted', ...SEGMENT, ...REQUEST_FILTERS] as const;

export const metricsQueryParams = {
	'metrics/responses': [...DAYS, ...ROLLUP_FILTERS],
	'metrics/responses_coarse': [...DAYS, 'channel'],
	'metrics/responses_raw': ['start', 'end', ...ROLLUP_FILTERS],
	'metrics/responses_linked_raw': ['start', 'end', ...FILTERS],
	'metrics/responses_by_day': [...DAYS, ...ROLLUP_FILTERS],
	'metrics/responses_by_day_coarse': [...DAYS, 'channel'],
	'metrics/responses_by_day_raw': ['start', 'end', 'zone', ...FILTERS],
	'metrics/response_segments': [...DAYS, ...ROLLUP_FILTERS],
	'metrics/response_segments_raw': ['start', 'end', ...FILTERS],
	'metrics/interactions': [...DAYS, ...FILTERS],
	'metrics/interactions_coarse': [...DAYS, 'channel', 'type'],
	'metrics/interactions_raw': ['start', 'end', ...FILTERS],
	'metrics/interactions_by_day': [...DAYS, ...FILTERS],
	'metrics/interactions_by_day_coarse': [...DAYS, 'channel', 'type'],
	'metrics/interaction_segments': [...DAYS, ...FILTERS],
	'metrics/question_answers': ['start', 'end', ...FILTERS],
	'metrics/turnaround_bins': [...DAYS, ...CUT, ...WORKING, 'window_s', ...REQUEST_FILTERS],
	'metrics/turnaround_bins_calendar': [...DAYS, 'cut', 'closed_at', 'window_s', ...REQUEST_FILTERS],
	'metrics/turnaround_bins_fast': [
		...DAYS,
		...CUT,
		'closed_at',
		'closed_day',
		'window_days',
		'window_s'
	],
	'metrics/turnaround_bins_raw': [
		'from_day',
		'start',
		'end',
		...CUT,
		...WORKING,
		'window_s',
		...REQUEST_FILTERS
	],
	'metrics/turnaround_backlog': [...CUT, ...WORKING, 'window_s', ...REQUEST_FILTERS],
	'metrics/turnaround_backlog_calendar': [...CUT, 'overdue_before', ...REQUEST_FILTERS],
	'metrics/turnaround_backlog_raw': [...CUT, ...WORKING, 'window_s', ...REQUEST_FILTERS],
	'metrics/turnaround_overdue_fast': [...CUT, 'closed_day', 'overdue_before'],
	'metrics/turnaround_ranks': [...DAYS, ...RANKS],
	'metrics/turnaround_ranks_raw': ['from_day', 'start', 'end', ...RANKS],
	'metrics/turnaround_at_rank': [...DAYS, 'cut', 'low_days', 'high_days', 'offset'],
	'metrics/turnaround_at_calendar': [
		...DAYS,
		'cut',
		'low_days',
		'high_days',
		'offset',
		...SEGMENT,
		...REQUEST_FILTERS
	],
	'metrics/turnaround_segments': [...DAYS, ...CUT, ...WORKING, 'window_s', ...REQUEST_FILTERS],
	'metrics/turnaround_segments_backlog': [...CUT, ...WORKING, 'window_s', ...REQUEST_FILTERS],
	'metrics/turnaround_segments_backlog_calendar': [...CUT, 'overdue_before', ...REQUEST_FILTERS],
	'metrics/anonymity_days': [],
	'metrics/anonymity_units': [...DAYS, 'pieces'],
	'metrics/anonymity_units_linked': ['start', 'end', 'zone', 'pieces'],
	'metrics/anonymity_question_days': ['zone'],
	'metrics/anonymity_question_units': ['start', 'end', 'zone']
} as const satisfies Record<string, readonly MetricsParam[]>;

/** The name of a metrics query `run` may execute. */
export type MetricsQuery = keyof typeof metricsQueryParams;

/**
 * The queries that read the macros of sql/metrics/turnaround_macros.sql (table macros: made on a
 * connection before its first such query, see context.ts `run`).
 */
export const turnaroundMacroQueries: ReadonlySet<MetricsQuery> = new Set<MetricsQuery>([
	'metrics/turnaround_bins',
	'metrics/turnaround_bins_raw',
	'metrics/turnaround_ranks',
	'metrics/turnaround_ranks_raw',
	'metrics/turnaround_backlog',
	'metrics/turnaround_backlog_raw',
	'metrics/turnaround_segments',
	'metrics/turnaround_segments_backlog',
	'metrics/turnaround_segments_backlog_calendar'
]);

/** The parameters of `all` that `name` declares (those `all` has). */
export function paramsFor<V>(name: MetricsQuery, all: Record<string, V>): Record<string, V> {
	const declared: readonly string[] = metricsQueryParams[name];
	return Object.fromEntries(Object.entries(all).filter(([key]) => declared.includes(key)));
}
