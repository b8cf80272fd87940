// Called inside the same transaction after interactions or survey answers change (ingest, the
// public survey), so derived tables such as the metrics roll-ups stay exact.
import type { Session } from './db';

export interface DataChange {
	/** Earliest and latest received_at among changed interactions, before and after the change. */
	interactions?: { from: Date; to: Date };
	/** Earliest and latest submitted_at among changed answers, before and after the change. */
	responses?: { from: Date; to: Date };
}

/** Keeps derived data in step with a change. The metrics engine (issue 4) fills this in. */
export async function onDataChanged(session: Session, change: DataChange): Promise<void> {
	void session;
	void change;
}
