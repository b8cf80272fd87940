import { describe, expect, it } from 'vitest';
import { quantileCont } from './stats';
import {
	elapsedDays,
	plainQuantileRanks,
	turnaroundCounts,
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

describe('turnaroundCounts', () => {
	const row = (
		kind: 'event' | 'censored',
		whole_days: number,
		requests: number,
		more: Partial<{ exact: number; closed: number; within: number; open_decided: number }> = {}
	) => ({ kind, whole_days, requests, exact: 0, closed: 0, within: 0, open_decided: 0, ...more });

	it('adds up requests, the window-closed ones and the Kaplan–Meier counts per day', () => {
		const counts = turnaroundCounts([
			row('event', 2, 3, { exact: 1, closed: 3, within: 3 }),
			row('event', 20, 2, { closed: 2 }),
			row('censored', 2, 4, { open_decided: 0 }),
			row('censored', 30, 1, { closed: 1 }),
			row('event', 1, 2, { open_decided: 2 })
		]);
		expect(counts).toEqual({
			n_requests: 12,
			n_decided: 7,
			n_window_closed: 6,
			within_window: 3,
			still_within_window: 6,
			still_within_window_decided: 2,
			km: [
				{ day: 1, events: 2, exact: 0, censored: 0 },
				{ day: 2, events: 3, exact: 1, censored: 4 },
				{ day: 20, events: 2, exact: 0, censored: 0 },
				{ day: 30, events: 0, exact: 0, censored: 1 }
			],
			decided: [
				{ days: 1, requests: 2 },
				{ days: 2, requests: 3 },
				{ days: 20, requests: 2 }
			]
		});
	});
});

describe('plainQuantileRanks (the ranks quantile_cont interpolates between)', () => {
	const decided = [
		{ days: 1, requests: 2 },
		{ days: 4, requests: 1 },
		{ days: 9, requests: 2 }
	];
	it('locates ranks across days', () => {
		// n = 5: median h = 2 → rank 2 (day 4, offset 0) and rank 3 (day 9)
		expect(plainQuantileRanks(decided, 0.5)).toEqual({
			lowDays: 4,
			highDays: 9,
			offset: 0,
			highOffset: 0,
			fraction: 0
		});
		// p90 h = 3.6 → ranks 3 and 4, both in day 9, offset 0
		expect(plainQuantileRanks(decided, 0.9)).toMatchObject({
			lowDays: 9,
			highDays: 9,
			offset: 0,
			highOffset: 1,
			fraction: expect.closeTo(0.6, 12)
		});
		// one request: both ranks are the same
		expect(plainQuantileRanks([{ days: 3, requests: 1 }], 0.5)).toMatchObject({
			lowDays: 3,
			highDays: 3,
			offset: 0,
			highOffset: 0
		});
	});
	it('is null without decided requests', () => {
		expect(plainQuantileRanks([], 0.5)).toBeNull();
	});
});
