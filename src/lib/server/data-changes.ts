// Called inside the same transaction after interactions or survey answers change (ingest, the
// public survey), so derived tables such as the metrics roll-ups stay exact.
import type { CountedAnswer } from '../domain/answer-counts';
import type { Session } from './db';
import { refreshRollups } from './metrics/rollups';

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
}

/**
 * Keeps derived data in step with a change: recomputes the metrics roll-up rows of the local days
 * between `from` and `to` (a one-day change touches one day's rows only).
 */
export async function onDataChanged(session: Session, change: DataChange): Promise<void> {
	await refreshRollups(session, change);
}
