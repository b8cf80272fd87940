// Answers linked to an interaction (response.interaction_id) take its service and branch, and its
// channel when they have none; and the interaction counts as answered (the response rate). An
// answer can arrive before its interaction, and an interaction can change later, so both ingests
// keep this true, and tell the roll-ups which days changed (src/lib/server/data-changes.ts).
import type { DataChange } from '../../domain/data-change';
import type { Session } from '../db';
import { sql } from '../sql';

type Span = { from_at: Date | null; to_at: Date | null };

const spanOf = (row: Span | undefined) =>
	row?.from_at && row.to_at ? { from: row.from_at, to: row.to_at } : undefined;

/**
 * After an ingest of interactions (run `runId`), in its transaction: the stored answers linked to
 * an interaction the run stored or updated take its service, branch and (when they have none)
 * channel. Returns the span of submitted_at of the answers changed, for DataChange.responses.
 */
export async function answersFollowInteractions(
	tx: Session,
	runId: number
): Promise<DataChange['responses']> {
	const span = spanOf(await tx.one<Span>(sql('ingest/answers_follow_span'), { run_id: runId }));
	if (span) await tx.run(sql('ingest/answers_follow_interactions'), { run_id: runId });
	return span;
}

/**
 * After an ingest of answers, in its transaction (reads ingest_outcome): the span of received_at
 * of the interactions that gained or lost a linked answer, for DataChange.answered.
 */
export async function interactionsAnswered(tx: Session): Promise<DataChange['answered']> {
	return spanOf(await tx.one<Span>(sql('ingest/answered_span')));
}
