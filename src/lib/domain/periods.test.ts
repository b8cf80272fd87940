import { describe, expect, it } from 'vitest';
import {
	chosenPeriodSchema,
	dayCount,
	hijriMonthStart,
	parsePeriodKey,
	periodSupported,
	requireSupported,
	SUPPORTED_DAYS,
	PeriodError,
	periodBuckets,
	periodFromDates,
	periodInstants,
	previousPeriod,
	yearBefore
} from './periods';
import { addDays } from './zoned-time';

describe('parsePeriodKey', () => {
	it.each([
		['2026', '2026-01-01', '2026-12-31'],
		['2026-Q2', '2026-04-01', '2026-06-30'],
		['2024-02', '2024-02-01', '2024-02-29'],
		['2026-05', '2026-05-01', '2026-05-31'],
		// Umm al-Qura: 1 Muharram 1447 = 26 June 2025; 1 Ramadan 1447 = 18 February 2026;
		// 1 Muharram 1448 = 16 June 2026
		['H1447', '2025-06-26', '2026-06-15'],
		['H1447-09', '2026-02-18', '2026-03-19'],
		['H1447-Q1', '2025-06-26', '2025-09-22'],
		['H1447-05', '2025-10-23', '2025-11-21'],
		// halves: six months of their calendar
		['2026-H1', '2026-01-01', '2026-06-30'],
		['2026-H2', '2026-07-01', '2026-12-31'],
		['H1447-H1', '2025-06-26', '2025-12-20'],
		['H1447-H2', '2025-12-21', '2026-06-15']
	])('%s is %s … %s', (key, from, to) => {
		const p = parsePeriodKey(key);
		expect([p.from, p.to, p.key]).toEqual([from, to, key]);
	});

	it.each([
		'2026-13',
		'2026-Q5',
		'2026-H3',
		'H1447-H0',
		'H1447-00',
		'26-05',
		'abc',
		'',
		'1800',
		'H1200'
	])('refuses %j with a clear error', (key) => {
		expect(() => parsePeriodKey(key)).toThrow(PeriodError);
		expect(() => parsePeriodKey(key)).toThrow(/Invalid period/);
	});
});

describe('previous period and year before', () => {
	it.each([
		['2026-Q1', '2025-Q4', '2025-Q1'],
		['2026-05', '2026-04', '2025-05'],
		['2026-01', '2025-12', '2025-01'],
		['2026', '2025', '2025'],
		['H1447-01', 'H1446-12', 'H1446-01'],
		['H1447-Q1', 'H1446-Q4', 'H1446-Q1'],
		['H1447', 'H1446', 'H1446'],
		['2026-H1', '2025-H2', '2025-H1'],
		['H1447-H2', 'H1447-H1', 'H1446-H2']
	])('%s → previous %s, year before %s', (key, previous, before) => {
		const p = parsePeriodKey(key);
		expect(previousPeriod(p).key).toBe(previous);
		expect(previousPeriod(p)).toEqual(parsePeriodKey(previous));
		expect(yearBefore(p)).toEqual(parsePeriodKey(before));
	});

	it('for custom dates, is as many days just before, and the dates a year earlier', () => {
		const p = periodFromDates('2026-03-01', '2026-03-10');
		expect(dayCount(p)).toBe(10);
		expect(previousPeriod(p)).toMatchObject({ from: '2026-02-19', to: '2026-02-28' });
		expect(yearBefore(periodFromDates('2024-02-01', '2024-02-29'))).toMatchObject({
			from: '2023-02-01',
			to: '2023-02-28'
		});
	});
});

describe('periodFromDates', () => {
	it.each([
		['2026-02-30', '2026-03-01', /date as YYYY-MM-DD/],
		['2026-03-02', '2026-03-01', /must not be after/],
		['2000-01-01', '2026-03-01', /at most 10 years/],
		['01/03/2026', '2026-03-01', /date as YYYY-MM-DD/]
	])('refuses %s … %s', (from, to, message) => {
		expect(() => periodFromDates(from, to)).toThrow(message);
	});
});

describe('periodInstants', () => {
	it('starts at Riyadh midnight (21:00 UTC the day before) and ends after the last day', () => {
		const { start, end } = periodInstants({ from: '2026-05-01', to: '2026-05-31' }, 'Asia/Riyadh');
		expect(start.toISOString()).toBe('2026-04-30T21:00:00.000Z');
		expect(end.toISOString()).toBe('2026-05-31T21:00:00.000Z');
	});
});

describe('periodBuckets', () => {
	it('splits a period into Gregorian quarters, clipped to the period', () => {
		expect(periodBuckets({ from: '2026-02-10', to: '2026-07-05' }, 'quarter', 'gregory')).toEqual([
			{ key: '2026-Q1', from: '2026-02-10', to: '2026-03-31' },
			{ key: '2026-Q2', from: '2026-04-01', to: '2026-06-30' },
			{ key: '2026-Q3', from: '2026-07-01', to: '2026-07-05' }
		]);
	});

	it('splits a period into Hijri months', () => {
		expect(periodBuckets({ from: '2026-02-10', to: '2026-03-25' }, 'month', 'hijri')).toEqual([
			{ key: 'H1447-08', from: '2026-02-10', to: '2026-02-17' },
			{ key: 'H1447-09', from: '2026-02-18', to: '2026-03-19' },
			{ key: 'H1447-10', from: '2026-03-20', to: '2026-03-25' }
		]);
	});
});

describe('supported days', () => {
	it('are the days both calendars place: 1 Muharram 1356 to the last day of 1500', () => {
		expect(SUPPORTED_DAYS.first).toBe(hijriMonthStart(1356, 1));
		expect(SUPPORTED_DAYS.last).toBe(addDays(hijriMonthStart(1501, 1), -1));
	});

	it('a period is supported with the period before and the year before inside them', () => {
		expect(periodSupported(parsePeriodKey('2026-Q2'))).toBe(true);
		expect(periodSupported(parsePeriodKey('H1500-11'))).toBe(true);
		expect(periodSupported(parsePeriodKey('2077-Q4'))).toBe(false);
		expect(periodSupported(parsePeriodKey('H1356-01'))).toBe(false);
		expect(periodSupported(parsePeriodKey('1937'))).toBe(false);
		expect(() => requireSupported(parsePeriodKey('2077-Q4'), '2077-Q4')).toThrow(PeriodError);
	});

	it('chosen dates: out of the days refused, half-typed ones reported without a crash', () => {
		const ok = (from: string, to: string) => chosenPeriodSchema.safeParse({ from, to }).success;
		expect(ok('2026-01-01', '2026-01-31')).toBe(true);
		expect(ok('2078-01-01', '2078-01-31')).toBe(false);
		expect(ok('2077-10-01', '2077-12-31')).toBe(false);
		expect(ok('1937-01-01', '1937-01-31')).toBe(false);
		expect(ok('2026-01-01', '')).toBe(false);
		expect(ok('', '2026-01-01')).toBe(false);
		expect(ok('2026-02-01', '2026-01-01')).toBe(false);
	});
});
