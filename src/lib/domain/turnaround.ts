// Turnaround of support requests against the review window, in calendar or working days.
import { quantileCont } from './stats';
import { addDays, isoDateIn, isoWeekday, wallTimeOf } from './zoned-time';

export const SECONDS_PER_DAY = 86_400;

export interface WindowSettings {
	reviewWindowDays: number;
	windowCounting: 'calendar' | 'working';
	/** ISO weekdays that do not count (1 = Monday … 7 = Sunday) */
	weekendDays: readonly number[];
	/** `YYYY-MM-DD` days that do not count */
	holidays: ReadonlySet<string>;
	timeZone: string;
}

export function isWorkingDay(iso: string, s: Pick<WindowSettings, 'weekendDays' | 'holidays'>) {
	return !s.weekendDays.includes(isoWeekday(iso)) && !s.holidays.has(iso);
}

const MS_PER_DAY = SECONDS_PER_DAY * 1000;

/** Milliseconds since the start of the instant's day on the zone's wall clock (a whole number). */
function msOfDay(instant: Date, timeZone: string): number {
	const w = wallTimeOf(instant, timeZone);
	return ((w.hour * 60 + w.minute) * 60 + w.second) * 1000 + (instant.getTime() % 1000);
}

/**
 * Seconds between two instants that fall on working days of the organisation's zone, measured on
 * the wall clock (a working day counts 86,400 s; weekend days and holidays count 0).
 * 0 when `to` is not after `from`. Counted in whole milliseconds, so a turnaround of exactly the
 * review window is exactly the window (as the SQL path counts whole microseconds).
 */
export function workingSeconds(
	from: Date,
	to: Date,
	s: Pick<WindowSettings, 'weekendDays' | 'holidays' | 'timeZone'>
): number {
	if (to.getTime() <= from.getTime()) return 0;
	const firstDay = isoDateIn(from, s.timeZone);
	const lastDay = isoDateIn(to, s.timeZone);
	const msFrom = msOfDay(from, s.timeZone);
	const msTo = msOfDay(to, s.timeZone);
	if (firstDay === lastDay) return isWorkingDay(firstDay, s) ? (msTo - msFrom) / 1000 : 0;
	let total = isWorkingDay(firstDay, s) ? MS_PER_DAY - msFrom : 0;
	for (let day = addDays(firstDay, 1); day < lastDay; day = addDays(day, 1)) {
		if (isWorkingDay(day, s)) total += MS_PER_DAY;
	}
	if (isWorkingDay(lastDay, s)) total += msTo;
	return total / 1000;
}

/**
 * Days between receipt and decision: calendar mode (decided − received) seconds ÷ 86,400;
 * working mode the working seconds between them ÷ 86,400 (see workingSeconds).
 */
export function elapsedDays(from: Date, to: Date, s: WindowSettings): number {
	if (s.windowCounting === 'working') return workingSeconds(from, to, s) / SECONDS_PER_DAY;
	return (to.getTime() - from.getTime()) / 1000 / SECONDS_PER_DAY;
}

export interface Turnaround {
	n_decided: number;
	median_days: number | null;
	p90_days: number | null;
	within_window_pct: number | null;
	overdue_open: number;
}

/**
 * From the turnarounds (days) of the requests decided by the period end: n, median and 90th
 * percentile (linear interpolation), % within the window (≤ window days); plus the overdue count.
 */
export function summariseTurnaround(
	days: readonly number[],
	reviewWindowDays: number,
	overdueOpen: number
): Turnaround {
	const within = days.filter((d) => d <= reviewWindowDays).length;
	return {
		n_decided: days.length,
		median_days: quantileCont(days, 0.5),
		p90_days: quantileCont(days, 0.9),
		within_window_pct: days.length === 0 ? null : (within / days.length) * 100,
		overdue_open: overdueOpen
	};
}
