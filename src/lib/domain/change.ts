// Change between two periods in a proportion (CSAT %, within-window %): a two-proportion z-test.
import { Z95 } from './stats';

export type ChangeLabel = 'improvement' | 'decline' | 'no_clear_change';

export interface Change {
	label: ChangeLabel;
	/** difference in percentage points (current − previous); null when either side has no data */
	difference: number | null;
	/** the pooled two-proportion z statistic; null when it cannot be computed */
	z: number | null;
}

/**
 * Pooled two-proportion z-test: p = (x1+x2)/(n1+n2), se = √(p(1−p)(1/n1 + 1/n2)),
 * z = (x2/n2 − x1/n1)/se. |z| > 1.959964 (95%, two-sided) is an improvement when the share rose
 * (higher is better for every proportion we compare), a decline when it fell; otherwise, or when
 * either period has no data or se = 0, "no clear change".
 */
export function proportionChange(
	previous: { x: number; n: number },
	current: { x: number; n: number }
): Change {
	if (previous.n <= 0 || current.n <= 0)
		return { label: 'no_clear_change', difference: null, z: null };
	const p1 = previous.x / previous.n;
	const p2 = current.x / current.n;
	const pooled = (previous.x + current.x) / (previous.n + current.n);
	const se = Math.sqrt(pooled * (1 - pooled) * (1 / previous.n + 1 / current.n));
	const difference = (p2 - p1) * 100;
	if (se === 0) return { label: 'no_clear_change', difference, z: null };
	const z = (p2 - p1) / se;
	const label: ChangeLabel =
		Math.abs(z) > Z95 ? (z > 0 ? 'improvement' : 'decline') : 'no_clear_change';
	return { label, difference, z };
}
