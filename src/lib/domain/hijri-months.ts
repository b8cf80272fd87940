// The Umm al-Qura months as Intl computes them, each with its first Gregorian day and its length:
// the table ingest reads Hijri dates with (sql/ingest/hijri_months.sql), and the years a column of
// dates is taken to be written in Hijri.
import { hijriDate, monthRange } from './calendar-month';
import { addDays } from './zoned-time';

export interface HijriMonthSpan {
	year: number;
	month: number;
	/** The month's first day, `YYYY-MM-DD` Gregorian. */
	first: string;
	days: number;
}

/** Hijri years ingest reads (Umm al-Qura as Intl knows it: 1300 AH is 1882 CE, 1500 AH 2077 CE). */
export const hijriYears = { from: 1300, to: 1500 } as const;

function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The Gregorian day of 1 Muharram of Hijri `year`. */
export function hijriYearStart(year: number): string {
	// near it from the mean year (354.367 days from 16 July 622, Julian), then day by day
	const estimate = new Date(Date.UTC(622, 6, 19) + Math.round((year - 1) * 354.36667) * 86_400_000);
	let day = estimate.toISOString().slice(0, 10);
	for (let i = 0; i < 120; i++) {
		const h = hijriDate(day);
		if (h.year === year && h.month === 1 && h.day === 1) return day;
		const ahead = (h.year - year) * 354 + (h.month - 1) * 29.5 + (h.day - 1);
		day = addDays(
			day,
			ahead > 0 ? -Math.max(1, Math.floor(ahead)) : Math.max(1, Math.floor(-ahead))
		);
	}
	throw new Error(`Could not find the start of Hijri year ${year}.`);
}

const cache = new Map<string, HijriMonthSpan[]>();

/** Every month of the Hijri years `from`–`to` (inclusive), in order. */
export function hijriMonths(
	from: number = hijriYears.from,
	to: number = hijriYears.to
): HijriMonthSpan[] {
	const key = `${from}-${to}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const out: HijriMonthSpan[] = [];
	let first = hijriYearStart(from);
	for (let year = from; year <= to; year++) {
		for (let month = 1; month <= 12; month++) {
			const { next } = monthRange(first, 'hijri');
			out.push({ year, month, first, days: daysBetween(first, next) });
			first = next;
		}
	}
	cache.set(key, out);
	return out;
}
