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
	it('is promoters % minus detractors % with the adjusted Wald interval (Rocks 2016)', () => {
		// 5 promoters, 2 detractors of 10: score 30. Adjusted: n' = 13, P' = 5.75/13, D' = 2.75/13,
		// centre 3/13 = 0.230769, variance (8.5/13 − (3/13)²)/13 = 0.0461994, sd 0.214940
		const n = npsFromCounts({ n: 10, promoters: 5, detractors: 2 });
		expect(n.score).toBeCloseTo(30, 12);
		const sd = Math.sqrt((8.5 / 13 - (3 / 13) ** 2) / 13);
		expect(sd).toBeCloseTo(0.21494, 5);
		expect(n.ci_low).toBeCloseTo(100 * (3 / 13 - 1.959964 * sd), 10);
		expect(n.ci_high).toBeCloseTo(100 * (3 / 13 + 1.959964 * sd), 10);
		expect(n.ci_low).toBeCloseTo(-19.05, 2);
		expect(n.ci_high).toBeCloseTo(65.2, 2);
	});

	it('does not collapse to one point when every answer is a promoter (10 of 10)', () => {
		// the Wald interval is [100, 100]; adjusted: P' = 10.75/13, D' = 0.75/13, centre 10/13,
		// variance (11.5/13 − (10/13)²)/13 = 0.0225308, sd 0.150102 → 47.50…100 (clipped)
		const n = npsFromCounts({ n: 10, promoters: 10, detractors: 0 });
		expect(n.score).toBe(100);
		expect(n.ci_low).toBeCloseTo(
			100 * (10 / 13 - 1.959964 * Math.sqrt((11.5 / 13 - (10 / 13) ** 2) / 13)),
			10
		);
		expect(n.ci_low).toBeCloseTo(47.5, 1);
		expect(n.ci_high).toBe(100);
	});

	it('clips the interval to −100…100 and is null without answers', () => {
		const allDetractors = npsFromCounts({ n: 3, promoters: 0, detractors: 3 });
		expect(allDetractors.score).toBe(-100);
		expect(allDetractors.ci_low).toBe(-100);
		// n' = 6, P' = 1/8, D' = 5/8, centre −1/2, variance (3/4 − 1/4)/6 = 1/12
		expect(allDetractors.ci_high).toBeCloseTo(100 * (-0.5 + 1.959964 * Math.sqrt(1 / 12)), 10);
		expect(npsFromCounts({ n: 0, promoters: 0, detractors: 0 })).toEqual({
			n: 0,
			score: null,
			ci_low: null,
			ci_high: null
		});
	});
});

describe('cesFromCounts', () => {
	it('is the mean with a Student-t interval', () => {
		// 3, 4, 5, 6, 7: mean 5, s² = (5·135 − 25²)/(5·4) = 2.5, se = √(2.5/5); t(0.975, 4) = 2.776445
		const c = cesFromCounts({ n: 5, sum: 25, sumSquares: 135 });
		expect(c.mean).toBe(5);
		expect(c.ci_low).toBeCloseTo(5 - 2.776445 * Math.sqrt(0.5), 5);
		expect(c.ci_high).toBeCloseTo(5 + 2.776445 * Math.sqrt(0.5), 5);
		expect(c.ci_low).toBeCloseTo(3.0368, 4);
	});

	it('clips the interval to the scale 1…7', () => {
		// 4, 5, 6, 7: mean 5.5, s² = (4·126 − 22²)/12 = 5/3; t(0.975, 3) = 3.182446
		const c = cesFromCounts({ n: 4, sum: 22, sumSquares: 126 });
		expect(c.mean).toBe(5.5);
		expect(c.ci_low).toBeCloseTo(5.5 - 3.182446 * Math.sqrt(5 / 3 / 4), 5);
		expect(c.ci_high).toBe(7);
	});

	it('is one point when all answers agree, has no interval for one answer, nulls for none', () => {
		expect(cesFromCounts({ n: 3, sum: 18, sumSquares: 108 })).toEqual({
			n: 3,
			mean: 6,
			ci_low: 6,
			ci_high: 6
		});
		expect(cesFromCounts({ n: 1, sum: 4, sumSquares: 16 })).toEqual({
			n: 1,
			mean: 4,
			ci_low: null,
			ci_high: null
		});
		expect(cesFromCounts({ n: 0, sum: 0, sumSquares: 0 })).toEqual({
			n: 0,
			mean: null,
			ci_low: null,
			ci_high: null
		});
	});
});
