// Kaplan–Meier estimate of how long support requests wait for a decision, when some are still
// open at the cut-off (right-censored). Pure: the metrics engine feeds it counts per whole day.
//
// Conventions (the usual ones, written down so that every path gives the same figure):
// - A decided request is an event at its turnaround (days, a real number ≥ 0).
// - An open request is censored at the whole days it has waited by the cut-off
//   (⌊(cut-off − received) in days⌋). Censoring it a fraction of a day early only uses less of what
//   is known (it was still open then, too), so the estimate stays valid; and it lets the curve be
//   computed exactly from counts per whole day, without ordering every request.
// - Ties: at the same time, decisions come before censorings (a request censored at t was still
//   at risk of being decided at t).
// - S(t) = Π over decisions at times ≤ t of (1 − 1 / requests still at risk), processing tied
//   decisions one after another (the same product as 1 − d/n per distinct time).
// - The q-quantile (median q = 0.5, 90th percentile q = 0.9) is the first decision time at which
//   S falls to 1 − q or below (within KM_TOLERANCE, so that floating-point noise in a product that
//   is exactly 1 − q does not move it); "not reached" when S never gets there.

/** Slack when comparing S(t) with 1 − q (products that are exactly ½ may be 0.5000000000000001). */
export const KM_TOLERANCE = 1e-9;

/** Counts for one whole day d: decided with d ≤ t < d + 1 days, and open ones censored at d. */
export interface KmBin {
	day: number;
	/** decisions with day ≤ turnaround < day + 1 */
	events: number;
	/** of which decided after exactly `day` days (turnaround = day) */
	exact: number;
	/** open requests that had waited `day` whole days at the cut-off */
	censored: number;
}

/**
 * Where the q-quantile lies: not reached, or the decision of 0-based `rank` among the decisions of
 * whole day `day` taken in ascending order of time (the exact ones, at `day` itself, first).
 * `atDay` is true when that decision is one of the exact ones (its time is `day`).
 */
export type KmQuantile =
	{ reached: false } | { reached: true; day: number; rank: number; atDay: boolean };

/** S after m of the `stage` decisions that start at survival s with r at risk: s·(r − m)/r. */
const after = (s: number, r: number, m: number) => (s * (r - m)) / r;

/** The smallest m in 1 … count with s·(r − m)/r ≤ target, or null. */
function firstAtOrBelow(s: number, r: number, count: number, target: number): number | null {
	if (count <= 0 || after(s, r, count) > target) return null;
	let m = Math.min(count, Math.max(1, Math.ceil(r * (1 - target / s))));
	while (m > 1 && after(s, r, m - 1) <= target) m--;
	while (after(s, r, m) > target) m++;
	return m;
}

/**
 * The quantiles `qs` (each in (0, 1)) of the Kaplan–Meier curve given by per-day counts.
 * Bins may come in any order; several bins of the same day are added together.
 */
export function kmQuantiles(bins: readonly KmBin[], qs: readonly number[]): KmQuantile[] {
	const byDay = new Map<number, KmBin>();
	for (const b of bins) {
		const into = byDay.get(b.day) ?? { day: b.day, events: 0, exact: 0, censored: 0 };
		into.events += b.events;
		into.exact += b.exact;
		into.censored += b.censored;
		byDay.set(b.day, into);
	}
	const days = [...byDay.values()].sort((a, b) => a.day - b.day);
	let atRisk = days.reduce((n, b) => n + b.events + b.censored, 0);
	let s = 1;
	const out: KmQuantile[] = qs.map(() => ({ reached: false }));
	const open = new Set(qs.map((_, i) => i));
	const stage = (day: number, count: number, rankBase: number, atDay: boolean) => {
		for (const i of [...open]) {
			const m = firstAtOrBelow(s, atRisk, count, 1 - qs[i]! + KM_TOLERANCE);
			if (m === null) continue;
			out[i] = { reached: true, day, rank: rankBase + m - 1, atDay };
			open.delete(i);
		}
		s = after(s, atRisk, count);
		atRisk -= count;
	};
	for (const b of days) {
		if (open.size === 0) break;
		// decisions at exactly `day` days, then the censorings at `day`, then the rest of the day
		if (b.exact > 0) stage(b.day, b.exact, 0, true);
		atRisk -= b.censored;
		if (b.events - b.exact > 0) stage(b.day, b.events - b.exact, b.exact, false);
	}
	return out;
}

/** One request for the list form: decided after `days`, or open and waited `days` so far. */
export interface KmObservation {
	days: number;
	decided: boolean;
}

/** Per-day counts of a list of requests (censorings at their whole days waited). */
export function kmBins(observations: readonly KmObservation[]): KmBin[] {
	const byDay = new Map<number, KmBin>();
	for (const o of observations) {
		const day = Math.floor(o.days);
		const b = byDay.get(day) ?? { day, events: 0, exact: 0, censored: 0 };
		if (o.decided) {
			b.events++;
			if (o.days === day) b.exact++;
		} else b.censored++;
		byDay.set(day, b);
	}
	return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** The q-quantile in days of a list of requests, or null when not reached. */
export function kmQuantileDays(observations: readonly KmObservation[], q: number): number | null {
	const [where] = kmQuantiles(kmBins(observations), [q]);
	if (!where || !where.reached) return null;
	if (where.atDay) return where.day;
	const inDay = observations
		.filter((o) => o.decided && Math.floor(o.days) === where.day)
		.map((o) => o.days)
		.sort((a, b) => a - b);
	return inDay[where.rank]!;
}
