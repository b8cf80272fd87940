import { describe, expect, it } from 'vitest';
import { parseBucketPolicy, TokenBuckets } from './token-bucket';

describe('token buckets', () => {
	it('allows a burst, then one attempt per refill interval', () => {
		const buckets = new TokenBuckets({ burst: 3, perMinute: 6 });
		const at = (s: number) => 1_000_000 + s * 1000;
		expect([0, 0, 0, 0].map(() => buckets.take('a', at(0)))).toEqual([true, true, true, false]);
		// 6 a minute: one token every 10 seconds
		expect(buckets.take('a', at(9))).toBe(false);
		expect(buckets.take('a', at(10.5))).toBe(true);
		expect(buckets.take('a', at(11))).toBe(false);
		// other keys are independent
		expect(buckets.take('b', at(11))).toBe(true);
		// never more than the burst after a long pause
		expect([1, 2, 3, 4].map(() => buckets.take('a', at(3600)))).toEqual([true, true, true, false]);
	});

	it('forgets refilled buckets when it holds too many keys', () => {
		const buckets = new TokenBuckets({ burst: 1, perMinute: 60 }, 2);
		expect(buckets.take('a', 0)).toBe(true);
		expect(buckets.take('b', 0)).toBe(true);
		expect(buckets.take('c', 5_000)).toBe(true);
		expect(buckets.size).toBe(1);
		expect(buckets.take('a', 5_000)).toBe(true);
	});

	it('reads the setting', () => {
		expect(parseBucketPolicy('30/20')).toEqual({ burst: 30, perMinute: 20 });
		expect(parseBucketPolicy(' off ')).toBeNull();
		expect(parseBucketPolicy('0')).toBeNull();
		expect(() => parseBucketPolicy('30')).toThrow(/BURST\/PERMINUTE/);
		expect(() => parseBucketPolicy('0/5')).toThrow();
	});
});
