// The dashboard's period choices, resolved against today in the organisation's zone. Periods that
// are still running end today, so "overdue at the end of the period" means overdue now.
import { bucketKey, parsePeriodKey } from './periods';
import { addDays, monthStart } from './zoned-time';

export const periodPresets = [
	'this-month',
	'last-month',
	'this-quarter',
	'this-year',
	'last-12-months',
	'hijri-month',
	'last-hijri-month',
	'hijri-quarter',
	'custom'
] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export interface ResolvedPeriod {
	from: string;
	to: string;
	/** The report key of a whole calendar period (e.g. `2026-11`, `H1448-06`), or null. */
	key: string | null;
}

function clip(from: string, to: string, today: string, key: string | null): ResolvedPeriod {
	return to > today ? { from, to: today, key } : { from, to, key };
}

function keyed(key: string, today: string): ResolvedPeriod {
	const p = parsePeriodKey(key);
	return clip(p.from, p.to, today, key);
}

/** The days of a preset period around `today` (`YYYY-MM-DD`); `custom` is not a preset. */
export function resolvePreset(
	preset: Exclude<PeriodPreset, 'custom'>,
	today: string
): ResolvedPeriod {
	switch (preset) {
		case 'this-month':
			return keyed(bucketKey(today, 'month', 'gregory'), today);
		case 'last-month':
			return keyed(bucketKey(monthStart(today, -1), 'month', 'gregory'), today);
		case 'this-quarter':
			return keyed(bucketKey(today, 'quarter', 'gregory'), today);
		case 'this-year':
			return keyed(today.slice(0, 4), today);
		case 'last-12-months':
			return { from: monthStart(today, -11), to: today, key: null };
		case 'hijri-month':
			return keyed(bucketKey(today, 'month', 'hijri'), today);
		case 'last-hijri-month': {
			const current = parsePeriodKey(bucketKey(today, 'month', 'hijri'));
			return keyed(bucketKey(addDays(current.from, -1), 'month', 'hijri'), today);
		}
		case 'hijri-quarter':
			return keyed(bucketKey(today, 'quarter', 'hijri'), today);
	}
}
