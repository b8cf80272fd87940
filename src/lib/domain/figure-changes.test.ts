import { describe, expect, it } from 'vitest';
import { figureChanges, type ChangeSide } from './figure-changes';

const side = (
	csat: [number, number],
	window: [number, number],
	suppressed = false
): ChangeSide => ({
	min_group_size: 5,
	csat: { positive: suppressed ? null : csat[0], scored_n: csat[1], suppressed },
	turnaround: { within_window: window[0], n_window_closed: window[1] }
});

describe('figureChanges', () => {
	it('compares CSAT over the scored answers and the window share over closed windows', () => {
		// 10 of 10 → 5 of 10 within the window: difference −50 points, Fisher p = 0.0325
		const c = figureChanges(side([40, 50], [10, 10]), side([40, 50], [5, 10]));
		expect(c.csat.label).toBe('no_clear_change');
		expect(c.csat.difference).toBe(0);
		expect(c.within_window.label).toBe('decline');
		expect(c.within_window.difference).toBeCloseTo(-50, 12);
		// C(10,10)·C(10,5) / C(20,15) doubled by symmetry: 2 · 252 / 15504
		expect(c.within_window.p).toBeCloseTo((2 * 252) / 15504, 12);
	});

	it('says too few to tell under the minimum group, and no data when a side is empty', () => {
		const c = figureChanges(side([0, 0], [0, 2]), side([3, 3], [3, 3]));
		expect(c.csat.label).toBe('no_data');
		expect(c.within_window.label).toBe('too_few');
	});

	it('never compares a suppressed score', () => {
		const c = figureChanges(side([0, 0], [1, 1], true), side([9, 10], [1, 1]));
		expect(c.csat.label).toBe('no_data');
		const d = figureChanges(side([4, 6], [1, 1], true), side([9, 10], [1, 1]));
		expect(d.csat.label).toBe('too_few');
	});
});
