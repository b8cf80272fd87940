// Checking an e-mail and password: one generic failure for a wrong e-mail or password, throttled
// per account and per client address, audited either way.
import {
	accountPolicy,
	addressPolicy,
	afterFailure,
	waitBeforeAttempt,
	type ThrottleState
} from '../../domain/throttle';
import { audit, auditThrottled } from '../audit';
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

type CheckResult<T> =
	| { ok: true; value: T }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number };

/**
 * A password check under the sign-in throttle, per account and per client address: refused while
 * either waits (audited as one entry per key and window, with a count), a failure recorded against
 * both and audited as `failedAction`, a success clearing the account's failures.
 */
async function throttledCheck<T>(
	store: Store,
	input: {
		email: string;
		clientAddress: string;
		/** the account's user id, when known (asked after the check: a sign-in finds it then) */
		userId: () => number | null;
		failedAction: string;
		throttledAction: string;
	},
	check: () => Promise<T | null>,
	now: () => Date
): Promise<CheckResult<T>> {
	const accountKey = `account:${input.email}`;
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
		const accountWait = waitBeforeAttempt(state(accountKey), accountPolicy, now());
		const addressWait = waitBeforeAttempt(state(addressKey), addressPolicy, now());
		const wait = Math.max(accountWait, addressWait);
		if (wait > 0) {
			await auditThrottled(
				store,
				{
					userId: input.userId(),
					actor: input.email,
					action: input.throttledAction,
					clientAddress: input.clientAddress,
					key: accountWait >= addressWait ? accountKey : addressKey,
					retryAfterMs: wait
				},
				now()
			);
			return { ok: false, reason: 'throttled', retryAfterMs: wait };
		}

		const value = await check();
		if (value === null) {
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
				userId: input.userId(),
				actor: input.email,
				action: input.failedAction,
				clientAddress: input.clientAddress
			});
			return { ok: false, reason: 'invalid' };
		}
		await store.run(sql('auth/throttle_clear'), { key: accountKey });
		return { ok: true, value };
	});
}

export async function signIn(
	store: Store,
	input: { email: string; password: string; clientAddress: string },
	now = () => new Date()
): Promise<SignInResult> {
	const email = input.email.trim().toLowerCase();
	let found: UserRow | undefined;
	const checked = await throttledCheck(
		store,
		{
			email,
			clientAddress: input.clientAddress,
			userId: () => found?.id ?? null,
			failedAction: 'auth.sign_in_failed',
			throttledAction: 'auth.sign_in_throttled'
		},
		async () => {
			found = await store.one<UserRow>(sql('users/get_for_sign_in'), { email });
			const valid = found
				? await verifyPassword(found.password_hash, input.password)
				: await spendVerifyTime(input.password);
			return found && valid ? found : null;
		},
		now
	);
	if (!checked.ok) return checked;
	const user = checked.value;
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
}

/**
 * The current password of a signed-in person (changing it on /account), under the same throttle
 * as signing in: a stolen session cannot guess it faster than the sign-in form could, and every
 * failure is audited (`auth.password_check_failed`).
 */
export async function checkCurrentPassword(
	store: Store,
	input: {
		userId: number;
		email: string;
		passwordHash: string;
		password: string;
		clientAddress: string;
	},
	now = () => new Date()
): Promise<CheckResult<true>> {
	return throttledCheck(
		store,
		{
			email: input.email.trim().toLowerCase(),
			clientAddress: input.clientAddress,
			userId: () => input.userId,
			failedAction: 'auth.password_check_failed',
			throttledAction: 'auth.password_check_throttled'
		},
		async () => ((await verifyPassword(input.passwordHash, input.password)) ? true : null),
		now
	);
}

/**
 * The one-time setup code typed on /setup, under the sign-in throttle (the code counts as one
 * account, `setup`, and per client address): guessing it is as slow as guessing a password, and
 * every failure is audited (`setup.code_failed`).
 */
export async function checkSetupCode(
	store: Store,
	input: { expected: string; typed: string; clientAddress: string },
	matches: (expected: string, typed: string) => boolean,
	now = () => new Date()
): Promise<CheckResult<true>> {
	return throttledCheck(
		store,
		{
			email: 'setup',
			clientAddress: input.clientAddress,
			userId: () => null,
			failedAction: 'setup.code_failed',
			throttledAction: 'setup.code_throttled'
		},
		async () => (matches(input.expected, input.typed) ? true : null),
		now
	);
}
