// The audit log: who did what, when, from where.
import type { Session, Store } from './db';
import { sql } from './sql';

export interface AuditEntry {
	userId?: number | null;
	actor?: string | null;
	action: string;
	target?: string | null;
	detail?: unknown;
	clientAddress?: string | null;
}

export async function audit(db: Store | Session, entry: AuditEntry): Promise<void> {
	await db.run(sql('audit/insert'), {
		user_id: entry.userId ?? null,
		actor: entry.actor ?? null,
		action: entry.action,
		target: entry.target ?? null,
		detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
		client_address: entry.clientAddress ?? null
	});
}

/** Attempts made while throttled are counted in one entry per key for this long. */
export const THROTTLED_AUDIT_WINDOW_MS = 15 * 60_000;

/**
 * Audits an attempt refused while throttled: counted into the entry of the same `key` ('account:…'
 * or 'address:…', kept as the target) from the last 15 minutes, or a new entry (attempts: 1).
 */
export async function auditThrottled(
	db: Store | Session,
	entry: Omit<AuditEntry, 'target' | 'detail'> & { key: string; retryAfterMs: number },
	now: Date
): Promise<void> {
	const counted = await db.one(sql('audit/throttled_bump'), {
		action: entry.action,
		target: entry.key,
		since: new Date(now.getTime() - THROTTLED_AUDIT_WINDOW_MS),
		retry_after_ms: Math.round(entry.retryAfterMs)
	});
	if (counted) return;
	await audit(db, {
		userId: entry.userId,
		actor: entry.actor,
		action: entry.action,
		target: entry.key,
		clientAddress: entry.clientAddress,
		detail: { attempts: 1, retryAfterMs: Math.round(entry.retryAfterMs) }
	});
}

/** Who makes a change from a page: the signed-in user and the address the request came from. */
export interface Actor {
	userId: number;
	email: string;
	clientAddress: string | null;
}

export function actorOf(
	user: { id: number; email: string },
	event: { getClientAddress(): string }
): Actor {
	return { userId: user.id, email: user.email, clientAddress: event.getClientAddress() };
}

/**
 * The audit row of a change made `by` someone: service functions write it on the change's own
 * transaction, so the change and its row are stored together or not at all. Nothing without `by`
 * (the change came from a command-line tool or a test that audits on its own, or not at all).
 */
export async function auditBy(
	db: Store | Session,
	by: Actor | undefined,
	action: string,
	target: string | null,
	detail?: unknown
): Promise<void> {
	if (!by) return;
	await audit(db, {
		userId: by.userId,
		actor: by.email,
		action,
		target,
		detail,
		clientAddress: by.clientAddress
	});
}
