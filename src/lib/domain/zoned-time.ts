// Calendar dates and wall-clock times in a named time zone (the organisation's), via Intl only.

export interface WallTime {
	year: number;
	month: number; // 1–12
	day: number;
	hour?: number;
	minute?: number;
	second?: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = partFormatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		partFormatters.set(timeZone, formatter);
	}
	return formatter;
}

/** The wall-clock date and time of `instant` in `timeZone`. */
export function wallTimeOf(instant: Date, timeZone: string): Required<WallTime> {
	const parts: Record<string, number> = {};
	for (const part of formatterFor(timeZone).formatToParts(instant)) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	return {
		year: parts.year!,
		month: parts.month!,
		day: parts.day!,
		hour: parts.hour! % 24,
		minute: parts.minute!,
		second: parts.second!
	};
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Riyadh: +3 h). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
	const w = wallTimeOf(instant, timeZone);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
	return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` reads `wall`.
 * In a DST gap the later offset is used; in an overlap, the earlier instant.
 */
export function instantOf(wall: WallTime, timeZone: string): Date {
	const asUtc = Date.UTC(
		wall.year,
		wall.month - 1,
		wall.day,
		wall.hour ?? 0,
		wall.minute ?? 0,
		wall.second ?? 0
	);
	const first = asUtc - zoneOffsetMs(new Date(asUtc), timeZone);
	const second = asUtc - zoneOffsetMs(new Date(first), timeZone);
	return new Date(Math.min(first, second));
}

/** `YYYY-MM-DD` of `instant` in `timeZone`. */
export function isoDateIn(instant: Date, timeZone: string): string {
	const w = wallTimeOf(instant, timeZone);
	return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

export function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** Parses `YYYY-MM-DD` into a calendar date, or undefined when it is not a real date. */
export function parseIsoDate(
	text: string
): { year: number; month: number; day: number } | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const probe = new Date(Date.UTC(year, month - 1, day));
	if (
		probe.getUTCFullYear() !== year ||
		probe.getUTCMonth() !== month - 1 ||
		probe.getUTCDate() !== day
	)
		return undefined;
	return { year, month, day };
}

/** The calendar date `days` after `iso` (negative for before). */
export function addDays(iso: string, days: number): string {
	const d = parseIsoDate(iso);
	if (!d) throw new Error(`Not a date: ${iso}`);
	const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
	return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
	const d = parseIsoDate(iso);
	if (!d) throw new Error(`Not a date: ${iso}`);
	return ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;
}

/** First day of the month `months` after the month of `iso`, e.g. ('2026-11-22', -11) → '2025-12-01'. */
export function monthStart(iso: string, months = 0): string {
	const d = parseIsoDate(iso);
	if (!d) throw new Error(`Not a date: ${iso}`);
	const t = new Date(Date.UTC(d.year, d.month - 1 + months, 1));
	return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-01`;
}
