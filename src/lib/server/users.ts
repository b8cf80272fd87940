// Users of the manager and board pages (beneficiaries never have accounts). Changing a password or
// deactivating a user ends all their sessions.
import type { Role } from '../roles';
import type { Session, Store } from './db';
import { hashPassword } from './passwords';
import { sql } from './sql';

export { roles, type Role } from '../roles';

export interface UserRecord extends Record<string, unknown> {
	id: number;
	email: string;
	display_name: string | null;
	role: Role;
	active: boolean;
	created_at: Date;
	last_sign_in_at: Date | null;
}

export async function createUser(
	db: Store | Session,
	user: { email: string; role: Role; password: string; displayName?: string }
): Promise<number> {
	const row = await db.one<{ id: number }>(sql('users/insert'), {
		email: user.email.trim(),
		role: user.role,
		password_hash: await hashPassword(user.password),
		display_name: user.displayName || null
	});
	return row!.id;
}

export async function emailTaken(db: Store | Session, email: string): Promise<boolean> {
	return ((await db.one<{ n: number }>(sql('users/exists'), { email }))?.n ?? 0) > 0;
}

export async function countActiveUsers(db: Store | Session, role: Role): Promise<number> {
	const row = await db.one<{ n: number }>(sql('users/count_by_role'), { role });
	return row?.n ?? 0;
}

export function listUsers(store: Store): Promise<UserRecord[]> {
	return store.all<UserRecord>(sql('users/list'));
}

export async function getUser(store: Store, id: number) {
	return store.one<{
		id: number;
		email: string;
		display_name: string | null;
		role: Role;
		active: boolean;
		password_hash: string;
	}>(sql('users/get'), { id });
}

export async function changeRole(store: Store, id: number, role: Role): Promise<void> {
	await store.run(sql('users/update_role'), { id, role });
}

export async function setActive(store: Store, id: number, active: boolean): Promise<void> {
	await store.transaction(async (tx) => {
		await tx.run(sql('users/set_active'), { id, active });
		if (!active) await tx.run(sql('auth/session_delete_for_user'), { user_id: id });
	});
}

export async function setPassword(store: Store, id: number, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	await store.transaction(async (tx) => {
		await tx.run(sql('users/set_password'), { id, password_hash: passwordHash });
		await tx.run(sql('auth/session_delete_for_user'), { user_id: id });
	});
}
