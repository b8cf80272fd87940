// Months of the Gregorian or the Umm al-Qura (Hijri) calendar as ranges of calendar days.
import { addDays, monthStart, parseIsoDate } from './zoned-time';

export type CalendarSystem = 'gregory' | 'hijri';

const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
	timeZone: 'UTC',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric'
});

/** The Umm al-Qura date of a calendar day, e.g. 2026-02-18 → { year: 1447, month: 9, day: 1 }. */
export function hijriDate(iso: string): { year: number; month: number; day: number } {
	const d = parseIsoDate(iso);
	if (!d) throw new Error(`Not a date: ${iso}`);
	const parts: Record<string, number> = {};
	for (const part of hijriFormat.formatToParts(
		new Date(Date.UTC(d.year, d.month - 1, d.day, 12))
	)) {
		if (part.type === 'year' || part.type === 'month' || part.type === 'day') {
			parts[part.type] = Number.parseInt(part.value, 10);
		}
	}
	return { year: parts.year!, month: parts.month!, day: parts.day! };
}

function hijriMonthFirst(iso: string): string {
	return addDays(iso, 1 - hijriDate(iso).day);
}

/**
 * The month `offset` months from the one holding `iso`, in `calendar`, as its first day and the
 * first day of the month after it (exclusive end), both `YYYY-MM-DD` Gregorian.
 */
export function monthRange(
	iso: string,
	calendar: CalendarSystem,
	offset = 0
): { first: string; next: string } {
	if (calendar === 'gregory')
		return { first: monthStart(iso, offset), next: monthStart(iso, offset + 1) };
	let first = hijriMonthFirst(iso);
	for (let i = 0; i < offset; i++) first = hijriMonthFirst(addDays(first, 30));
	for (let i = 0; i > offset; i--) first = hijriMonthFirst(addDays(first, -1));
	return { first, next: hijriMonthFirst(addDays(first, 30)) };
}
