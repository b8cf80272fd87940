// Turnaround per channel, service, branch and team, for the dashboard's segment tables.
import { suppressedKeys } from '../../domain/suppression';
import { SECONDS_PER_DAY, turnaroundCounts, type TurnaroundBinRow } from '../../domain/turnaround';
import type { Store } from '../db';
import type { Organisation } from '../organisation';
import { run } from './context';
import { figuresOf, noCounts, suppressedFigures } from './turnaround';
import {
	hasRequests,
	quantiles,
	rankReader,
	turnaroundParameters as parameters
} from './turnaround-query';
import type { MetricsFilter, SegmentDimension, TurnaroundFigures } from './types';

type SegmentRow = Omit<TurnaroundBinRow, 'kind'> & {
	dimension: SegmentDimension;
	key: string | null;
	kind: TurnaroundBinRow['kind'] | 'decided';
	decided_median_s: number | null;
} & Record<string, unknown>;

const segmentId = (dimension: string, key: string | null) => JSON.stringify([dimension, key]);

/**
 * Turnaround per channel, service, branch and team. A segment with fewer requests than the
 * minimum group shows its counts only (`suppressed`), and within each dimension further segments
 * are hidden while the hidden ones total fewer than the minimum (suppressedKeys), so that a small
 * group's speed cannot be recovered from the total: one person's work is never shown.
 */
export async function turnaroundSegments(
	store: Store,
	org: Organisation,
	filter: MetricsFilter,
	cutoff: Date
): Promise<Map<string, TurnaroundFigures>> {
	const out = new Map<string, TurnaroundFigures>();
	if (!hasRequests(filter)) return out;
	const params = parameters(org, filter, cutoff);
	const [rows, backlog] = await Promise.all([
		run<SegmentRow>(store, 'metrics/turnaround_segments', params),
		run<{ dimension: SegmentDimension; key: string | null; overdue_open: number }>(
			store,
			org.windowCounting === 'calendar'
				? 'metrics/turnaround_segments_backlog_calendar'
				: 'metrics/turnaround_segments_backlog',
			params
		)
	]);
	const groups = new Map<
		string,
		{
			dimension: SegmentDimension;
			key: string | null;
			bins: TurnaroundBinRow[];
			median: number | null;
		}
	>();
	for (const r of rows) {
		const id = segmentId(r.dimension, r.key);
		const group = groups.get(id) ?? {
			dimension: r.dimension,
			key: r.key,
			bins: [],
			median: null
		};
		if (r.kind === 'decided') {
			group.median =
				r.decided_median_s === null ? null : Number(r.decided_median_s) / SECONDS_PER_DAY;
		} else group.bins.push({ ...r, kind: r.kind });
		groups.set(id, group);
	}
	const overdue = new Map(
		backlog.map((b) => [segmentId(b.dimension, b.key), Number(b.overdue_open)])
	);
	const counted = [...groups.values()].map((g) => ({ ...g, counts: turnaroundCounts(g.bins) }));
	const hidden = new Set<string>();
	for (const dimension of ['channel', 'service', 'branch', 'team'] as const) {
		const inDimension = counted.filter((g) => g.dimension === dimension);
		const keys = suppressedKeys(
			inDimension.map((g) => ({ key: g.key, n: g.counts.n_requests })),
			org.minGroupSize
		);
		for (const key of keys) hidden.add(segmentId(dimension, key));
	}
	await Promise.all(
		counted.map(async (g) => {
			const id = segmentId(g.dimension, g.key);
			const backlogCount = overdue.get(id) ?? 0;
			if (hidden.has(id)) {
				out.set(
					id,
					suppressedFigures(
						figuresOf(g.counts, { median: null, p90: null }, null, backlogCount, cutoff, cutoff)
					)
				);
				return;
			}
			// the plain median comes with the counts (quantile_cont); only the Kaplan–Meier ranks are read
			const read = rankReader(store, org, filter, cutoff, 'rollup', {
				dimension: g.dimension,
				key: g.key
			});
			const { km } = await quantiles({ ...g.counts, decided: [] }, read);
			out.set(id, figuresOf(g.counts, km, g.median, backlogCount, cutoff, cutoff));
		})
	);
	// segments with a backlog but no request received in the period
	for (const [id, n] of overdue) {
		if (!out.has(id))
			out.set(id, figuresOf(noCounts(), { median: null, p90: null }, null, n, cutoff, cutoff));
	}
	return out;
}

/** The figures of one segment from turnaroundSegments (empty when it has no requests). */
export function segmentTurnaround(
	all: Map<string, TurnaroundFigures>,
	dimension: SegmentDimension,
	key: string | null,
	cutoff: Date
): TurnaroundFigures {
	return (
		all.get(segmentId(dimension, key)) ??
		figuresOf(noCounts(), { median: null, p90: null }, null, 0, cutoff, cutoff)
	);
}

/** The keys of one dimension that turnaroundSegments has figures for. */
export function segmentKeys(
	all: Map<string, TurnaroundFigures>,
	dimension: SegmentDimension
): (string | null)[] {
	return [...all.keys()]
		.map((id) => JSON.parse(id) as [SegmentDimension, string | null])
		.filter(([d]) => d === dimension)
		.map(([, key]) => key);
}
