import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kmBins, kmQuantileDays, kmQuantiles, type KmObservation } from './kaplan-meier';

const decided = (days: number): KmObservation => ({ days, decided: true });
const open = (days: number): KmObservation => ({ days, decided: false });

describe('Kaplan–Meier quantiles', () => {
	it('without open requests is the first time at which half (or 90%) are decided', () => {
		// S: 3/4 after 1, 1/2 after 2 → median 2 (not 2.5: the curve reaches ½ at 2)
		const all = [1, 2, 3, 4].map(decided);
		expect(kmQuantileDays(all, 0.5)).toBe(2);
		expect(kmQuantileDays(all, 0.9)).toBe(4);
		expect(kmQuantileDays([decided(1), decided(2)], 0.5)).toBe(1);
	});

	it('follows the textbook product with open requests censored', () => {
		// 3, 5+, 6, 6, 8+, 10: S(3) = 5/6; 5+ leaves 4 at risk; S(6) = 5/6 · 2/4 = 5/12 ≤ ½ → median 6;
		// 8+ leaves 1; S(10) = 0 → 90th percentile 10
		const obs = [decided(3), open(5), decided(6), decided(6), open(8), decided(10)];
		expect(kmQuantileDays(obs, 0.5)).toBe(6);
		expect(kmQuantileDays(obs, 0.9)).toBe(10);
	});

	it('counts decisions before censorings at the same time', () => {
		// decided after exactly 5 days, one open for 5.5 days (censored at 5), one decided at 7:
		// at 5 three are at risk (the open one too), S = 2/3; then S(7) = 0 → median 7.
		// (With the censoring first S(5) would be ½ and the median 5.)
		expect(kmQuantileDays([decided(5), open(5.5), decided(7)], 0.5)).toBe(7);
	});

	it('censors an open request at its whole days waited', () => {
		// open 5.7 days → censored at 5, before the decision at 5.2: S(5.2) = ½ → median 5.2
		expect(kmQuantileDays([decided(5.2), open(5.7), decided(7)], 0.5)).toBe(5.2);
	});

	it('says "not reached" when fewer than half are estimated decided', () => {
		const obs = [decided(1), open(10), open(12)];
		expect(kmQuantileDays(obs, 0.5)).toBeNull();
		expect(kmQuantiles(kmBins(obs), [0.5, 0.9])).toEqual([{ reached: false }, { reached: false }]);
		expect(kmQuantileDays([], 0.5)).toBeNull();
		expect(kmQuantileDays([open(3)], 0.5)).toBeNull();
	});

	it('locates the quantile as a rank inside its day', () => {
		// day 2 holds 2 (exact), 2.25, 2.5; 10 requests, S after 2, 2.25, 2.5 = 9/10 … 6/10 after day 3s
		const obs = [
			decided(2),
			decided(2.25),
			decided(2.5),
			decided(3.1),
			decided(3.2),
			decided(3.3),
			open(4),
			open(4),
			open(9),
			open(9)
		];
		// S: 0.9, 0.8, 0.7, 0.6, 0.5 (at 3.2) → median 3.2, rank 1 of day 3
		expect(kmQuantiles(kmBins(obs), [0.5])).toEqual([
			{ reached: true, day: 3, rank: 1, atDay: false }
		]);
		expect(kmQuantiles(kmBins(obs), [0.15])).toEqual([
			{ reached: true, day: 2, rank: 1, atDay: false }
		]);
		expect(kmQuantiles(kmBins(obs), [0.05])).toEqual([
			{ reached: true, day: 2, rank: 0, atDay: true }
		]);
		expect(kmQuantileDays(obs, 0.5)).toBe(3.2);
	});

	it('agrees with a direct product over distinct times (random data)', () => {
		const obsArb = fc.array(
			fc.record({
				days: fc.oneof(
					fc.integer({ min: 0, max: 12 }),
					fc.integer({ min: 0, max: 48 }).map((x) => x / 4)
				),
				decided: fc.boolean()
			}),
			{ maxLength: 40 }
		);
		fc.assert(
			fc.property(obsArb, fc.constantFrom(0.5, 0.9, 0.25), (obs, q) => {
				expect(kmQuantileDays(obs, q)).toBe(directQuantile(obs, q));
			}),
			{ numRuns: 300 }
		);
	});
});

/** S(t) = Π (1 − d/n) over distinct decision times, n = at risk (censorings at ⌊t⌋, after decisions). */
function directQuantile(obs: readonly KmObservation[], q: number): number | null {
	const times = obs.map((o) => ({
		t: o.decided ? o.days : Math.floor(o.days),
		decided: o.decided
	}));
	const eventTimes = [...new Set(times.filter((o) => o.decided).map((o) => o.t))].sort(
		(a, b) => a - b
	);
	let s = 1;
	for (const t of eventTimes) {
		const n = times.filter((o) => o.t >= t).length;
		const d = times.filter((o) => o.decided && o.t === t).length;
		s *= 1 - d / n;
		if (s <= 1 - q + 1e-9) return t;
	}
	return null;
}
