import { describe, expect, it } from 'vitest';
import {
	addDays,
	instantOf,
	isoDateIn,
	isoWeekday,
	monthStart,
	parseIsoDate,
	wallTimeOf,
	zoneOffsetMs
} from './zoned-time';

describe('zoned time', () => {
	it('reads Riyadh midnight as 21:00 UTC the day before', () => {
		expect(instantOf({ year: 2026, month: 11, day: 1 }, 'Asia/Riyadh').toISOString()).toBe(
			'2026-10-31T21:00:00.000Z'
		);
	});

	it('gives the Riyadh date of an instant near midnight', () => {
		expect(isoDateIn(new Date('2026-10-31T20:59:59Z'), 'Asia/Riyadh')).toBe('2026-10-31');
		expect(isoDateIn(new Date('2026-10-31T21:00:00Z'), 'Asia/Riyadh')).toBe('2026-11-01');
	});

	it('handles a zone with daylight saving time both ways', () => {
		// Europe/London moves from +0 to +1 at 01:00 UTC on 2026-03-29.
		expect(zoneOffsetMs(new Date('2026-03-29T00:30:00Z'), 'Europe/London')).toBe(0);
		expect(zoneOffsetMs(new Date('2026-03-29T01:30:00Z'), 'Europe/London')).toBe(3_600_000);
		expect(
			instantOf({ year: 2026, month: 7, day: 1, hour: 12 }, 'Europe/London').toISOString()
		).toBe('2026-07-01T11:00:00.000Z');
		const wall = wallTimeOf(new Date('2026-07-01T11:00:00Z'), 'Europe/London');
		expect([wall.hour, wall.minute]).toEqual([12, 0]);
	});

	it('validates and moves calendar dates', () => {
		expect(parseIsoDate('2026-02-29')).toBeUndefined();
		expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
		expect(parseIsoDate('2026-1-01')).toBeUndefined();
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(monthStart('2026-11-22', -11)).toBe('2025-12-01');
		expect(monthStart('2026-01-15', 1)).toBe('2026-02-01');
	});

	it('numbers weekdays from Monday = 1 to Sunday = 7', () => {
		expect(isoWeekday('2026-11-20')).toBe(5); // a Friday
		expect(isoWeekday('2026-11-21')).toBe(6); // a Saturday
		expect(isoWeekday('2026-11-22')).toBe(7); // a Sunday
	});
});
