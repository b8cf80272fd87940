// NPS: % promoters (9–10) minus % detractors (0–6), with a 95% interval from the standard error.
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
 * score = 100·(P − D) with P, D the promoter and detractor shares; the difference of two
 * multinomial shares has variance (P(1−P) + D(1−D) + 2PD)/n, so the interval is
 * score ± z·100·√variance, clipped to −100…100. Nulls when n = 0.
 */
export function npsFromCounts(c: NpsCounts): Nps {
	if (c.n === 0) return { n: 0, score: null, ci_low: null, ci_high: null };
	const p = c.promoters / c.n;
	const d = c.detractors / c.n;
	const score = 100 * (p - d);
	const se = Math.sqrt((p * (1 - p) + d * (1 - d) + 2 * p * d) / c.n);
	return {
		n: c.n,
		score,
		ci_low: Math.max(-100, score - Z95 * 100 * se),
		ci_high: Math.min(100, score + Z95 * 100 * se)
	};
}
