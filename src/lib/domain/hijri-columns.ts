// Whether a file's header says its dates are Hijri («التاريخ الهجري», «تاريخ الاستلام (هـ)»,
// "Hijri date"), and the header without its calendar word, for matching it to a column by name.
import { normalizeArabic } from './arabic';

// on normalised text (normalizeArabic: ى → ي, no tatweel (هـ → ه), punctuation → spaces, lower case)
const hijriWord = /(^| )(ال)?هجري( |$)|(^| )ه( |$)|(^| )hijri( |$)|(^| )hijra( |$)|(^| )ah( |$)/;
const calendarWords =
	/(^| )((ال)?هجري|ه|hijri|hijra|ah|(ال)?ميلادي|م|gregorian|ad|ce|بالهجري|بالميلادي|in hijri)(?= |$)/g;

/** Whether a header names its dates as Hijri (Umm al-Qura). */
export function declaresHijri(header: string): boolean {
	return hijriWord.test(normalizeArabic(header));
}

/** A normalised header without the words naming a calendar («تاريخ الاستلام الهجري» → «تاريخ الاستلام»). */
export function withoutCalendarWord(normalizedHeader: string): string {
	return normalizedHeader.replace(calendarWords, ' ').replace(/\s+/g, ' ').trim();
}
