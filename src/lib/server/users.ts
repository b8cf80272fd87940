// Users of the manager and board pages (beneficiaries never have accounts).
import type { Session, Store } from './db';
import { hashPassword } from './passwords';
import { sql } from './sql';

export const roles = ['admin', 'manager', 'board'] as const;
export type Role = (typeof roles)[number];

export async function createUser(
	db: Store | Session,
	user: { email: string; role: Role; password: string; displayName?: string }
): Promise<number> {
	const row = await db.one<{ id: number }>(sql('users/insert'), {
		email: user.email.trim(),
		role: user.role,
		password_hash: await hashPassword(user.password),
		display_name: user.displayName ?? null
	});
	return row!.id;
}

export async function countActiveUsers(db: Store | Session, role: Role): Promise<number> {
	const row = await db.one<{ n: number }>(sql('users/count_by_role'), { role });
	return row?.n ?? 0;
}
