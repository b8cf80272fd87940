// Sessions as the Lucia project now recommends: a random token in the cookie, only its SHA-256
// stored; 30 days, renewed when fewer than 15 remain.
import type { Cookies } from '@sveltejs/kit';
import { auditBy, type Actor } from '../audit';
import { randomToken, tokenHash } from '../secret-token';
import type { Store } from '../db';
import { sql } from '../sql';
import type { Role } from '../users';
import type { SessionUser } from './guard';

const DAY_MS = 86_400_000;
export const SESSION_DAYS = 30;
export const RENEW_WITHIN_DAYS = 15;
export const SESSION_COOKIE = 'session';

export interface Session {
	id: string;
	userId: number;
	expiresAt: Date;
}

export const generateSessionToken = randomToken;

export const sessionIdOf = tokenHash;

export async function createSession(
	store: Store,
	token: string,
	userId: number,
	now = new Date()
): Promise<Session> {
	const session = {
		id: sessionIdOf(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS)
	};
	await store.run(sql('auth/session_insert'), {
		id: session.id,
		user_id: userId,
		expires_at: session.expiresAt
	});
	return session;
}

interface SessionRow extends Record<string, unknown> {
	id: string;
	expires_at: Date;
	user_id: number;
	email: string;
	role: Role;
	display_name: string | null;
}

/**
 * The session and user for a cookie token, or null when unknown, expired or the user is inactive.
 * A session with fewer than 15 days left is extended to 30 (`renewed` tells the caller to re-set the cookie).
 */
export async function validateSessionToken(
	store: Store,
	token: string,
	now = new Date()
): Promise<{ session: Session; user: SessionUser; renewed: boolean } | null> {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const id = sessionIdOf(token);
	const row = await store.one<SessionRow>(sql('auth/session_get'), { id });
	if (!row) return null;
	if (now.getTime() >= row.expires_at.getTime()) {
		await store.run(sql('auth/session_delete'), { id });
		return null;
	}
	const session: Session = { id, userId: row.user_id, expiresAt: row.expires_at };
	let renewed = false;
	if (now.getTime() >= session.expiresAt.getTime() - RENEW_WITHIN_DAYS * DAY_MS) {
		session.expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
		await store.run(sql('auth/session_extend'), { id, expires_at: session.expiresAt });
		renewed = true;
	}
	return {
		session,
		user: { id: row.user_id, email: row.email, role: row.role, displayName: row.display_name },
		renewed
	};
}

/** Ends one session; `by` (signing out) is audited in the same transaction. */
export async function invalidateSession(
	store: Store,
	sessionId: string,
	by?: Actor
): Promise<void> {
	await store.transaction(
		async (tx) => {
			await tx.run(sql('auth/session_delete'), { id: sessionId });
			await auditBy(tx, by, 'auth.sign_out', null);
		},
		{ figures: false }
	);
}

export async function invalidateUserSessions(store: Store, userId: number): Promise<void> {
	await store.run(sql('auth/session_delete_for_user'), { user_id: userId });
}

export async function deleteExpiredSessions(store: Store, now = new Date()): Promise<void> {
	await store.run(sql('auth/session_delete_expired'), { now });
}

/** HttpOnly, SameSite=Lax, path /, Secure unless `secure` is false (plain-HTTP local development). */
export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
) {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		path: '/',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies) {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
