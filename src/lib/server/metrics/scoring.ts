// The scores of a group, worked out from the anonymity blocks lying wholly inside it: the glue
// between the block index (anonymity.ts) and the pure score assembly (domain/group-scores.ts).
import type { AnswerMeasures } from '../../domain/answer-counts';
import { groupScores } from '../../domain/group-scores';
import {
	anonymityIndex,
	blockDimensions,
	measures,
	type AnonymityIndex,
	type GroupDims,
	type Measure,
	type Scored
} from './anonymity';
import { run, type Context } from './context';
import type { MetricsFilter, SegmentDimension } from './types';

/** The group of a filter (and optionally one segment) for the anonymity blocks. */
export function groupDims(
	filter: MetricsFilter,
	segment?: { dim: SegmentDimension; key: string | null }
): GroupDims {
	const dims: GroupDims = {};
	for (const d of blockDimensions) if (filter[d] !== undefined) dims[d] = filter[d];
	if (segment) dims[segment.dim] = segment.key;
	return dims;
}

/**
 * The anonymity blocks of the answers around a period (see anonymity.ts): `detail` cuts them by
 * channel, service and branch too, `request` by the linked request's type and team.
 */
export function blocksFor(
	ctx: Context,
	filter: MetricsFilter,
	need: { detail: boolean; request: boolean }
): Promise<AnonymityIndex> {
	return anonymityIndex((name, params) => run(ctx.store, name, params), {
		zone: ctx.org.timeZone,
		minGroupSize: ctx.org.minGroupSize,
		from: filter.from,
		to: filter.to,
		...need,
		memo: { owner: ctx.store, generation: ctx.store.generation }
	});
}

/** The blocks a filter's own figures need: detail when it names a segment, requests when linked. */
export function blocksNeeded(filter: MetricsFilter, needsLink: boolean) {
	return { detail: Object.keys(groupDims(filter)).length > 0, request: needsLink };
}

/** CSAT, NPS and CES of a group over days from…to: `all` its counts, the blocks inside it scored. */
export function scoresOf(
	all: AnswerMeasures,
	index: AnonymityIndex,
	dims: GroupDims,
	days: { from: string; to: string },
	explain = false
) {
	const scored = Object.fromEntries(
		measures.map((m) => [m, index.scored(m, dims, days.from, days.to, explain)])
	) as Record<Measure, Scored>;
	return groupScores(all, scored, explain);
}
