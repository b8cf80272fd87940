import { describe, expect, it } from 'vitest';
import { cesFromCounts } from './ces';
import { csatFromCounts, wilson } from './csat';
import { npsFromCounts } from './nps';

const Z2 = 1.959964 ** 2;

describe('wilson', () => {
	it.each([
		// x, n, low, high — published Wilson 95% intervals (8/10: 0.490–0.943; 7/10: 0.397–0.892)
		[8, 10, 0.4902, 0.9433],
		[7, 10, 0.3968, 0.8922],
		[0, 10, 0, 0.2775]
	])('%i of %i', (x, n, low, high) => {
		const ci = wilson(x, n)!;
		expect(ci.low).toBeCloseTo(low, 4);
		expect(ci.high).toBeCloseTo(high, 4);
	});

	it('for one success in one trial is [1/(1+z²), 1]', () => {
		expect(wilson(1, 1)).toEqual({ low: expect.closeTo(1 / (1 + Z2), 12), high: 1 });
	});

	it('has no interval without answers', () => {
		expect(wilson(0, 0)).toBeNull();
	});
});

describe('csatFromCounts', () => {
	it('is all null without answers', () => {
		expect(csatFromCounts({ n: 0, positive: 0, sum: 0 })).toEqual({
			n: 0,
			percent: null,
			ci_low: null,
			ci_high: null,
			mean: null
		});
	});

	it('counts 4 and 5 as satisfied: answers 5,5,4,4,4,3,2,1,5,4', () => {
		// 7 satisfied of 10 → 70 %; sum 37 → mean 3.7
		const c = csatFromCounts({ n: 10, positive: 7, sum: 37 });
		expect(c.percent).toBe(70);
		expect(c.mean).toBeCloseTo(3.7, 12);
		expect(c.ci_low).toBeCloseTo(39.68, 2);
		expect(c.ci_high).toBeCloseTo(89.22, 2);
	});

	it('with one answer of 5 is 100 % with interval [100/(1+z²), 100]', () => {
		const c = csatFromCounts({ n: 1, positive: 1, sum: 5 });
		expect(c).toEqual({
			n: 1,
			percent: 100,
			ci_low: expect.closeTo(100 / (1 + Z2), 10),
			ci_high: 100,
			mean: 5
		});
	});
});

describe('npsFromCounts', () => {
	it('is promoters % minus detractors % with the interval of the difference', () => {
		// 5 promoters, 2 detractors of 10: score 30; variance (.25 + .16 + .2)/10 = .061
		const n = npsFromCounts({ n: 10, promoters: 5, detractors: 2 });
		expect(n.score).toBeCloseTo(30, 12);
		expect(n.ci_low).toBeCloseTo(30 - 1.959964 * 100 * Math.sqrt(0.061), 10);
		expect(n.ci_high).toBeCloseTo(78.4075, 4);
	});

	it('clips the interval to −100…100 and is null without answers', () => {
		expect(npsFromCounts({ n: 1, promoters: 1, detractors: 0 })).toEqual({
			n: 1,
			score: 100,
			ci_low: 100,
			ci_high: 100
		});
		const allDetractors = npsFromCounts({ n: 3, promoters: 0, detractors: 3 });
		expect(allDetractors.score).toBe(-100);
		expect(allDetractors.ci_low).toBe(-100);
		expect(npsFromCounts({ n: 0, promoters: 0, detractors: 0 }).score).toBeNull();
	});
});

describe('cesFromCounts', () => {
	it('is the mean, or null without answers', () => {
		expect(cesFromCounts({ n: 4, sum: 22 })).toEqual({ n: 4, mean: 5.5 });
		expect(cesFromCounts({ n: 0, sum: 0 })).toEqual({ n: 0, mean: null });
	});
});
