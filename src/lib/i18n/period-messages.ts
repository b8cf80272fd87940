// Why a report or dashboard period was refused, in Arabic and English. The period code
// (src/lib/domain/periods.ts) throws PeriodError with a code and values; the words are here.
import { bindMessages, icu } from './icu';
import type { Language } from './preferences';

const ar = {
	unsupported: icu<{ label: string; first: string; last: string }>(
		'الفترة «{label}» غير صالحة: الفترات المدعومة من {first} إلى {last} (من 1356 إلى 1500 هـ)، على أن تقع فيها الفترة السابقة والفترة نفسها قبل سنة.'
	),
	invalidKey: icu<{ key: string; problem: string }>(
		'الفترة «{key}» غير صالحة: تكتب مثل 2026 أو 2026-H1 أو 2026-Q2 أو 2026-05 أو H1447 أو H1447-H2 أو H1447-Q1 أو H1447-05'
	),
	yearRange: icu<{ key: string; lo: string; hi: string }>(
		'الفترة «{key}» غير صالحة: السنة بين {lo} و{hi}.'
	),
	// the problem comes from the date schema, in English, as before
	invalidDates: icu<{ problem: string }>('Invalid period: {problem}'),
	hijriMonth: icu<{ year: string; month: string }>(
		'Cannot place Hijri month {year}-{month} in the calendar.'
	)
};

const en: typeof ar = {
	unsupported: icu<{ label: string; first: string; last: string }>(
		'Invalid period "{label}": periods from {first} to {last} (Hijri 1356–1500) are supported, with the period before and the year before inside them.'
	),
	invalidKey: icu<{ key: string; problem: string }>('Invalid period "{key}": {problem}'),
	yearRange: icu<{ key: string; lo: string; hi: string }>(
		'Invalid period "{key}": the year must be between {lo} and {hi}.'
	),
	invalidDates: icu<{ problem: string }>('Invalid period: {problem}'),
	hijriMonth: icu<{ year: string; month: string }>(
		'Cannot place Hijri month {year}-{month} in the calendar.'
	)
};

export const periodCatalogue = { ar, en };

/** Why a period was refused: a code and the values its message needs. */
export type PeriodErrorDetail =
	| { code: 'unsupported'; label: string; first: string; last: string }
	| { code: 'invalidKey'; key: string; problem: string }
	| { code: 'yearRange'; key: string; lo: number; hi: number }
	| { code: 'invalidDates'; problem: string }
	| { code: 'hijriMonth'; year: number; month: number };

/** A refused period in words, in `lang` (years as written in the key, without grouping). */
export function periodErrorText(detail: PeriodErrorDetail, lang: Language): string {
	const t = bindMessages(periodCatalogue[lang], lang, 'latn');
	switch (detail.code) {
		case 'unsupported':
			return t.unsupported(detail);
		case 'invalidKey':
			return t.invalidKey(detail);
		case 'yearRange':
			return t.yearRange({ key: detail.key, lo: String(detail.lo), hi: String(detail.hi) });
		case 'invalidDates':
			return t.invalidDates(detail);
		case 'hijriMonth':
			return t.hijriMonth({ year: String(detail.year), month: String(detail.month) });
	}
}
