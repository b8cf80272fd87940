import { describe, expect, it } from 'vitest';
import {
	fisherExactTwoSided,
	incompleteBeta,
	logGamma,
	quantileCont,
	studentTCdf,
	studentTQuantile
} from './stats';

/** C(n, k) exactly. */
function choose(n: number, k: number): bigint {
	let r = 1n;
	for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
	return r;
}

/**
 * Fisher's two-sided p by brute force in exact integers: every table with the observed margins,
 * C(n2,k)·C(n1,m−k), summed over those not more likely than the observed one, ÷ C(n1+n2, m).
 */
function fisherReference(x1: number, n1: number, x2: number, n2: number): number {
	const m = x1 + x2;
	const weight = (k: number) =>
		k < 0 || k > n2 || m - k < 0 || m - k > n1 ? 0n : choose(n2, k) * choose(n1, m - k);
	const observed = weight(x2);
	let sum = 0n;
	for (let k = 0; k <= n2; k++) if (weight(k) <= observed) sum += weight(k);
	return Number((sum * 10n ** 18n) / choose(n1 + n2, m)) / 1e18;
}

describe('logGamma', () => {
	it('matches known values', () => {
		expect(logGamma(1)).toBeCloseTo(0, 14);
		expect(logGamma(2)).toBeCloseTo(0, 14);
		expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
		// ln 100! = 363.73937555556347
		expect(logGamma(101)).toBeCloseTo(363.73937555556347, 10);
		// ln 10! = ln 3628800
		expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 13);
	});
});

describe('fisherExactTwoSided', () => {
	it('gives the tea-tasting p of Fisher (3 of 4 against 1 of 4): 34/70 = 0.4857', () => {
		// hypergeometric over 8 cups, 4 with milk first: P(k) = C(4,k)C(4,4−k)/70 = 1,16,36,16,1 /70;
		// the observed 16/70 and everything not more likely: (1 + 16 + 16 + 1)/70
		expect(fisherExactTwoSided(3, 4, 1, 4)).toBeCloseTo(34 / 70, 12);
		expect(fisherExactTwoSided(1, 4, 3, 4)).toBeCloseTo(34 / 70, 12);
		expect(fisherExactTwoSided(4, 4, 0, 4)).toBeCloseTo(2 / 70, 12);
	});

	it('gives 0.1115 for 20 of 24 against 21 of 21 (the issue’s fixed case)', () => {
		// margins 45 answers, 41 satisfied; k satisfied in the second group, 17…21:
		// C(21,k)·C(24,41−k) = 5985, 31920, 57960, 42504, 10626 (sum C(45,4) = 148995);
		// the observed 10626 and the less likely 5985
		expect(fisherExactTwoSided(20, 24, 21, 21)).toBeCloseTo((10626 + 5985) / 148995, 12);
	});

	it('gives 0.1 for 0 of 2 against 3 of 3', () => {
		// C(3,k)·C(2,3−k) for k = 1, 2, 3: 3, 6, 1 of C(5,3) = 10
		expect(fisherExactTwoSided(0, 2, 3, 3)).toBeCloseTo(0.1, 12);
	});

	it('equals an exact brute-force sum over every table with groups of up to 14', () => {
		let worst = 0;
		for (let n1 = 1; n1 <= 14; n1++)
			for (let n2 = 1; n2 <= 14; n2++)
				for (let x1 = 0; x1 <= n1; x1++)
					for (let x2 = 0; x2 <= n2; x2++) {
						const error = Math.abs(
							fisherExactTwoSided(x1, n1, x2, n2) - fisherReference(x1, n1, x2, n2)
						);
						worst = Math.max(worst, error);
					}
		expect(worst).toBeLessThan(1e-12);
	});

	it('equals the brute-force sum on larger unbalanced tables', () => {
		for (const [x1, n1, x2, n2] of [
			[50, 100, 65, 100],
			[3, 200, 11, 150],
			[120, 130, 60, 80],
			[0, 300, 4, 40]
		] as const) {
			expect(fisherExactTwoSided(x1, n1, x2, n2)).toBeCloseTo(fisherReference(x1, n1, x2, n2), 10);
		}
	});

	it('is fast and close to the normal approximation for millions of answers', () => {
		// 50% of 2,000,000 against 50.1% of 2,000,000: pooled z = 0.001/√(.5005·.4995·1e-6) = 2.0004,
		// normal two-sided p = 0.0455; the exact test agrees to well under a point
		const started = performance.now();
		const p = fisherExactTwoSided(1_000_000, 2_000_000, 1_002_000, 2_000_000);
		expect(performance.now() - started).toBeLessThan(200);
		expect(p).toBeGreaterThan(0.044);
		expect(p).toBeLessThan(0.047);
		// log-gamma of millions carries about 1e-9 of relative error
		expect(fisherExactTwoSided(1_000_000, 2_000_000, 1_000_000, 2_000_000)).toBeCloseTo(1, 6);
	});

	it('refuses counts that are not a table', () => {
		expect(() => fisherExactTwoSided(3, 2, 0, 1)).toThrow(RangeError);
		expect(() => fisherExactTwoSided(-1, 2, 0, 1)).toThrow(RangeError);
		expect(() => fisherExactTwoSided(0.5, 2, 0, 1)).toThrow(RangeError);
	});
});

describe('Student t', () => {
	it.each([
		// published two-sided 95% critical values (t tables)
		[1, 12.706],
		[2, 4.303],
		[4, 2.776],
		[9, 2.262],
		[10, 2.228],
		[29, 2.045],
		[120, 1.98]
	])('t(0.975, %i) = %f', (df, value) => {
		expect(studentTQuantile(0.975, df)).toBeCloseTo(value, 3);
	});

	it('tends to the normal quantile for large df, and is symmetric', () => {
		expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 5);
		expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.169, 3);
		expect(studentTQuantile(0.025, 9)).toBeCloseTo(-studentTQuantile(0.975, 9), 12);
		expect(studentTQuantile(0.5, 7)).toBe(0);
	});

	it('inverts the CDF', () => {
		for (const df of [1, 2, 3, 5, 17, 60, 500])
			for (const p of [0.6, 0.9, 0.975, 0.999]) {
				expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
			}
		// df 1 is the Cauchy distribution: P(T ≤ 1) = 3/4
		expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
		// I_x(1, 1) = x; I_x(2, 1) = x²
		expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
		expect(incompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 12);
	});
});

describe('quantileCont', () => {
	it('interpolates linearly between closest ranks', () => {
		expect(quantileCont([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantileCont([], 0.5)).toBeNull();
	});
});
