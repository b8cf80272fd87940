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
