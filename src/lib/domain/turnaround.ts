// Turnaround of support requests against the review window, in calendar or working days.
import type { KmBin } from './kaplan-meier';
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

/** The contract's turnaround figures (`npm run metrics -- --json`); see TurnaroundFigures for all. */
export interface Turnaround {
	n_decided: number;
	/** Kaplan–Meier median (days), open requests censored at the cut-off; null when not reached */
	median_days: number | null;
	/** Kaplan–Meier 90th percentile (days); null when not reached */
	p90_days: number | null;
	/** decided within the window ÷ requests whose window had closed by the cut-off × 100 */
	within_window_pct: number | null;
	/** the backlog: requests open past their window at the cut-off, whatever day they came in */
	overdue_open: number;
}

/** One row of sql/metrics/turnaround_bins.sql: requests of one kind and whole day. */
export interface TurnaroundBinRow {
	kind: 'event' | 'censored';
	whole_days: number;
	requests: number;
	exact: number;
	closed: number;
	within: number;
	open_decided: number;
}

export interface TurnaroundCounts {
	/** requests received in the period (before the cut-off) */
	n_requests: number;
	/** of which decided before the cut-off */
	n_decided: number;
	/** whose window had closed by the cut-off */
	n_window_closed: number;
	/** of those, decided within the window */
	within_window: number;
	/** whose window was still running at the cut-off */
	still_within_window: number;
	/** of those, already decided */
	still_within_window_decided: number;
	/** the Kaplan–Meier counts per whole day */
	km: KmBin[];
	/** decided requests per whole day of turnaround, ascending */
	decided: { days: number; requests: number }[];
}

/** Adds up the rows of turnaround_bins (any order; rows of the same kind and day are summed). */
export function turnaroundCounts(rows: readonly TurnaroundBinRow[]): TurnaroundCounts {
	const km = new Map<number, KmBin>();
	const out: TurnaroundCounts = {
		n_requests: 0,
		n_decided: 0,
		n_window_closed: 0,
		within_window: 0,
		still_within_window: 0,
		still_within_window_decided: 0,
		km: [],
		decided: []
	};
	for (const r of rows) {
		const n = Number(r.requests);
		const day = Number(r.whole_days);
		out.n_requests += n;
		out.n_window_closed += Number(r.closed);
		out.within_window += Number(r.within);
		out.still_within_window += n - Number(r.closed);
		out.still_within_window_decided += Number(r.open_decided);
		const bin = km.get(day) ?? { day, events: 0, exact: 0, censored: 0 };
		if (r.kind === 'event') {
			out.n_decided += n;
			bin.events += n;
			bin.exact += Number(r.exact);
		} else bin.censored += n;
		km.set(day, bin);
	}
	out.km = [...km.values()].sort((a, b) => a.day - b.day);
	out.decided = out.km
		.filter((b) => b.events > 0)
		.map((b) => ({ days: b.day, requests: b.events }));
	return out;
}

/**
 * The 0-based ranks a plain quantile (linear interpolation, as quantile_cont) of n decided
 * requests interpolates between, located in the per-day counts: h = q·(n − 1),
 * v[⌊h⌋] + (h − ⌊h⌋)·(v[⌊h⌋+1] − v[⌊h⌋]). null when n = 0.
 */
export function plainQuantileRanks(
	decided: readonly { days: number; requests: number }[],
	q: number
): {
	lowDays: number;
	highDays: number;
	offset: number;
	highOffset: number;
	fraction: number;
} | null {
	const n = decided.reduce((sum, b) => sum + b.requests, 0);
	if (n === 0) return null;
	const h = q * (n - 1);
	const k = Math.floor(h);
	const locate = (rank: number) => {
		let before = 0;
		for (const b of decided) {
			if (rank < before + b.requests) return { days: b.days, offset: rank - before };
			before += b.requests;
		}
		throw new Error(`rank ${rank} is beyond ${n} requests`);
	};
	const low = locate(k);
	const high = locate(Math.min(k + 1, n - 1));
	return {
		lowDays: low.days,
		highDays: high.days,
		offset: low.offset,
		highOffset: high.offset,
		fraction: h - k
	};
}
