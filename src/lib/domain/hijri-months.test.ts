import { describe, expect, it } from 'vitest';
import { hijriDate } from './calendar-month';
import { hijriMonths, hijriYearStart, hijriYears } from './hijri-months';
import { addDays } from './zoned-time';

describe('hijriMonths', () => {
	it('gives each Umm al-Qura month its first Gregorian day and length, as Intl does', () => {
		const months = hijriMonths();
		expect(months).toHaveLength((hijriYears.to - hijriYears.from + 1) * 12);
		expect(months.find((m) => m.year === 1447 && m.month === 9)).toEqual({
			year: 1447,
			month: 9,
			first: '2026-02-18',
			days: 30
		});
		expect(months[0]!.first).toBe(hijriYearStart(1300));
		for (const m of months) {
			expect(m.days === 29 || m.days === 30).toBe(true);
			expect(hijriDate(m.first)).toEqual({ year: m.year, month: m.month, day: 1 });
			expect(hijriDate(addDays(m.first, m.days - 1)).day).toBe(m.days);
		}
		// consecutive, no gaps
		for (let i = 1; i < months.length; i++) {
			expect(addDays(months[i - 1]!.first, months[i - 1]!.days)).toBe(months[i]!.first);
		}
	});

	it('starts the years the supported range needs', () => {
		expect(hijriYearStart(1447)).toBe('2025-06-26');
		expect(hijriYearStart(1356)).toBe('1937-03-14');
		expect(hijriDate(hijriYearStart(1500))).toEqual({ year: 1500, month: 1, day: 1 });
	});
});
