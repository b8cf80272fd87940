// The scores of one group (a period and filter, a segment, a trend bucket) from its answer counts
// and the sums over the anonymity blocks lying wholly inside it (docs/anonymity.md). Pure: the
// metrics engine fetches the counts and the blocks; this decides what may be shown.
import type { AnswerMeasures } from './answer-counts';
import { cesFromCounts } from './ces';
import { csatFromCounts } from './csat';
import { npsFromCounts } from './nps';
import { ratio } from './stats';

export const scoreMeasures = ['csat', 'nps', 'ces'] as const;
export type ScoreMeasure = (typeof scoreMeasures)[number];

/** One measure's counts and sums over the blocks inside the group, and the cells they cover. */
export interface ScoredSums<Cell> {
	sums: Partial<Record<keyof AnswerMeasures, number>>;
	coverage: Cell[];
}

/**
 * Scores of a group from its counts (`all`) and, per measure, the sums over the anonymity blocks
 * lying wholly inside it (`scored`): the score covers those answers only (`scored_n`); a group
 * none of whose answers lie in such blocks (every group of 1 … min−1 answers among them) keeps
 * its count and no score (`suppressed`). Sums of unscored answers are never returned. With
 * `explain`, each score carries the cells it covers (for the anonymity tests).
 */
export function groupScores<Cell>(
	all: AnswerMeasures,
	scored: Record<ScoreMeasure, ScoredSums<Cell>>,
	explain = false
) {
	const c = scored.csat.sums;
	const p = scored.nps.sums;
	const e = scored.ces.sums;
	const csatN = c.csat_n ?? 0;
	const npsN = p.nps_n ?? 0;
	const cesN = e.ces_n ?? 0;
	// what every measure says of its group: all its answers, those scored, and whether none were
	const counted = (m: ScoreMeasure, scoredN: number) => ({
		n: all[`${m}_n`],
		scored_n: scoredN,
		suppressed: all[`${m}_n`] > 0 && scoredN === 0,
		...(explain ? { coverage: scored[m].coverage } : {})
	});
	const csat = csatFromCounts({ n: csatN, positive: c.csat_positive ?? 0, sum: c.csat_sum ?? 0 });
	const nps = npsFromCounts({
		n: npsN,
		promoters: p.nps_promoters ?? 0,
		detractors: p.nps_detractors ?? 0
	});
	const ces = cesFromCounts({ n: cesN, sum: e.ces_sum ?? 0, sumSquares: e.ces_sq_sum ?? 0 });
	return {
		csat: {
			...csat,
			...counted('csat', csatN),
			positive: csatN > 0 ? (c.csat_positive ?? 0) : null
		},
		nps: {
			...nps,
			...counted('nps', npsN),
			promoters: npsN > 0 ? (p.nps_promoters ?? 0) : null,
			detractors: npsN > 0 ? (p.nps_detractors ?? 0) : null
		},
		ces: { ...ces, ...counted('ces', cesN) }
	};
}

/** Answered interactions ÷ interactions received (see the metrics README). */
export interface ResponseRate {
	/** interactions of the group received in the period */
	interactions: number;
	/** of them, those with at least one linked survey answer (response.interaction_id), whenever submitted */
	answered: number;
	/** answered ÷ interactions, 0–1 (never above 1); null when there were no interactions */
	ratio: number | null;
	/** answers of the group submitted in the period that name no interaction: counted apart, never in `ratio` */
	unlinked: number;
}

/**
 * Answered interactions ÷ interactions (never above 1); answers that name no interaction are
 * counted apart (`unlinked`), never in the ratio.
 */
export function responseRate(
	answered: number,
	interactions: number,
	unlinked: number
): ResponseRate {
	return { answered, interactions, ratio: ratio(answered, interactions), unlinked };
}
