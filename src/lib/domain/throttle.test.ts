import { describe, expect, it } from 'vitest';
import { accountPolicy, afterFailure, waitBeforeAttempt, type ThrottleState } from './throttle';

const t0 = new Date('2026-11-22T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function fail(times: number): ThrottleState | undefined {
	let state: ThrottleState | undefined;
	for (let i = 0; i < times; i++) state = afterFailure(state, accountPolicy, t0);
	return state;
}

describe('sign-in throttle', () => {
	it('lets the first attempts through without waiting', () => {
		expect(waitBeforeAttempt(undefined, accountPolicy, t0)).toBe(0);
		expect(waitBeforeAttempt(fail(2), accountPolicy, t0)).toBe(0);
	});

	it('makes each further failure wait twice as long: 2 s, 4 s, 8 s …', () => {
		expect(waitBeforeAttempt(fail(3), accountPolicy, t0)).toBe(2_000);
		expect(waitBeforeAttempt(fail(4), accountPolicy, t0)).toBe(4_000);
		expect(waitBeforeAttempt(fail(5), accountPolicy, t0)).toBe(8_000);
		expect(waitBeforeAttempt(fail(5), accountPolicy, at(8_000))).toBe(0);
	});

	it('locks the key for 15 minutes after 10 failures', () => {
		const locked = fail(10)!;
		expect(locked.lockedUntil!.getTime()).toBe(t0.getTime() + 15 * 60_000);
		expect(waitBeforeAttempt(locked, accountPolicy, at(10 * 60_000))).toBe(5 * 60_000);
	});

	it('forgets failures after an hour without one', () => {
		const state = fail(5)!;
		expect(waitBeforeAttempt(state, accountPolicy, at(61 * 60_000))).toBe(0);
		expect(afterFailure(state, accountPolicy, at(61 * 60_000)).failures).toBe(1);
	});
});
