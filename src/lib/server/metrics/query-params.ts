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

const FILTERS = ['channel', 'type', 'service', 'branch', 'team'] as const;
const ROLLUP_FILTERS = ['channel', 'service', 'branch'] as const;
const TURNAROUND = ['end', 'zone', 'working', 'weekend', 'window_s'] as const;

export const metricsQueryParams = {
	'metrics/responses': ['from_day', 'to_day', ...ROLLUP_FILTERS],
	'metrics/responses_coarse': ['from_day', 'to_day', 'channel'],
	'metrics/responses_raw': ['start', 'end', ...ROLLUP_FILTERS],
	'metrics/responses_linked_raw': ['start', 'end', ...FILTERS],
	'metrics/responses_by_day': ['from_day', 'to_day', ...ROLLUP_FILTERS],
	'metrics/responses_by_day_coarse': ['from_day', 'to_day', 'channel'],
	'metrics/responses_by_day_raw': ['start', 'end', 'zone', ...FILTERS],
	'metrics/response_segments': ['from_day', 'to_day', ...ROLLUP_FILTERS],
	'metrics/response_segments_raw': ['start', 'end', ...FILTERS],
	'metrics/interactions': ['from_day', 'to_day', ...FILTERS],
	'metrics/interactions_coarse': ['from_day', 'to_day', 'channel', 'type'],
	'metrics/interactions_raw': ['start', 'end', ...FILTERS],
	'metrics/interactions_by_day': ['from_day', 'to_day', ...FILTERS],
	'metrics/interactions_by_day_coarse': ['from_day', 'to_day', 'channel', 'type'],
	'metrics/interaction_segments': ['from_day', 'to_day', ...FILTERS],
	'metrics/question_answers': ['start', 'end', ...FILTERS],
	// turnaround has no type filter: every request is a support request
	'metrics/turnaround': [
		'from_day',
		'to_day',
		...TURNAROUND,
		'channel',
		'service',
		'branch',
		'team'
	],
	'metrics/turnaround_raw': [
		'from_day',
		'to_day',
		'start',
		...TURNAROUND,
		'channel',
		'service',
		'branch',
		'team'
	],
	'metrics/turnaround_segments': [
		'from_day',
		'to_day',
		...TURNAROUND,
		'channel',
		'service',
		'branch',
		'team'
	],
	'metrics/turnaround_distribution': [
		'from_day',
		'to_day',
		...TURNAROUND,
		'channel',
		'service',
		'branch',
		'team'
	],
	'metrics/turnaround_histogram': ['from_day', 'to_day'],
	'metrics/turnaround_decided_days': [
		'from_day',
		'to_day',
		'end',
		'channel',
		'service',
		'branch',
		'team'
	],
	'metrics/turnaround_overdue_days': [
		'from_day',
		'to_day',
		'end',
		'window_s',
		'channel',
		'service',
		'branch',
		'team'
	],
	'metrics/turnaround_overdue': ['from_day', 'to_day', 'end', 'cutoff', 'cutoff_day'],
	'metrics/turnaround_on_window': ['from_day', 'to_day', 'end', 'window_s', 'window_days'],
	'metrics/turnaround_at_rank': ['from_day', 'to_day', 'end', 'low_days', 'high_days', 'offset'],
	'metrics/anonymity_days': [],
	'metrics/anonymity_units': ['from_day', 'to_day'],
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
