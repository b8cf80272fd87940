// The parameters each metrics query (sql/metrics/<name>.sql) binds, declared once here: the engine
// builds one set of parameters per request (compute.ts, `parameters`) and binds to each query
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
	| 'cutoff'
	| 'cutoff_day'
	| 'low_days'
	| 'high_days'
	| 'offset'
	| 'channel'
	| 'type'
	| 'service'
	| 'branch'
	| 'team';

const DAYS = ['from_day', 'to_day'] as const;
const FILTERS = ['channel', 'type', 'service', 'branch', 'team'] as const;
const ROLLUP_FILTERS = ['channel', 'service', 'branch'] as const;
// turnaround has no type filter: every request is a support request
const REQUEST_FILTERS = ['channel', 'service', 'branch', 'team'] as const;
const WINDOW = ['end', 'zone', 'working', 'weekend', 'window_s'] as const;

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
	'metrics/turnaround': [...DAYS, ...WINDOW, ...REQUEST_FILTERS],
	'metrics/turnaround_raw': [...DAYS, 'start', ...WINDOW, ...REQUEST_FILTERS],
	'metrics/turnaround_segments': [...DAYS, ...WINDOW, ...REQUEST_FILTERS],
	'metrics/turnaround_distribution': [...DAYS, ...WINDOW, ...REQUEST_FILTERS],
	'metrics/turnaround_histogram': [...DAYS],
	'metrics/turnaround_decided_days': [...DAYS, 'end', ...REQUEST_FILTERS],
	'metrics/turnaround_overdue_days': [...DAYS, 'end', 'window_s', ...REQUEST_FILTERS],
	'metrics/turnaround_overdue': [...DAYS, 'end', 'cutoff', 'cutoff_day'],
	'metrics/turnaround_on_window': [...DAYS, 'end', 'window_s', 'window_days'],
	'metrics/turnaround_at_rank': [...DAYS, 'end', 'low_days', 'high_days', 'offset'],
	'metrics/anonymity_days': [],
	'metrics/anonymity_units': [...DAYS],
	'metrics/anonymity_units_linked': ['start', 'end', 'zone'],
	'metrics/anonymity_question_days': ['zone'],
	'metrics/anonymity_question_units': ['start', 'end', 'zone']
} as const satisfies Record<string, readonly MetricsParam[]>;

/** The name of a metrics query `run` may execute. */
export type MetricsQuery = keyof typeof metricsQueryParams;

/** The parameters of `all` that `name` declares (those `all` has). */
export function paramsFor<V>(name: MetricsQuery, all: Record<string, V>): Record<string, V> {
	const declared: readonly string[] = metricsQueryParams[name];
	return Object.fromEntries(Object.entries(all).filter(([key]) => declared.includes(key)));
}
