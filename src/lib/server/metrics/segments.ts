// The figures per channel, service, branch and team of a period and filter (the dashboard's
// segment tables). There is no staff dimension: numbers never rank individual staff.
import { addMeasures, emptyMeasures, type AnswerMeasures } from '../../domain/answer-counts';
import { responseRate } from '../../domain/group-scores';
import type { Store } from '../db';
import {
	loadContext,
	parameters,
	parseMetricsFilter,
	periodOf,
	run,
	shownChannels,
	type ComputeOptions
} from './context';
import { blocksFor, groupDims, scoresOf } from './scoring';
import { needsLink } from './sources';
import { cutoffOf } from './turnaround-query';
import { segmentKeys, segmentTurnaround, turnaroundSegments } from './turnaround-segments';
import type { MetricsFilter, SegmentDimension, SegmentFigures, Segments } from './types';

type SegmentRow = AnswerMeasures & { dimension: SegmentDimension; key: string | null };
type InteractionRow = {
	dimension: string;
	key: string | null;
	interactions: number;
	answered: number;
};

const dimensions: SegmentDimension[] = ['channel', 'service', 'branch', 'team'];

/**
 * The figures per channel, service, branch and team. Scores come from the anonymity blocks lying
 * wholly inside each segment (`scored_n`); a segment with none keeps its counts with scores null
 * and `suppressed: true`. Turnaround figures of a segment with fewer support requests than the
 * minimum are suppressed the same way (counts kept), so that one person's speed is never shown.
 * Counts are never suppressed.
 */
export async function computeSegments(
	store: Store,
	input: MetricsFilter,
	options: Pick<ComputeOptions, 'explain' | 'now'> = {}
): Promise<Segments> {
	const filter = parseMetricsFilter(input);
	const ctx = await loadContext(store, filter);
	const params = parameters(ctx.org, filter);
	const cutoff = cutoffOf(params.end as Date, options.now ?? new Date());
	const linked = needsLink(filter);
	const [interactionRows, rollupRows, linkedRows, requestRows, blocks] = await Promise.all([
		run<InteractionRow>(store, 'metrics/interaction_segments', params),
		linked
			? Promise.resolve([] as SegmentRow[])
			: run<SegmentRow>(store, 'metrics/response_segments', params),
		run<SegmentRow>(store, 'metrics/response_segments_raw', params),
		turnaroundSegments(store, ctx.org, filter, cutoff),
		// the team breakdown needs the blocks by the linked request's type and team
		blocksFor(ctx, filter, { detail: true, request: true })
	]);
	// the roll-ups know no team: the team breakdown always comes from the raw rows
	const responseRows = linked
		? linkedRows
		: [...rollupRows, ...linkedRows.filter((r) => r.dimension === 'team')];

	const out = {} as Record<SegmentDimension, SegmentFigures[]>;
	for (const dim of dimensions) {
		const inter = interactionRows.filter((r) => r.dimension === dim);
		const resp = responseRows.filter((r) => r.dimension === dim);
		const keys = segmentOrder(
			dim === 'channel' ? shownChannels(ctx, filter) : [],
			[...inter, ...resp, ...segmentKeys(requestRows, dim).map((key) => ({ key }))],
			dim !== 'channel'
		);
		out[dim] = keys.map((key) => {
			const sums = resp.filter((r) => r.key === key).reduce(addMeasures, emptyMeasures());
			const rows = inter.filter((r) => r.key === key);
			const interactions = rows.reduce((n, r) => n + Number(r.interactions), 0);
			const answered = rows.reduce((n, r) => n + Number(r.answered), 0);
			const s = scoresOf(sums, blocks, groupDims(filter, { dim, key }), filter, options.explain);
			return {
				key,
				interactions,
				responses: sums.responses,
				...s,
				turnaround: segmentTurnaround(requestRows, dim, key, cutoff),
				response_rate: responseRate(answered, interactions, sums.responses - sums.linked),
				suppressed: s.csat.suppressed || s.nps.suppressed || s.ces.suppressed
			};
		});
	}
	return {
		period: periodOf(ctx.org, filter),
		min_group_size: ctx.org.minGroupSize,
		dimensions: out
	};
}

/**
 * The keys of a dimension once each: the given ones first (channels in display order), then
 * those the rows name; sorted (not given last) when `sort`.
 */
function segmentOrder(
	first: string[],
	rows: { key: string | null }[],
	sort: boolean
): (string | null)[] {
	const keys = [...new Set<string | null>([...first, ...rows.map((r) => r.key)])];
	if (sort) keys.sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
	return keys;
}
