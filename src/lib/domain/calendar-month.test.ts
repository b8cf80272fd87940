import { describe, expect, it } from 'vitest';
import { hijriDate, monthRange } from './calendar-month';

describe('calendar months', () => {
	it('knows the Umm al-Qura date of a day', () => {
		// 1 Ramadan 1447 fell on Wednesday 18 February 2026.
		expect(hijriDate('2026-02-18')).toEqual({ year: 1447, month: 9, day: 1 });
		expect(hijriDate('2026-02-17')).toEqual({ year: 1447, month: 8, day: 29 });
	});

	it('gives Ramadan 1447 as 18 February to 19 March 2026', () => {
		expect(monthRange('2026-03-01', 'hijri')).toEqual({ first: '2026-02-18', next: '2026-03-20' });
		expect(monthRange('2026-02-18', 'hijri')).toEqual({ first: '2026-02-18', next: '2026-03-20' });
		expect(monthRange('2026-03-19', 'hijri')).toEqual({ first: '2026-02-18', next: '2026-03-20' });
	});

	it('moves whole Hijri months back and forth', () => {
		expect(monthRange('2026-03-01', 'hijri', 1).first).toBe('2026-03-20'); // Shawwal
		expect(monthRange('2026-03-01', 'hijri', -1).next).toBe('2026-02-18'); // Sha'ban ends
		const twoBack = monthRange('2026-03-01', 'hijri', -2);
		expect(hijriDate(twoBack.first)).toEqual({ year: 1447, month: 7, day: 1 });
	});

	it('gives Gregorian months too', () => {
		expect(monthRange('2026-11-22', 'gregory')).toEqual({
			first: '2026-11-01',
			next: '2026-12-01'
		});
		expect(monthRange('2026-01-10', 'gregory', -1)).toEqual({
			first: '2025-12-01',
			next: '2026-01-01'
		});
	});
});
