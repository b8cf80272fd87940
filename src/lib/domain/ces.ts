// CES: the mean customer-effort answer (1 = very difficult … 7 = very easy) with a Student-t 95%
// interval.
import { studentTQuantile } from './stats';

export interface CesCounts {
	n: number;
	sum: number;
	/** sum of the squares of the answers */
	sumSquares: number;
}

export interface Ces {
	n: number;
	mean: number | null;
	ci_low: number | null;
	ci_high: number | null;
}

/**
 * mean = sum ÷ n; interval mean ± t(0.975, n − 1)·s/√n with the sample variance
 * s² = (n·Σx² − (Σx)²) / (n(n − 1)) (from whole-number sums: exact, no cancellation), clipped to
 * the scale 1…7. Null mean when n = 0; null interval when n < 2 (no spread to measure). When every
 * answer is the same the interval is that one point.
 */
export function cesFromCounts(c: CesCounts): Ces {
	if (c.n === 0) return { n: 0, mean: null, ci_low: null, ci_high: null };
	const mean = c.sum / c.n;
	if (c.n < 2) return { n: c.n, mean, ci_low: null, ci_high: null };
	const variance = Math.max(0, (c.n * c.sumSquares - c.sum * c.sum) / (c.n * (c.n - 1)));
	const half = studentTQuantile(0.975, c.n - 1) * Math.sqrt(variance / c.n);
	return {
		n: c.n,
		mean,
		ci_low: Math.max(1, mean - half),
		ci_high: Math.min(7, mean + half)
	};
}
