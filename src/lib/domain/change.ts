// Change between two periods in a proportion (CSAT %, within-window %): Fisher's exact test, valid
// for small counts, and only when both periods have at least the minimum group.
import { fisherExactTwoSided } from './stats';

/**
 * `improvement` / `decline`: the exact test says the share changed (p < 0.05);
 * `no_clear_change`: it does not; `too_few`: a period has fewer answers (or requests) than the
 * organisation's minimum group, or its figure is suppressed — too few to tell;
 * `no_data`: a period has none.
 */
export type ChangeLabel = 'improvement' | 'decline' | 'no_clear_change' | 'too_few' | 'no_data';

export interface Change {
	label: ChangeLabel;
	/** difference in percentage points (current − previous); null without data or with too few */
	difference: number | null;
	/** the pooled two-proportion z statistic, for reference; null when it cannot be computed */
	z: number | null;
	/** two-sided p of Fisher's exact test; null without data or with too few */
	p: number | null;
}

/** One period's side of the comparison: x of n, and whether its figure is suppressed. */
export interface ProportionSide {
	x: number;
	n: number;
	suppressed?: boolean;
}

/** The significance level of the change labels (two-sided). */
export const CHANGE_ALPHA = 0.05;

/**
 * Compares previous x1/n1 with current x2/n2. Either n = 0 → `no_data`; either n below
 * `minGroupSize` or suppressed → `too_few` (with n ≥ 1, so a minimum of 1 never says too few).
 * Otherwise the two-sided p of Fisher's exact test on the 2×2 table (fisherExactTwoSided):
 * p < 0.05 is an improvement when the share rose (higher is better for every proportion we
 * compare), a decline when it fell; otherwise no clear change. Fisher's test is used at every
 * size — exact for small counts, where the normal z-test is not valid, and within a hair of the
 * z-test for large ones — so one rule holds for every comparison.
 */
export function proportionChange(
	previous: ProportionSide,
	current: ProportionSide,
	minGroupSize = 1
): Change {
	if (previous.n <= 0 || current.n <= 0)
		return { label: 'no_data', difference: null, z: null, p: null };
	if (
		previous.suppressed ||
		current.suppressed ||
		previous.n < minGroupSize ||
		current.n < minGroupSize
	)
		return { label: 'too_few', difference: null, z: null, p: null };
	const p1 = previous.x / previous.n;
	const p2 = current.x / current.n;
	const pooled = (previous.x + current.x) / (previous.n + current.n);
	const se = Math.sqrt(pooled * (1 - pooled) * (1 / previous.n + 1 / current.n));
	const difference = (p2 - p1) * 100;
	const z = se === 0 ? null : (p2 - p1) / se;
	const p = fisherExactTwoSided(previous.x, previous.n, current.x, current.n);
	const label: ChangeLabel =
		p < CHANGE_ALPHA && difference !== 0
			? difference > 0
				? 'improvement'
				: 'decline'
			: 'no_clear_change';
	return { label, difference, z, p };
}
