import { describe, expect, it } from 'vitest';
import { weekendOfWorkingWeek } from './working-week';

describe('weekendOfWorkingWeek', () => {
	it('reads a range of day names, wrapping round the week', () => {
		expect(weekendOfWorkingWeek('sun-thu')).toEqual([5, 6]);
		expect(weekendOfWorkingWeek('Mon-Fri')).toEqual([6, 7]);
		expect(weekendOfWorkingWeek('sat-wed')).toEqual([4, 5]);
		expect(weekendOfWorkingWeek('sunday - thursday')).toEqual([5, 6]);
	});

	it('reads a list of days', () => {
		expect(weekendOfWorkingWeek('sun,mon,tue,wed,thu')).toEqual([5, 6]);
		expect(weekendOfWorkingWeek('sun, mon, tue, wed, thu, sat')).toEqual([5]);
	});

	it('refuses unknown days, nothing, and a week without a weekend', () => {
		expect(weekendOfWorkingWeek('')).toBeNull();
		expect(weekendOfWorkingWeek('sun-xyz')).toBeNull();
		expect(weekendOfWorkingWeek('su-th')).toBeNull();
		expect(weekendOfWorkingWeek('mon-sun')).toBeNull();
		expect(weekendOfWorkingWeek('sun,funday')).toBeNull();
	});
});
