// Users of the manager and board pages (beneficiaries never have accounts). Changing a password or
// deactivating a user ends all their sessions.
import type { Role } from '../roles';
import { auditBy, type Actor } from './audit';
import type { Session, Store } from './db';
import { hashPassword, randomPassword } from './passwords';
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

/** Creates a user; `by` (an admin on the users page) is audited in the same transaction. */
export async function createUser(
	db: Store | Session,
	user: { email: string; role: Role; password: string; displayName?: string },
	by?: Actor
): Promise<number> {
	const passwordHash = await hashPassword(user.password);
	const insert = async (tx: Store | Session) => {
		const row = await tx.one<{ id: number }>(sql('users/insert'), {
			email: user.email.trim(),
			role: user.role,
			password_hash: passwordHash,
			display_name: user.displayName || null
		});
		await auditBy(tx, by, 'user.create', user.email, { id: row!.id, role: user.role });
		return row!.id;
	};
	return by && 'transaction' in db ? db.transaction(insert, { figures: false }) : insert(db);
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

/** The user's email and role inside a change's transaction, for its audit row. */
async function before(tx: Session, id: number) {
	return (await tx.one<{ email: string; role: Role }>(sql('users/get'), { id }))!;
}

export async function changeRole(store: Store, id: number, role: Role, by?: Actor): Promise<void> {
	await store.transaction(
		async (tx) => {
			const user = by && (await before(tx, id));
			await tx.run(sql('users/update_role'), { id, role });
			if (user) await auditBy(tx, by, 'user.role', user.email, { from: user.role, to: role });
		},
		{ figures: false }
	);
}

export async function setActive(
	store: Store,
	id: number,
	active: boolean,
	by?: Actor
): Promise<void> {
	await store.transaction(async (tx) => {
		await tx.run(sql('users/set_active'), { id, active });
		if (!active) await tx.run(sql('auth/session_delete_for_user'), { user_id: id });
		if (by) {
			const action = active ? 'user.activate' : 'user.deactivate';
			await auditBy(tx, by, action, (await before(tx, id)).email);
		}
	});
}

async function storePassword(
	store: Store,
	id: number,
	password: string,
	audited: (tx: Session) => Promise<void> = () => Promise.resolve()
): Promise<void> {
	const passwordHash = await hashPassword(password);
	await store.transaction(async (tx) => {
		await tx.run(sql('users/set_password'), { id, password_hash: passwordHash });
		await tx.run(sql('auth/session_delete_for_user'), { user_id: id });
		await audited(tx);
	});
}

/** Sets a password and ends every session of the user. */
export function setPassword(store: Store, id: number, password: string): Promise<void> {
	return storePassword(store, id, password);
}

/** A user's own new password (every session ends; the caller signs this browser in again). */
export function changeOwnPassword(store: Store, by: Actor, password: string): Promise<void> {
	return storePassword(store, by.userId, password, (tx) =>
		auditBy(tx, by, 'user.change_password', by.email)
	);
}

/** An admin's reset of a user's password to a random one, which is returned to show once. */
export async function resetPassword(store: Store, id: number, by: Actor): Promise<string> {
	const password = randomPassword();
	await storePassword(store, id, password, async (tx) =>
		auditBy(tx, by, 'user.reset_password', (await before(tx, id)).email)
	);
	return password;
}
