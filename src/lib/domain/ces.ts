// CES: the mean customer-effort answer (1–7).

export interface CesCounts {
	n: number;
	sum: number;
}

/** mean = sum ÷ n; null when n = 0. */
export function cesFromCounts(c: CesCounts): { n: number; mean: number | null } {
	return { n: c.n, mean: c.n === 0 ? null : c.sum / c.n };
}
