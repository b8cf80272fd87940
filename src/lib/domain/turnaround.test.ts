import { describe, expect, it } from 'vitest';
import { quantileCont } from './stats';
import {
	elapsedDays,
	summariseTurnaround,
	workingSeconds,
	type WindowSettings
} from './turnaround';

const riyadh = (local: string) => new Date(`${local}+03:00`);

describe('quantileCont (linear interpolation, as DuckDB quantile_cont)', () => {
	it.each([
		[[1, 2, 3, 4], 0.5, 2.5],
		[[1, 2, 3, 4], 0.9, 3.7], // h = 2.7 → 3 + 0.7 × 1
		[[20, 1, 4, 2, 3], 0.9, 13.6], // sorted 1,2,3,4,20; h = 3.6 → 4 + 0.6 × 16
		[[5], 0.9, 5]
	])('%o at %f is %f', (values, q, expected) => {
		expect(quantileCont(values, q)).toBeCloseTo(expected, 12);
	});

	it('is null for no values', () => {
		expect(quantileCont([], 0.5)).toBeNull();
	});
});

describe('working-day counting', () => {
	const settings: WindowSettings = {
		reviewWindowDays: 14,
		windowCounting: 'working',
		weekendDays: [5, 6],
		holidays: new Set(['2026-03-08']),
		timeZone: 'Asia/Riyadh'
	};

	it('skips a Friday–Saturday weekend and a Sunday holiday', () => {
		// Thu 2026-03-05 10:00 → Mon 2026-03-09 10:00 (Riyadh): Thursday 14 h + Monday 10 h = 1 day
		const from = riyadh('2026-03-05T10:00:00');
		const to = riyadh('2026-03-09T10:00:00');
		expect(workingSeconds(from, to, settings)).toBe(24 * 3600);
		expect(elapsedDays(from, to, settings)).toBe(1);
		expect(elapsedDays(from, to, { ...settings, windowCounting: 'calendar' })).toBe(4);
	});

	it('counts a whole working week as five days and nothing inside a weekend', () => {
		const sunday = riyadh('2026-03-15T00:00:00');
		expect(elapsedDays(sunday, riyadh('2026-03-22T00:00:00'), settings)).toBe(5);
		expect(
			workingSeconds(riyadh('2026-03-13T09:00:00'), riyadh('2026-03-14T17:00:00'), settings)
		).toBe(0);
		expect(
			workingSeconds(riyadh('2026-03-12T09:00:00'), riyadh('2026-03-12T17:30:00'), settings)
		).toBe(8.5 * 3600);
	});

	it('uses the organisation zone for the day boundaries', () => {
		// 2026-03-12T22:00Z is Friday 01:00 in Riyadh: the hour after Thursday midnight does not count
		const from = new Date('2026-03-12T20:00:00Z'); // Thursday 23:00 Riyadh
		const to = new Date('2026-03-12T22:00:00Z');
		expect(workingSeconds(from, to, settings)).toBe(3600);
	});
});

describe('summariseTurnaround', () => {
	it('gives n, median, p90 and the share within the window', () => {
		expect(summariseTurnaround([1, 2, 3, 4, 20], 14, 2)).toEqual({
			n_decided: 5,
			median_days: 3,
			p90_days: expect.closeTo(13.6, 12),
			within_window_pct: 80,
			overdue_open: 2
		});
	});

	it('counts a turnaround of exactly the window as within it', () => {
		expect(summariseTurnaround([14, 14.000001], 14, 0).within_window_pct).toBe(50);
	});

	it('is null without decided requests', () => {
		expect(summariseTurnaround([], 14, 3)).toEqual({
			n_decided: 0,
			median_days: null,
			p90_days: null,
			within_window_pct: null,
			overdue_open: 3
		});
	});
});
