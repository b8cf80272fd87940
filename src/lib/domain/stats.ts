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

// Lanczos approximation (g = 7, nine coefficients): |relative error| < 1e-15 for x > 0.
const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (Lanczos; the reflection formula below 1/2). */
export function logGamma(x: number): number {
	if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	const y = x - 1;
	let a = LANCZOS[0]!;
	const t = y + 7.5;
	for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (y + i);
	return HALF_LOG_2PI + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln C(n, k) for whole numbers 0 ≤ k ≤ n. */
function logChoose(n: number, k: number): number {
	return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/**
 * Fisher's exact test for a 2×2 table, two-sided: with the margins fixed, the number of successes
 * in the second group is hypergeometric, and p is the probability of every table at most as
 * likely as the observed one — the usual definition (R's fisher.test), with a relative tolerance
 * of 10⁻⁷ so that tables exactly as likely as the observed one are not lost to rounding.
 * x1 of n1 (first group) against x2 of n2 (second group). The probabilities come from log-gamma,
 * and only the terms that matter are summed: each tail is walked outward from its first table by
 * the ratio of neighbouring probabilities until a term is below 10⁻¹⁷ of the sum, so the cost is a
 * few standard deviations of the distribution (about √n terms), fast for n in the millions.
 */
export function fisherExactTwoSided(x1: number, n1: number, x2: number, n2: number): number {
	for (const v of [x1, n1, x2, n2]) {
		if (!Number.isInteger(v) || v < 0) throw new RangeError('counts must be whole numbers ≥ 0');
	}
	if (x1 > n1 || x2 > n2) throw new RangeError('successes cannot exceed trials');
	const m = x1 + x2; // successes in both groups
	const total = n1 + n2;
	const lo = Math.max(0, m - n1);
	const hi = Math.min(n2, m);
	if (lo === hi) return 1;
	const logNorm = logChoose(total, m);
	/** ln P(X = k), X = successes in the second group */
	const logP = (k: number) => logChoose(n2, k) + logChoose(n1, m - k) - logNorm;
	// the mode: P rises up to it and falls after it
	const mode = Math.min(hi, Math.max(lo, Math.floor(((n2 + 1) * (m + 1)) / (total + 2))));
	const threshold = logP(x2) + Math.log1p(1e-7);
	/** P(k+1)/P(k) and P(k−1)/P(k) */
	const up = (k: number) => ((n2 - k) * (m - k)) / ((k + 1) * (n1 - m + k + 1));
	const down = (k: number) => (k * (n1 - m + k)) / ((n2 - k + 1) * (m - k + 1));
	const walk = (start: number, end: number, step: 1 | -1): number => {
		let term = Math.exp(logP(start));
		let sum = term;
		for (let k = start; k !== end; k += step) {
			term *= step === 1 ? up(k) : down(k);
			sum += term;
			if (term < sum * 1e-17) break;
		}
		return sum;
	};
	let p = 0;
	// lower tail: the largest k ≤ mode with P(k) ≤ P(observed), found by bisection (P rises to the mode)
	if (logP(lo) <= threshold) {
		let a = lo;
		let b = mode;
		if (logP(b) <= threshold) a = b;
		else {
			while (b - a > 1) {
				const mid = Math.floor((a + b) / 2);
				if (logP(mid) <= threshold) a = mid;
				else b = mid;
			}
		}
		p += walk(a, lo, -1);
	}
	// upper tail: the smallest k > mode with P(k) ≤ P(observed) (P falls after the mode)
	if (mode < hi && logP(hi) <= threshold) {
		let a = mode;
		let b = hi;
		if (logP(mode + 1) <= threshold) b = mode + 1;
		else {
			while (b - a > 1) {
				const mid = Math.floor((a + b) / 2);
				if (logP(mid) <= threshold) b = mid;
				else a = mid;
			}
		}
		p += walk(b, hi, 1);
	}
	return Math.min(1, p);
}

/**
 * The regularized incomplete beta function I_x(a, b), by its continued fraction (modified Lentz),
 * using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly.
 */
export function incompleteBeta(x: number, a: number, b: number): number {
	if (x <= 0) return 0;
	if (x >= 1) return 1;
	if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
	const front = Math.exp(
		logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
	);
	const tiny = 1e-300;
	let c = 1;
	let d = 1 - ((a + b) * x) / (a + 1);
	if (Math.abs(d) < tiny) d = tiny;
	d = 1 / d;
	let f = d;
	for (let i = 1; i <= 500; i++) {
		const m = i;
		// even step
		let num = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
		d = 1 + num * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + num / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		f *= d * c;
		// odd step
		num = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
		d = 1 + num * d;
		if (Math.abs(d) < tiny) d = tiny;
		c = 1 + num / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const delta = d * c;
		f *= delta;
		if (Math.abs(delta - 1) < 1e-15) break;
	}
	return (front * f) / a;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom: 1 − ½·I_{df/(df+t²)}(df/2, ½) for t ≥ 0. */
export function studentTCdf(t: number, df: number): number {
	if (!(df > 0)) throw new RangeError('degrees of freedom must be > 0');
	const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
	return t >= 0 ? 1 - tail : tail;
}

const tQuantiles = new Map<string, number>();

/**
 * The p quantile of Student's t with `df` degrees of freedom (the inverse of studentTCdf):
 * closed forms for 1 and 2 degrees of freedom, otherwise bisection on the CDF to 1e-12 (a few
 * microseconds; results are remembered).
 */
export function studentTQuantile(p: number, df: number): number {
	if (!(p > 0 && p < 1)) throw new RangeError('p must be between 0 and 1');
	if (!(df > 0)) throw new RangeError('degrees of freedom must be > 0');
	if (p === 0.5) return 0;
	if (p < 0.5) return -studentTQuantile(1 - p, df);
	if (df === 1) return Math.tan(Math.PI * (p - 0.5));
	if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
	const key = `${p}|${df}`;
	const known = tQuantiles.get(key);
	if (known !== undefined) return known;
	let lo = 0;
	let hi = 1;
	while (studentTCdf(hi, df) < p) {
		lo = hi;
		hi *= 2;
	}
	while (hi - lo > 1e-12 * Math.max(1, hi)) {
		const mid = (lo + hi) / 2;
		if (studentTCdf(mid, df) < p) lo = mid;
		else hi = mid;
	}
	const q = (lo + hi) / 2;
	if (tQuantiles.size > 10_000) tQuantiles.clear();
	tQuantiles.set(key, q);
	return q;
}
