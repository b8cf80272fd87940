// NPS: % promoters (9–10) minus % detractors (0–6), with the adjusted Wald 95% interval of Rocks
// (2016, "Interval estimation for the net promoter score", The American Statistician 70(4)).
import { Z95 } from './stats';

export interface NpsCounts {
	n: number;
	promoters: number;
	detractors: number;
}

export interface Nps {
	n: number;
	score: number | null;
	ci_low: number | null;
	ci_high: number | null;
}

/**
 * score = 100·(P − D) with P, D the promoter and detractor shares (unadjusted).
 * Interval (adjusted Wald, Rocks 2016): add 3/4 of an answer to the promoters and to the
 * detractors and 3/2 to the passives, so n' = n + 3, P' = (promoters + 3/4)/n',
 * D' = (detractors + 3/4)/n'; the difference of two shares of one multinomial has variance
 * (P' + D' − (P' − D')²)/n', and the interval is 100·((P' − D') ± z·√variance), clipped to
 * −100…100. Unlike the plain Wald interval it does not collapse to one point when every answer is
 * a promoter (10 of 10 gives 47.5…100, not 100…100). Nulls when n = 0.
 */
export function npsFromCounts(c: NpsCounts): Nps {
	if (c.n === 0) return { n: 0, score: null, ci_low: null, ci_high: null };
	const score = (100 * (c.promoters - c.detractors)) / c.n;
	const ci = npsAdjustedWald(c)!;
	return { n: c.n, score, ci_low: ci.low, ci_high: ci.high };
}

/** The adjusted Wald 95% interval of the NPS (in points, −100…100); null when n = 0. */
export function npsAdjustedWald(c: NpsCounts, z = Z95): { low: number; high: number } | null {
	if (c.n <= 0) return null;
	const n = c.n + 3;
	const p = (c.promoters + 0.75) / n;
	const d = (c.detractors + 0.75) / n;
	const centre = p - d;
	const half = z * Math.sqrt((p + d - centre * centre) / n);
	return {
		low: Math.max(-100, 100 * (centre - half)),
		high: Math.min(100, 100 * (centre + half))
	};
}
