// Sessions, throttling and account changes against a real (in-memory) store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	sessionIdOf,
	validateSessionToken
} from '../src/lib/server/auth/session';
import { signIn } from '../src/lib/server/auth/sign-in';
import { Store } from '../src/lib/server/db';
import { migrate } from '../src/lib/server/migrate';
import { createUser, setActive, setPassword } from '../src/lib/server/users';

const DAY = 86_400_000;
let store: Store;
let userId: number;

beforeEach(async () => {
	store = await Store.open(':memory:');
	await migrate(store);
	userId = await createUser(store, {
		email: 'manager@example.sa',
		role: 'manager',
		password: 'correct horse battery'
	});
});
afterEach(() => store.close());

describe('session tokens', () => {
	it('are random base-32 strings whose SHA-256 is the stored id', async () => {
		const token = generateSessionToken();
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(generateSessionToken()).not.toBe(token);
		const session = await createSession(store, token, userId);
		expect(session.id).toBe(sessionIdOf(token));
		expect(session.id).toMatch(/^[0-9a-f]{64}$/);
		const stored = await store.all<{ id: string }>('select id from session');
		expect(stored).toEqual([{ id: session.id }]);
		expect(stored[0]!.id).not.toContain(token);
	});

	it('last 30 days and identify their user', async () => {
		const now = new Date('2026-11-01T08:00:00Z');
		const token = generateSessionToken();
		const session = await createSession(store, token, userId, now);
		expect(session.expiresAt.getTime() - now.getTime()).toBe(30 * DAY);
		const result = await validateSessionToken(store, token, new Date(now.getTime() + DAY));
		expect(result?.user).toEqual({
			id: userId,
			email: 'manager@example.sa',
			role: 'manager',
			displayName: null
		});
		expect(result?.renewed).toBe(false);
	});

	it('are renewed to 30 days when fewer than 15 remain', async () => {
		const now = new Date('2026-11-01T08:00:00Z');
		const token = generateSessionToken();
		await createSession(store, token, userId, now);
		const day14 = new Date(now.getTime() + 14 * DAY);
		expect((await validateSessionToken(store, token, day14))?.renewed).toBe(false);
		const day16 = new Date(now.getTime() + 16 * DAY);
		const renewed = await validateSessionToken(store, token, day16);
		expect(renewed?.renewed).toBe(true);
		expect(renewed?.session.expiresAt.getTime()).toBe(day16.getTime() + 30 * DAY);
		// still valid after the original expiry
		const day40 = new Date(now.getTime() + 40 * DAY);
		expect(await validateSessionToken(store, token, day40)).not.toBeNull();
	});

	it('expire and are removed after 30 days without use', async () => {
		const now = new Date('2026-11-01T08:00:00Z');
		const token = generateSessionToken();
		await createSession(store, token, userId, now);
		expect(await validateSessionToken(store, token, new Date(now.getTime() + 30 * DAY))).toBeNull();
		expect(await store.all('select id from session')).toEqual([]);
	});

	it('end at sign-out', async () => {
		const token = generateSessionToken();
		const session = await createSession(store, token, userId);
		await invalidateSession(store, session.id);
		expect(await validateSessionToken(store, token)).toBeNull();
	});

	it('all end when the user is deactivated or changes password', async () => {
		const tokens = [generateSessionToken(), generateSessionToken()];
		for (const token of tokens) await createSession(store, token, userId);
		await setPassword(store, userId, 'a new long password');
		for (const token of tokens) expect(await validateSessionToken(store, token)).toBeNull();

		const again = generateSessionToken();
		await createSession(store, again, userId);
		await setActive(store, userId, false);
		expect(await validateSessionToken(store, again)).toBeNull();
	});

	it('reject malformed tokens without a lookup', async () => {
		expect(await validateSessionToken(store, "x' or 1=1 --")).toBeNull();
	});
});

describe('sign-in', () => {
	it('gives one generic failure for an unknown e-mail and for a wrong password', async () => {
		const unknown = await signIn(store, {
			email: 'nobody@example.sa',
			password: 'x',
			clientAddress: '10.0.0.1'
		});
		const wrong = await signIn(store, {
			email: 'manager@example.sa',
			password: 'x',
			clientAddress: '10.0.0.2'
		});
		expect(unknown).toEqual({ ok: false, reason: 'invalid' });
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
	});

	it('accepts the right password whatever the case of the e-mail, and audits it', async () => {
		const result = await signIn(store, {
			email: ' Manager@Example.SA ',
			password: 'correct horse battery',
			clientAddress: '10.0.0.3'
		});
		expect(result.ok).toBe(true);
		const log = await store.all<{ action: string; client_address: string }>(
			'select action, client_address from audit_log order by id'
		);
		expect(log).toEqual([{ action: 'auth.sign_in', client_address: '10.0.0.3' }]);
	});

	it('holds 50 parallel wrong attempts on one account to 3 checks, then locks it', async () => {
		let clock = new Date('2026-11-22T10:00:00Z');
		const now = () => clock;
		const attempts = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				signIn(
					store,
					{ email: 'manager@example.sa', password: `guess-${i}`, clientAddress: `10.1.0.${i}` },
					now
				)
			)
		);
		const invalid = attempts.filter((a) => !a.ok && a.reason === 'invalid').length;
		const throttled = attempts.filter((a) => !a.ok && a.reason === 'throttled').length;
		expect(invalid).toBe(3);
		expect(throttled).toBe(47);

		// even the right password waits while the account is throttled
		const right = {
			email: 'manager@example.sa',
			password: 'correct horse battery',
			clientAddress: '10.2.0.1'
		};
		expect((await signIn(store, right, now)).ok).toBe(false);

		// waiting out each delay, 7 more failures make 10: the account locks for 15 minutes
		for (let i = 0; i < 7; i++) {
			clock = new Date(clock.getTime() + 61_000);
			const attempt = await signIn(store, { ...right, password: 'wrong again' }, now);
			expect(attempt).toEqual({ ok: false, reason: 'invalid' });
		}
		const locked = await signIn(store, right, now);
		expect(locked).toMatchObject({ ok: false, reason: 'throttled' });
		if (!locked.ok && locked.reason === 'throttled') {
			expect(locked.retryAfterMs).toBeGreaterThan(10 * 60_000);
		}
		clock = new Date(clock.getTime() + 16 * 60_000);
		expect((await signIn(store, right, now)).ok).toBe(true);
	});

	it('throttles one address trying many accounts', async () => {
		const now = () => new Date('2026-11-22T11:00:00Z');
		const attempts = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				signIn(
					store,
					{ email: `user${i}@example.sa`, password: 'x', clientAddress: '192.0.2.7' },
					now
				)
			)
		);
		expect(attempts.filter((a) => !a.ok && a.reason === 'invalid').length).toBe(10);
		expect(attempts.filter((a) => !a.ok && a.reason === 'throttled').length).toBe(40);
	});
});
