// Account protection against a real (in-memory) store: the current-password check on /account is
// under the sign-in throttle and audited, and attempts refused while throttled are one audit entry
// per key and window with a count (950 attempts used to write 950 entries).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCurrentPassword, signIn } from '../src/lib/server/auth/sign-in';
import { Store } from '../src/lib/server/db';
import { migrate } from '../src/lib/server/migrate';
import { hashPassword } from '../src/lib/server/passwords';
import { createUser } from '../src/lib/server/users';

let store: Store;
let userId: number;
let passwordHash: string;

beforeEach(async () => {
	store = await Store.open(':memory:');
	await migrate(store);
	userId = await createUser(store, {
		email: 'manager@example.sa',
		role: 'manager',
		password: 'correct horse battery'
	});
	passwordHash = (await store.one<{ h: string }>(
		'select password_hash as h from app_user where id = $id',
		{ id: userId }
	))!.h;
});
afterEach(() => store.close());

const audit = () =>
	store.all<{ action: string; target: string | null; detail: string | null; user_id: number }>(
		'select action, target, detail::varchar as detail, user_id from audit_log order by id'
	);

describe('the current-password check', () => {
	it('is throttled like signing in and audits every failure', async () => {
		const now = () => new Date('2026-11-22T10:00:00Z');
		const results = [];
		for (let i = 0; i < 40; i++) {
			results.push(
				await checkCurrentPassword(
					store,
					{
						userId,
						email: 'manager@example.sa',
						passwordHash,
						password: `guess-${i}`,
						clientAddress: '10.0.0.9'
					},
					now
				)
			);
		}
		// three free failures, then every attempt waits (and is not checked)
		expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(3);
		expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(37);
		const log = await audit();
		expect(log.filter((e) => e.action === 'auth.password_check_failed')).toHaveLength(3);
		const throttled = log.filter((e) => e.action === 'auth.password_check_throttled');
		expect(throttled).toHaveLength(1);
		expect(JSON.parse(throttled[0]!.detail!).attempts).toBe(37);
		expect(throttled[0]!.user_id).toBe(userId);

		// the right password waits too, and so does signing in to the same account
		const right = await checkCurrentPassword(
			store,
			{
				userId,
				email: 'manager@example.sa',
				passwordHash,
				password: 'correct horse battery',
				clientAddress: '10.0.0.9'
			},
			now
		);
		expect(right).toMatchObject({ ok: false, reason: 'throttled' });
		const signedIn = await signIn(
			store,
			{ email: 'manager@example.sa', password: 'correct horse battery', clientAddress: '10.0.0.8' },
			now
		);
		expect(signedIn).toMatchObject({ ok: false, reason: 'throttled' });
	});

	it('accepts the right password and clears the account’s failures', async () => {
		const input = {
			userId,
			email: 'manager@example.sa',
			passwordHash: await hashPassword('another password 1'),
			password: 'another password 1',
			clientAddress: '10.0.0.9'
		};
		expect(await checkCurrentPassword(store, input)).toEqual({ ok: true, value: true });
		expect(await audit()).toEqual([]);
	});
});

describe('attempts refused while throttled', () => {
	it('are one audit entry per account and window, counted', async () => {
		// the window is measured against the entries' own (real) times
		let clock = new Date();
		const now = () => clock;
		for (let i = 0; i < 950; i++) {
			await signIn(
				store,
				{ email: 'manager@example.sa', password: `guess-${i}`, clientAddress: '10.0.0.7' },
				now
			);
		}
		let log = await audit();
		expect(log.filter((e) => e.action === 'auth.sign_in_failed')).toHaveLength(3);
		const throttled = log.filter((e) => e.action === 'auth.sign_in_throttled');
		expect(throttled).toHaveLength(1);
		expect(throttled[0]!.target).toBe('account:manager@example.sa');
		expect(JSON.parse(throttled[0]!.detail!).attempts).toBe(947);
		expect(log.length).toBeLessThan(10);

		// a later window starts a new entry
		clock = new Date(clock.getTime() + 16 * 60_000);
		await store.run('update audit_log set occurred_at = occurred_at - interval 20 minutes');
		// (the first attempt is checked: its delay is over; the next waits again)
		for (const password of ['again', 'and again']) {
			await signIn(
				store,
				{ email: 'manager@example.sa', password, clientAddress: '10.0.0.7' },
				now
			);
		}
		log = await audit();
		expect(log.filter((e) => e.action === 'auth.sign_in_throttled')).toHaveLength(2);
	}, 120_000);

	it('an address trying many accounts is counted under the address', async () => {
		const now = () => new Date('2026-11-22T11:00:00Z');
		for (let i = 0; i < 60; i++) {
			await signIn(
				store,
				{ email: `user${i}@example.sa`, password: 'x', clientAddress: '192.0.2.7' },
				now
			);
		}
		const throttled = (await audit()).filter((e) => e.action === 'auth.sign_in_throttled');
		expect(throttled).toHaveLength(1);
		expect(throttled[0]!.target).toBe('address:192.0.2.7');
		expect(JSON.parse(throttled[0]!.detail!).attempts).toBe(50);
	});
});
