// Report periods: inclusive ranges of calendar days, from explicit dates or from period keys in the
// Gregorian or the Umm al-Qura (Hijri) calendar, with the previous period and the year before.
import { periodErrorText, type PeriodErrorDetail } from '../i18n/period-messages';
import { z } from 'zod';
import { hijriDate, monthRange, type CalendarSystem } from './calendar-month';
import { addDays, instantOf, pad, parseIsoDate } from './zoned-time';
import { CodedError } from './coded-error';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'custom';

export interface Period {
	/** first day, `YYYY-MM-DD` (Gregorian), inclusive */
	from: string;
	/** last day, inclusive */
	to: string;
	/** the report key (`2026-Q2`, `2026-H1`, `2026-05`, `2026`, `H1447-Q1`, `H1447-05`, `H1447`); null for custom dates */
	key: string | null;
	kind: PeriodKind;
	calendar: CalendarSystem;
}

/** A period the app refuses; the words are in i18n/period-messages.ts (`periodErrorText`). */
export class PeriodError extends CodedError<PeriodErrorDetail> {
	constructor(detail: PeriodErrorDetail) {
		super(detail, periodErrorText);
		this.name = 'PeriodError';
	}
}

/**
 * The calendar days the app can place in both calendars: 1 Muharram 1356 (1937-03-14) to the last
 * day of Hijri 1500 (2077-11-16), the days whose Gregorian year is 1937–2077 and Hijri year
 * 1356–1500. A period is supported when it, the period before it and the same period a year
 * before (the comparisons every figure is shown beside) lie within these days.
 */
export const SUPPORTED_DAYS = { first: '1937-03-14', last: '2077-11-16' } as const;

/** the dashboard filter schema's own (English) message for an unsupported range */
const unsupportedMessage = {
	en: `periods from ${SUPPORTED_DAYS.first} to ${SUPPORTED_DAYS.last} (Hijri 1356–1500) are supported, with the period before and the year before inside them`
};

const withinSupported = (p: { from: string; to: string }) =>
	p.from >= SUPPORTED_DAYS.first && p.to <= SUPPORTED_DAYS.last;

/** Whether a period and its comparisons (the period before, the year before) are supported. */
export function periodSupported(p: Period): boolean {
	if (!withinSupported(p)) return false;
	try {
		return withinSupported(previousPeriod(p)) && withinSupported(yearBefore(p));
	} catch (error) {
		if (error instanceof PeriodError) return false;
		throw error;
	}
}

/** Throws PeriodError (in both languages) unless the period is supported. */
export function requireSupported(p: Period, label: string): Period {
	if (periodSupported(p)) return p;
	throw new PeriodError({
		code: 'unsupported',
		label,
		first: SUPPORTED_DAYS.first,
		last: SUPPORTED_DAYS.last
	});
}

const isoDate = z.string().refine((s) => parseIsoDate(s) !== undefined, {
	message: 'must be a date as YYYY-MM-DD'
});

const bothDates = (p: { from: string; to: string }) =>
	parseIsoDate(p.from) !== undefined && parseIsoDate(p.to) !== undefined;

/** zod schema for `{ from, to }` with from ≤ to and at most 10 years between them. */
export const periodDatesSchema = z
	.object({ from: isoDate, to: isoDate })
	.refine((p) => !bothDates(p) || p.from <= p.to, {
		message: '"from" must not be after "to"',
		path: ['to']
	})
	.refine((p) => !bothDates(p) || p.from > p.to || p.to <= addDays(p.from, 3660), {
		message: 'a period may span at most 10 years',
		path: ['to']
	})
	.refine((p) => !bothDates(p) || withinSupported(p), {
		message: `dates from ${SUPPORTED_DAYS.first} to ${SUPPORTED_DAYS.last} (Hijri 1356–1500) are supported`,
		path: ['to']
	});

/**
 * A period chosen by a person (the dashboard's dates): valid, and supported with its comparisons
 * (the period before and the year before, which every figure is shown beside).
 */
export const chosenPeriodSchema = periodDatesSchema.refine(
	// (zod runs this refinement even when the ones before failed: only whole, ordered dates are
	// checked here, the others are already reported)
	(p) =>
		!bothDates(p) ||
		p.from > p.to ||
		periodSupported({ from: p.from, to: p.to, key: null, kind: 'custom', calendar: 'gregory' }),
	{ message: unsupportedMessage.en, path: ['to'] }
);

/** zod schema for a period key. */
export const periodKeySchema = z.string().regex(/^(H?)(\d{4})(?:-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$/, {
	message: 'must look like 2026, 2026-H1, 2026-Q2, 2026-05, H1447, H1447-H2, H1447-Q1 or H1447-05'
});

const GREGORY_YEARS = [1937, 2077] as const;
const HIJRI_YEARS = [1356, 1500] as const;

function firstMessage(error: z.ZodError): string {
	return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message)[0]!;
}

/** A custom period from two dates; throws PeriodError with a clear message when invalid. */
export function periodFromDates(from: string, to: string): Period {
	const parsed = periodDatesSchema.safeParse({ from, to });
	if (!parsed.success)
		throw new PeriodError({ code: 'invalidDates', problem: firstMessage(parsed.error) });
	return { from, to, key: null, kind: 'custom', calendar: 'gregory' };
}

const ANCHOR_HIJRI_NEW_YEAR = '2025-06-26'; // 1 Muharram 1447 (Umm al-Qura)
const MEAN_HIJRI_MONTH = 29.530588;

/** The Gregorian date of the first day of Hijri month `month` (1–12) of Hijri `year`. */
export function hijriMonthStart(year: number, month: number): string {
	const monthsFromAnchor = (year - 1447) * 12 + (month - 1);
	const estimate = addDays(ANCHOR_HIJRI_NEW_YEAR, Math.round(monthsFromAnchor * MEAN_HIJRI_MONTH));
	const h = hijriDate(estimate);
	let first = addDays(estimate, 1 - h.day);
	const diff = (year - h.year) * 12 + (month - h.month);
	if (diff !== 0) first = monthRange(first, 'hijri', diff).first;
	const check = hijriDate(first);
	if (check.year !== year || check.month !== month || check.day !== 1) {
		throw new PeriodError({ code: 'hijriMonth', year, month });
	}
	return first;
}

function monthFirst(calendar: CalendarSystem, year: number, month: number): string {
	// month may run past 12 (the month after December is month 1 of the next year)
	const y = year + Math.floor((month - 1) / 12);
	const m = ((((month - 1) % 12) + 12) % 12) + 1;
	return calendar === 'gregory' ? `${y}-${pad(m)}-01` : hijriMonthStart(y, m);
}

function build(calendar: CalendarSystem, year: number, kind: PeriodKind, index: number): Period {
	const span = kind === 'year' ? 12 : kind === 'half' ? 6 : kind === 'quarter' ? 3 : 1;
	const firstMonth = (index - 1) * span + 1;
	const from = monthFirst(calendar, year, firstMonth);
	const to = addDays(monthFirst(calendar, year, firstMonth + span), -1);
	const prefix = calendar === 'hijri' ? `H${year}` : `${year}`;
	const key =
		kind === 'year'
			? prefix
			: kind === 'quarter'
				? `${prefix}-Q${index}`
				: kind === 'half'
					? `${prefix}-H${index}`
					: `${prefix}-${pad(index)}`;
	return { from, to, key, kind, calendar };
}

/** Parses a report period key into its calendar days; throws PeriodError when invalid. */
export function parsePeriodKey(key: string): Period {
	const parsed = periodKeySchema.safeParse(key);
	if (!parsed.success)
		throw new PeriodError({ code: 'invalidKey', key, problem: firstMessage(parsed.error) });
	const match = /^(H?)(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/.exec(key)!;
	const calendar: CalendarSystem = match[1] ? 'hijri' : 'gregory';
	const year = Number(match[2]);
	const [lo, hi] = calendar === 'hijri' ? HIJRI_YEARS : GREGORY_YEARS;
	if (year < lo || year > hi) {
		throw new PeriodError({ code: 'yearRange', key, lo, hi });
	}
	const part = match[3];
	if (!part) return build(calendar, year, 'year', 1);
	if (part.startsWith('Q')) return build(calendar, year, 'quarter', Number(part.slice(1)));
	if (part.startsWith('H')) return build(calendar, year, 'half', Number(part.slice(1)));
	return build(calendar, year, 'month', Number(part));
}

function keyParts(p: Period): { year: number; index: number } {
	const m = /^H?(\d{4})(?:-(?:Q|H)?(\d{1,2}))?$/.exec(p.key!)!;
	return { year: Number(m[1]), index: m[2] ? Number(m[2]) : 1 };
}

function perYear(kind: PeriodKind): number {
	return kind === 'year' ? 1 : kind === 'half' ? 2 : kind === 'quarter' ? 4 : 12;
}

/** Shifts a Gregorian date by whole years (29 February becomes 28 February). */
function shiftYears(iso: string, years: number): string {
	const d = parseIsoDate(iso)!;
	const y = d.year + years;
	const lastDay = new Date(Date.UTC(y, d.month, 0)).getUTCDate();
	return `${y}-${pad(d.month)}-${pad(Math.min(d.day, lastDay))}`;
}

/** The period just before: the previous key of the same kind, or as many days right before. */
export function previousPeriod(p: Period): Period {
	if (p.kind === 'custom' || !p.key) {
		const days = dayCount(p);
		return { ...p, from: addDays(p.from, -days), to: addDays(p.from, -1) };
	}
	const { year, index } = keyParts(p);
	const n = perYear(p.kind);
	return index > 1
		? build(p.calendar, year, p.kind, index - 1)
		: build(p.calendar, year - 1, p.kind, n);
}

/** The same period one year before (same key in the previous year, or the dates shifted a year). */
export function yearBefore(p: Period): Period {
	if (p.kind === 'custom' || !p.key) {
		return { ...p, from: shiftYears(p.from, -1), to: shiftYears(p.to, -1) };
	}
	const { year, index } = keyParts(p);
	return build(p.calendar, year - 1, p.kind, index);
}

/** Number of days in the period (both ends included). */
export function dayCount(p: Pick<Period, 'from' | 'to'>): number {
	const a = parseIsoDate(p.from)!;
	const b = parseIsoDate(p.to)!;
	return (
		(Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000 + 1
	);
}

/** The period's instants in `timeZone`: start = first instant of `from`, end = first instant after `to` (exclusive). */
export function periodInstants(
	p: Pick<Period, 'from' | 'to'>,
	timeZone: string
): { start: Date; end: Date } {
	return {
		start: instantOf(parseIsoDate(p.from)!, timeZone),
		end: instantOf(parseIsoDate(addDays(p.to, 1))!, timeZone)
	};
}

export type Granularity = 'month' | 'quarter';

export interface Bucket {
	key: string;
	from: string;
	to: string;
}

/** The bucket key of a day: `2026-05`, `2026-Q2`, `H1447-05` or `H1447-Q1`. */
export function bucketKey(iso: string, granularity: Granularity, calendar: CalendarSystem): string {
	const d = calendar === 'hijri' ? hijriDate(iso) : parseIsoDate(iso)!;
	const prefix = calendar === 'hijri' ? `H${d.year}` : `${d.year}`;
	return granularity === 'month'
		? `${prefix}-${pad(d.month)}`
		: `${prefix}-Q${Math.floor((d.month - 1) / 3) + 1}`;
}

/** The months or quarters that the period touches, each clipped to the period. */
export function periodBuckets(
	p: Pick<Period, 'from' | 'to'>,
	granularity: Granularity,
	calendar: CalendarSystem
): Bucket[] {
	const buckets: Bucket[] = [];
	let day = p.from;
	while (day <= p.to) {
		const full = parsePeriodKey(bucketKey(day, granularity, calendar));
		const to = full.to < p.to ? full.to : p.to;
		buckets.push({ key: full.key!, from: day, to });
		day = addDays(to, 1);
	}
	return buckets;
}
