// Shared statistics: the 95% z value and exact linear-interpolation quantiles.

/** Two-sided 95% normal quantile, as the metrics contract fixes it. */
export const Z95 = 1.959964;

/**
 * Quantile with linear interpolation between closest ranks (DuckDB `quantile_cont`, R type 7):
 * on sorted x of length n, position h = q·(n−1), value x[⌊h⌋] + (h−⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * Null for an empty list.
 */
export function quantileCont(values: readonly number[], q: number): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const h = q * (sorted.length - 1);
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** a ÷ b, or null when b is 0. */
export function ratio(a: number, b: number): number | null {
	return b === 0 ? null : a / b;
}
