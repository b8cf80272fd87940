// Checking an e-mail and password: one generic failure for a wrong e-mail or password, throttled
// per account and per client address, audited either way.
import {
	accountPolicy,
	addressPolicy,
	afterFailure,
	waitBeforeAttempt,
	type ThrottleState
} from '../../domain/throttle';
import { audit } from '../audit';
import type { Store } from '../db';
import { hashPassword, verifyPassword } from '../passwords';
import { sql } from '../sql';
import type { Role } from '../users';
import type { SessionUser } from './guard';
import { withKeys } from './key-lock';
import { createSession, generateSessionToken, type Session } from './session';

export type SignInResult =
	| { ok: true; user: SessionUser; token: string; session: Session }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number };

interface ThrottleRow extends Record<string, unknown> {
	key: string;
	failures: number;
	last_failure_at: Date | null;
	locked_until: Date | null;
}

interface UserRow extends Record<string, unknown> {
	id: number;
	email: string;
	role: Role;
	display_name: string | null;
	password_hash: string;
}

let dummyHash: Promise<string> | undefined;

/** Verifies against a throw-away hash so an unknown e-mail takes as long as a wrong password. */
function spendVerifyTime(password: string): Promise<boolean> {
	dummyHash ??= hashPassword(crypto.randomUUID());
	return dummyHash.then((hash) => verifyPassword(hash, password));
}

export async function signIn(
	store: Store,
	input: { email: string; password: string; clientAddress: string },
	now = () => new Date()
): Promise<SignInResult> {
	const email = input.email.trim().toLowerCase();
	const accountKey = `account:${email}`;
	const addressKey = `address:${input.clientAddress}`;

	return withKeys([accountKey, addressKey], async () => {
		const rows = await store.all<ThrottleRow>(sql('auth/throttle_get'), {
			keys: [accountKey, addressKey]
		});
		const state = (key: string): ThrottleState | undefined => {
			const row = rows.find((r) => r.key === key);
			return row
				? {
						failures: row.failures,
						lastFailureAt: row.last_failure_at,
						lockedUntil: row.locked_until
					}
				: undefined;
		};
		const wait = Math.max(
			waitBeforeAttempt(state(accountKey), accountPolicy, now()),
			waitBeforeAttempt(state(addressKey), addressPolicy, now())
		);
		if (wait > 0) {
			await audit(store, {
				actor: email,
				action: 'auth.sign_in_throttled',
				clientAddress: input.clientAddress,
				detail: { retryAfterMs: wait }
			});
			return { ok: false, reason: 'throttled', retryAfterMs: wait };
		}

		const user = await store.one<UserRow>(sql('users/get_for_sign_in'), { email });
		const valid = user
			? await verifyPassword(user.password_hash, input.password)
			: await spendVerifyTime(input.password);

		if (!user || !valid) {
			const at = now();
			for (const [key, policy] of [
				[accountKey, accountPolicy],
				[addressKey, addressPolicy]
			] as const) {
				const next = afterFailure(state(key), policy, at);
				await store.run(sql('auth/throttle_record'), {
					key,
					failures: next.failures,
					last_failure_at: next.lastFailureAt,
					locked_until: next.lockedUntil
				});
			}
			await audit(store, {
				userId: user?.id ?? null,
				actor: email,
				action: 'auth.sign_in_failed',
				clientAddress: input.clientAddress
			});
			return { ok: false, reason: 'invalid' };
		}

		await store.run(sql('auth/throttle_clear'), { key: accountKey });
		const token = generateSessionToken();
		const session = await createSession(store, token, user.id, now());
		await audit(store, {
			userId: user.id,
			actor: user.email,
			action: 'auth.sign_in',
			clientAddress: input.clientAddress
		});
		return {
			ok: true,
			token,
			session,
			user: { id: user.id, email: user.email, role: user.role, displayName: user.display_name }
		};
	});
}
