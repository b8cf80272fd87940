import { describe, expect, it } from 'vitest';
import { proportionChange } from './change';

describe('proportionChange', () => {
	it.each([
		// previous, current, label, z (hand: pooled p, se = √(p(1−p)(1/n1+1/n2)));
		// Fisher's p for 50 → 65 of 100 is 0.0449 (exact sum, see stats.test.ts), below 0.05
		[{ x: 50, n: 100 }, { x: 65, n: 100 }, 'improvement', 2.1456],
		[{ x: 65, n: 100 }, { x: 50, n: 100 }, 'decline', -2.1456],
		[{ x: 50, n: 100 }, { x: 55, n: 100 }, 'no_clear_change', 0.708]
	] as const)('%o → %o is %s', (previous, current, label, z) => {
		const c = proportionChange(previous, current, 5);
		expect(c.label).toBe(label);
		expect(c.z).toBeCloseTo(z, 3);
		expect(c.difference).toBeCloseTo((current.x / current.n - previous.x / previous.n) * 100, 10);
		expect(c.p).toBeGreaterThan(0);
	});

	it('does not call 20 of 24 → 21 of 21 a clear improvement (Fisher p = 0.1115)', () => {
		// the pooled z-test did, by a hair: pooled 41/45, se = √(41/45 · 4/45 · (1/24 + 1/21)) = 0.085036,
		// z = (1 − 20/24)/se = 1.959965 > 1.959964. Fisher: (10626 + 5985)/148995
		const c = proportionChange({ x: 20, n: 24 }, { x: 21, n: 21 }, 5);
		expect(c.z).toBeGreaterThan(1.959964);
		expect(c.label).toBe('no_clear_change');
		expect(c.p).toBeCloseTo(16611 / 148995, 12);
	});

	it('says too few to tell when a side is under the minimum group: 0 of 2 → 3 of 3', () => {
		expect(proportionChange({ x: 0, n: 2 }, { x: 3, n: 3 }, 5)).toEqual({
			label: 'too_few',
			difference: null,
			z: null,
			p: null
		});
		// with a minimum of 1 the exact test still finds no clear change: p = 1/10
		const small = proportionChange({ x: 0, n: 2 }, { x: 3, n: 3 }, 1);
		expect(small.label).toBe('no_clear_change');
		expect(small.p).toBeCloseTo(0.1, 12);
		// 5 of each side is enough to compare; a suppressed side is not
		expect(proportionChange({ x: 0, n: 5 }, { x: 5, n: 5 }, 5).label).toBe('improvement');
		expect(proportionChange({ x: 0, n: 50 }, { x: 5, n: 50, suppressed: true }, 5).label).toBe(
			'too_few'
		);
	});

	it('says no data without data, and no clear change without variation', () => {
		expect(proportionChange({ x: 0, n: 0 }, { x: 5, n: 10 }).label).toBe('no_data');
		expect(proportionChange({ x: 10, n: 10 }, { x: 20, n: 20 })).toEqual({
			label: 'no_clear_change',
			difference: 0,
			z: null,
			p: 1
		});
	});
});
