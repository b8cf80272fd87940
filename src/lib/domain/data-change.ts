// What a write to interactions or survey answers changed, as spans of time: the days the roll-ups
// recompute (server/metrics/rollups.ts), told by whoever wrote (server/data-changes.ts).
import type { CountedAnswer } from './answer-counts';

export interface DataChange {
	/** Earliest and latest received_at among changed interactions, before and after the change. */
	interactions?: { from: Date; to: Date };
	/**
	 * Earliest and latest submitted_at among changed answers, before and after the change.
	 * `added`: when the change only inserted these answers (none of them there before, nothing
	 * else changed), the answers as the roll-ups count them; the roll-ups then add exactly their
	 * counts instead of recomputing their whole days (the public survey's group commit).
	 */
	responses?: { from: Date; to: Date; added?: readonly CountedAnswer[] };
	/**
	 * Earliest and latest received_at of interactions that gained or lost a linked answer (an answer
	 * naming them was stored, or changed or dropped its interaction_id): the roll-ups recount which
	 * interactions of those days are answered (the response rate's numerator).
	 */
	answered?: { from: Date; to: Date };
}
