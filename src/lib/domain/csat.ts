// CSAT: share of satisfied answers (4 or 5 on 1–5) with its Wilson score interval, and the mean.
import { Z95 } from './stats';

export interface CsatCounts {
	/** answers that gave a csat value */
	n: number;
	/** answers with csat 4 or 5 */
	positive: number;
	/** sum of csat values */
	sum: number;
}

export interface Csat {
	n: number;
	percent: number | null;
	ci_low: number | null;
	ci_high: number | null;
	mean: number | null;
}

/**
 * Wilson score interval for x successes in n trials, as proportions in [0, 1]:
 * centre (p̂ + z²/2n) / (1 + z²/n), half-width z/(1 + z²/n) · √(p̂(1−p̂)/n + z²/4n²).
 * Null when n = 0.
 */
export function wilson(x: number, n: number, z = Z95): { low: number; high: number } | null {
	if (n <= 0) return null;
	const p = x / n;
	const z2 = z * z;
	const denom = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denom;
	const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** CSAT % = positive ÷ n × 100 with the Wilson 95% interval (in %), and the mean; nulls when n = 0. */
export function csatFromCounts(c: CsatCounts): Csat {
	if (c.n === 0) return { n: 0, percent: null, ci_low: null, ci_high: null, mean: null };
	const ci = wilson(c.positive, c.n)!;
	return {
		n: c.n,
		percent: (c.positive / c.n) * 100,
		ci_low: ci.low * 100,
		ci_high: ci.high * 100,
		mean: c.sum / c.n
	};
}
