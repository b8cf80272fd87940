// Which SQL answers a metrics question for a filter: the daily roll-ups when they can, the raw
// rows when they must. Coarse roll-ups (by channel only) serve filters without service, branch or
// team; a type or team filter needs each answer's linked request, which only the raw rows have.
import type { MetricsFilter } from './types';
import type { Source } from './context';
import type { MetricsQuery } from './query-params';

/** A type or team filter: answers match through their linked interaction (raw rows). */
export const needsLink = (f: MetricsFilter) => Boolean(f.type || f.team);

/** No service, branch or team filter: the coarse (channel-level) roll-ups suffice. */
export const isCoarse = (f: MetricsFilter) => !f.service && !f.branch && !f.team;

/** Interactions (and answered ones) by channel and type over the period. */
export function interactionsQuery(filter: MetricsFilter, source: Source): MetricsQuery {
	if (source === 'raw') return 'metrics/interactions_raw';
	return isCoarse(filter) ? 'metrics/interactions_coarse' : 'metrics/interactions';
}

/** Answer counts and sums by channel over the period. */
export function responsesQuery(filter: MetricsFilter, source: Source): MetricsQuery {
	if (needsLink(filter)) return 'metrics/responses_linked_raw';
	if (source === 'raw') return 'metrics/responses_raw';
	return isCoarse(filter) ? 'metrics/responses_coarse' : 'metrics/responses';
}

/** Interactions by local day and channel (trends). */
export function interactionsByDayQuery(filter: MetricsFilter): MetricsQuery {
	return isCoarse(filter) ? 'metrics/interactions_by_day_coarse' : 'metrics/interactions_by_day';
}

/** Answer counts and sums by local day (trends). */
export function responsesByDayQuery(filter: MetricsFilter): MetricsQuery {
	if (needsLink(filter)) return 'metrics/responses_by_day_raw';
	return isCoarse(filter) ? 'metrics/responses_by_day_coarse' : 'metrics/responses_by_day';
}
