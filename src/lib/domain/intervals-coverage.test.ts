// Coverage of the 95% intervals by simulation: for each true distribution and sample size, draw
// many samples (deterministic seed), compute the interval the dashboard shows, and count how often
// it contains the true value. A 95% interval should do so 95% of the time, ± 2 points.
import { describe, expect, it } from 'vitest';
import { cesFromCounts } from './ces';
import { csatFromCounts } from './csat';
import { npsFromCounts } from './nps';

const DRAWS = 4000;

/** mulberry32: a small, fast, seeded generator of uniform numbers in [0, 1). */
function generator(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Draws an index from the probabilities `weights` (summing to 1). */
function pick(random: () => number, weights: readonly number[]): number {
	let u = random();
	for (let i = 0; i < weights.length - 1; i++) {
		u -= weights[i]!;
		if (u < 0) return i;
	}
	return weights.length - 1;
}

function coverage(trial: (random: () => number) => boolean, seed: number): number {
	const random = generator(seed);
	let covered = 0;
	for (let d = 0; d < DRAWS; d++) if (trial(random)) covered++;
	return (covered / DRAWS) * 100;
}

function csatCoverage(p: number, n: number, seed: number): number {
	return coverage((random) => {
		let positive = 0;
		for (let i = 0; i < n; i++) if (random() < p) positive++;
		const c = csatFromCounts({ n, positive, sum: 0 });
		return c.ci_low! <= p * 100 && p * 100 <= c.ci_high!;
	}, seed);
}

/** shares of promoters, passives, detractors */
function npsCoverage(shares: readonly [number, number, number], n: number, seed: number): number {
	const truth = (shares[0] - shares[2]) * 100;
	return coverage((random) => {
		let promoters = 0;
		let detractors = 0;
		for (let i = 0; i < n; i++) {
			const k = pick(random, shares);
			if (k === 0) promoters++;
			if (k === 2) detractors++;
		}
		const c = npsFromCounts({ n, promoters, detractors });
		return c.ci_low! <= truth && truth <= c.ci_high!;
	}, seed);
}

/** probabilities of the answers 1 … 7 */
function cesCoverage(weights: readonly number[], n: number, seed: number): number {
	const truth = weights.reduce((sum, w, i) => sum + w * (i + 1), 0);
	return coverage((random) => {
		let sum = 0;
		let sumSquares = 0;
		for (let i = 0; i < n; i++) {
			const v = pick(random, weights) + 1;
			sum += v;
			sumSquares += v * v;
		}
		const c = cesFromCounts({ n, sum, sumSquares });
		return c.ci_low! <= truth && truth <= c.ci_high!;
	}, seed);
}

/** P(the Wilson interval of X ~ Binomial(n, p) contains p), summed exactly over x = 0 … n. */
function wilsonExactCoverage(p: number, n: number): number {
	let covered = 0;
	let pmf = (1 - p) ** n; // P(X = 0)
	for (let x = 0; x <= n; x++) {
		const c = csatFromCounts({ n, positive: x, sum: 0 });
		if (c.ci_low! <= p * 100 && p * 100 <= c.ci_high!) covered += pmf;
		pmf *= ((n - x) / (x + 1)) * (p / (1 - p));
	}
	return covered * 100;
}

const sizes = [10, 20, 50];

describe('95% intervals cover the true value 95% ± 2 points of the time', () => {
	it('CSAT % (Wilson), averaged over true shares from 40% to 95%', () => {
		for (const n of sizes) {
			const c = coverage((random) => {
				const p = 0.4 + 0.55 * random();
				let positive = 0;
				for (let i = 0; i < n; i++) if (random() < p) positive++;
				const ci = csatFromCounts({ n, positive, sum: 0 });
				return ci.ci_low! <= p * 100 && p * 100 <= ci.ci_high!;
			}, 31 * n);
			expect(c, `CSAT n = ${n}`).toBeGreaterThanOrEqual(93);
			expect(c, `CSAT n = ${n}`).toBeLessThanOrEqual(97);
		}
	});

	it('CSAT % (Wilson) at fixed true shares: as the binomial sums say, within 92–98.5%', () => {
		// A count has whole values, so the coverage of any interval for a share oscillates with the
		// true share; at n = 10–50 Wilson's goes from about 92% to 98% (Brown, Cai & DasGupta 2001),
		// and ± 2 points holds on average (above), not at every share. Exact coverage here:
		// p 0.5: 97.85, 95.86, 93.51; p 0.7: 92.44, 97.52, 95.67; p 0.85: 95.00, 97.81, 95.58
		// (n = 10, 20, 50). The simulation agrees with the exact sums.
		for (const p of [0.5, 0.7, 0.85])
			for (const n of sizes) {
				const exact = wilsonExactCoverage(p, n);
				const simulated = csatCoverage(p, n, 1000 * n + p * 100);
				expect(Math.abs(simulated - exact), `CSAT p = ${p}, n = ${n}`).toBeLessThan(1.5);
				expect(exact).toBeGreaterThanOrEqual(92);
				expect(exact).toBeLessThanOrEqual(98.5);
			}
		expect(wilsonExactCoverage(0.5, 10)).toBeCloseTo((1 - 22 / 1024) * 100, 10);
	});

	it('NPS (adjusted Wald) for four mixes of promoters, passives and detractors', () => {
		for (const shares of [
			[0.5, 0.3, 0.2],
			[0.3, 0.3, 0.4],
			[0.7, 0.2, 0.1],
			[0.85, 0.1, 0.05]
		] as const)
			for (const n of sizes) {
				const c = npsCoverage(shares, n, 7 * n + shares[0] * 100);
				expect(c, `NPS ${shares.join('/')}, n = ${n}`).toBeGreaterThanOrEqual(93);
				expect(c, `NPS ${shares.join('/')}, n = ${n}`).toBeLessThanOrEqual(97);
			}
	});

	it('CES mean (Student t) for a middle and a leaning distribution of 1 … 7', () => {
		for (const weights of [
			[0.05, 0.1, 0.15, 0.4, 0.15, 0.1, 0.05],
			[0.02, 0.03, 0.05, 0.15, 0.25, 0.3, 0.2]
		])
			for (const n of sizes) {
				const c = cesCoverage(weights, n, 13 * n + weights[6]! * 100);
				expect(c, `CES ${weights.join('/')}, n = ${n}`).toBeGreaterThanOrEqual(93);
				expect(c, `CES ${weights.join('/')}, n = ${n}`).toBeLessThanOrEqual(97);
			}
	});

	it('CES mean (Student t) undercovers when most answers are 7 and n is small (documented)', () => {
		// Half the answers 7 and 30% 6: the mean of a bounded, skewed answer is not near-normal at
		// small n, and samples with little spread give narrow intervals. Simulated coverage about
		// 89% at n = 10, 91% at n = 20, 93% at n = 50 — below 95%, nearing it as n grows. The
		// metrics README says so.
		const skewed = [0.01, 0.01, 0.03, 0.05, 0.1, 0.3, 0.5];
		const [c10, c20, c50] = sizes.map((n) => cesCoverage(skewed, n, 13 * n + 50));
		expect(c10).toBeGreaterThan(87);
		expect(c10).toBeLessThan(92);
		expect(c20).toBeGreaterThan(89);
		expect(c20).toBeLessThan(94);
		expect(c50).toBeGreaterThan(91.5);
		expect(c50).toBeLessThan(95);
	});
});
