import { describe, expect, it } from 'vitest';
import { PinAttempts } from './pin-attempts';

describe('PinAttempts', () => {
	it('locks a key after five wrong PINs in fifteen minutes, until the oldest leaves the window', () => {
		const attempts = new PinAttempts();
		const start = 1_000_000;
		for (let i = 0; i < 4; i++) {
			expect(attempts.lockedFor('device:1', start + i * 60_000)).toBe(0);
			expect(attempts.fail('device:1', start + i * 60_000)).toBe(false);
		}
		expect(attempts.fail('device:1', start + 4 * 60_000)).toBe(true);
		expect(attempts.lockedFor('device:1', start + 5 * 60_000)).toBe(10 * 60_000);
		// another device is not affected
		expect(attempts.lockedFor('device:2', start + 5 * 60_000)).toBe(0);
		// fifteen minutes after the first wrong PIN, one more try is allowed
		expect(attempts.lockedFor('device:1', start + 15 * 60_000 - 1)).toBe(1);
		expect(attempts.lockedFor('device:1', start + 15 * 60_000)).toBe(0);
		expect(attempts.fail('device:1', start + 15 * 60_000)).toBe(true);
		expect(attempts.lockedFor('device:1', start + 15 * 60_000 + 1)).toBeGreaterThan(0);
	});

	it('forgets wrong PINs older than the window', () => {
		const attempts = new PinAttempts(2, 1000);
		attempts.fail('k', 0);
		expect(attempts.fail('k', 2000)).toBe(false);
		expect(attempts.lockedFor('k', 2500)).toBe(0);
		expect(attempts.fail('k', 2600)).toBe(true);
		expect(attempts.lockedFor('k', 2700)).toBe(300);
	});
});
