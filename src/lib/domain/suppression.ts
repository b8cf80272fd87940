// Small groups: counts are always shown, scores only for groups of at least the minimum size, and
// never in a way that lets a small group be recovered by subtracting published figures.

/** A group with 1 … min−1 answers is too few to report (an empty group simply has no score). */
export function tooFew(n: number, minGroupSize: number): boolean {
	return n > 0 && n < minGroupSize;
}

/**
 * Which segments of a breakdown to suppress, when the total over all segments is published.
 * Primary: every segment with 0 < n < min. Complementary (the remainder rule): while the suppressed
 * segments together hold 1 … min−1 answers, total − published would reveal them, so the smallest
 * other non-empty segment is suppressed too (ties by key order, for a stable result).
 */
export function suppressedKeys<K>(
	segments: readonly { key: K; n: number }[],
	minGroupSize: number
): Set<K> {
	const hidden = new Set<K>();
	let hiddenN = 0;
	for (const s of segments) {
		if (tooFew(s.n, minGroupSize)) {
			hidden.add(s.key);
			hiddenN += s.n;
		}
	}
	const rest = segments
		.map((s, index) => ({ ...s, index }))
		.filter((s) => s.n > 0 && !hidden.has(s.key))
		.sort((a, b) => a.n - b.n || a.index - b.index);
	while (tooFew(hiddenN, minGroupSize) && rest.length > 0) {
		const next = rest.shift()!;
		hidden.add(next.key);
		hiddenN += next.n;
	}
	return hidden;
}

/**
 * The remainder rule for filters: a published subset (n ≥ min) of a published parent group is
 * refused when the parent minus the subset is a small group (1 … min−1 answers), because
 * subtracting the two would publish that small group's score.
 */
export function remainderExposed(subsetN: number, parentN: number, minGroupSize: number): boolean {
	return subsetN >= minGroupSize && tooFew(parentN - subsetN, minGroupSize);
}
