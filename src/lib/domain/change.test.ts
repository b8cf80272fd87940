import { describe, expect, it } from 'vitest';
import { proportionChange } from './change';

describe('proportionChange', () => {
	it.each([
		// previous, current, label, z (hand: pooled p, se = √(p(1−p)(1/n1+1/n2)))
		[{ x: 50, n: 100 }, { x: 65, n: 100 }, 'improvement', 2.1456],
		[{ x: 65, n: 100 }, { x: 50, n: 100 }, 'decline', -2.1456],
		[{ x: 50, n: 100 }, { x: 55, n: 100 }, 'no_clear_change', 0.708]
	] as const)('%o → %o is %s', (previous, current, label, z) => {
		const c = proportionChange(previous, current);
		expect(c.label).toBe(label);
		expect(c.z).toBeCloseTo(z, 3);
		expect(c.difference).toBeCloseTo((current.x / current.n - previous.x / previous.n) * 100, 10);
	});

	it('says no clear change without data or without variation', () => {
		expect(proportionChange({ x: 0, n: 0 }, { x: 5, n: 10 }).label).toBe('no_clear_change');
		expect(proportionChange({ x: 10, n: 10 }, { x: 20, n: 20 })).toEqual({
			label: 'no_clear_change',
			difference: 0,
			z: null
		});
	});
});
