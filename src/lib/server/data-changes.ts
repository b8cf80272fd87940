// Called inside the same transaction after interactions or survey answers change (ingest, the
// public survey), so derived tables such as the metrics roll-ups stay exact.
import type { DataChange } from '../domain/data-change';
import type { Session } from './db';
import { refreshRollups } from './metrics/rollups';
import { sql } from './sql';

/**
 * Keeps derived data in step with a change: recomputes the metrics roll-up rows of the local days
 * between `from` and `to` (a one-day change touches one day's rows only).
 */
export async function onDataChanged(session: Session, change: DataChange): Promise<void> {
	await refreshRollups(session, change);
}

/**
 * The `answered` part of a change in which answers naming `interactionIds` were stored, or
 * changed or dropped their link: the span of those interactions' received_at (undefined when none
 * of them is stored). Give the ids before and after the change.
 */
export async function answeredChange(
	session: Session,
	interactionIds: readonly (string | null | undefined)[]
): Promise<DataChange['answered']> {
	const ids = [...new Set(interactionIds.filter((id): id is string => !!id))];
	if (ids.length === 0) return undefined;
	const span = await session.one<{ from_at: Date | null; to_at: Date | null }>(
		sql('metrics/received_span'),
		{ ids }
	);
	return span?.from_at && span.to_at ? { from: span.from_at, to: span.to_at } : undefined;
}
