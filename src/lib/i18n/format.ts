// Numbers and dates in the person's language, digits and calendar, always in an explicit zone.
import type { Calendar, Digits, Language } from './preferences';

export interface FormatOptions {
	lang: Language;
	digits: Digits;
}

/** The BCP 47 locale of a language, digits and calendar, e.g. ar-SA-u-ca-islamic-umalqura-nu-arab. */
export function localeTag(lang: Language, digits: Digits, calendar?: Calendar): string {
	const base = lang === 'ar' ? 'ar-SA' : 'en-GB';
	const ca =
		calendar === undefined ? '' : calendar === 'hijri' ? '-ca-islamic-umalqura' : '-ca-gregory';
	return `${base}-u${ca}-nu-${digits}`;
}

/** A whole or decimal number with grouping, e.g. 12,345 or ١٢٬٣٤٥. */
export function formatNumber(
	value: number,
	options: FormatOptions & { maximumFractionDigits?: number }
): string {
	return new Intl.NumberFormat(localeTag(options.lang, options.digits), {
		maximumFractionDigits: options.maximumFractionDigits ?? 0
	}).format(value);
}

/** Where and how a date is written: the person's language, digits and calendar, in a zone. */
export type DateFormatOptions = FormatOptions & { calendar: Calendar; timeZone: string };

function formatInCalendar(
	instant: Date,
	options: DateFormatOptions,
	fields: Pick<Intl.DateTimeFormatOptions, 'day' | 'month' | 'year'>
): string {
	return new Intl.DateTimeFormat(localeTag(options.lang, options.digits, options.calendar), {
		timeZone: options.timeZone,
		...fields
	}).format(instant);
}

/** A calendar day, e.g. "٢ جمادى الأولى ١٤٤٨ هـ" or "22 November 2026", in `timeZone`. */
export function formatDate(instant: Date, options: DateFormatOptions): string {
	return formatInCalendar(instant, options, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A month and year, e.g. "جمادى الأولى ١٤٤٨ هـ" or "November 2026", in `timeZone`. */
export function formatMonth(instant: Date, options: DateFormatOptions): string {
	return formatInCalendar(instant, options, { month: 'long', year: 'numeric' });
}
