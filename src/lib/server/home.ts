// The few live figures the first page shows: this month's and last month's volumes, by the
// person's calendar (Hijri or Gregorian months) in the organisation's zone.
import { monthRange, type CalendarSystem } from '../domain/calendar-month';
import { instantOf, isoDateIn, parseIsoDate } from '../domain/zoned-time';
import type { Store } from './db';
import { sql } from './sql';

export interface MonthFigures {
	/** Noon on the first day of the month, in the organisation's zone (for labels). */
	labelDate: Date;
	interactions: number;
	responses: number;
}

async function monthFigures(
	store: Store,
	range: { first: string; next: string },
	timeZone: string
): Promise<MonthFigures> {
	const start = instantOf(parseIsoDate(range.first)!, timeZone);
	const end = instantOf(parseIsoDate(range.next)!, timeZone);
	const row = await store.one<{ interactions: number; responses: number }>(
		sql('home/month_counts'),
		{
			start,
			end
		}
	);
	return {
		labelDate: instantOf({ ...parseIsoDate(range.first)!, hour: 12 }, timeZone),
		interactions: row?.interactions ?? 0,
		responses: row?.responses ?? 0
	};
}

/** This month (so far) and last month. */
export async function homeFigures(
	store: Store,
	timeZone: string,
	calendar: CalendarSystem,
	now = new Date()
) {
	const today = isoDateIn(now, timeZone);
	return {
		thisMonth: await monthFigures(store, monthRange(today, calendar), timeZone),
		lastMonth: await monthFigures(store, monthRange(today, calendar, -1), timeZone)
	};
}
