// The periods a board report can be prepared for, offered as choices rather than typed: years,
// halves, quarters and months in the Gregorian and the Umm al-Qura (Hijri) calendar, from the
// first day with data (or a year back) up to the period running today; periods with data first,
// and a period with data preselected (see preselectedPeriod).
import { hijriDate, type CalendarSystem } from './calendar-month';
import {
	bucketKey,
	parsePeriodKey,
	periodSupported,
	type Period,
	type PeriodKind
} from './periods';
import { addDays, parseIsoDate } from './zoned-time';

export type ReportPeriodKind = Exclude<PeriodKind, 'custom'>;

export interface PeriodChoice {
	key: string;
	/** whether any interaction or answer falls in it */
	hasData: boolean;
	/** whether it has ended by today */
	complete: boolean;
}

export interface PeriodChoiceGroup {
	kind: ReportPeriodKind;
	calendar: CalendarSystem;
	choices: PeriodChoice[];
}

/** The order of the groups: quarters, months, halves, years; Gregorian before Hijri. */
export const choiceGroupOrder: { kind: ReportPeriodKind; calendar: CalendarSystem }[] = [
	{ kind: 'quarter', calendar: 'gregory' },
	{ kind: 'quarter', calendar: 'hijri' },
	{ kind: 'month', calendar: 'gregory' },
	{ kind: 'month', calendar: 'hijri' },
	{ kind: 'half', calendar: 'gregory' },
	{ kind: 'half', calendar: 'hijri' },
	{ kind: 'year', calendar: 'gregory' },
	{ kind: 'year', calendar: 'hijri' }
];

/** The key of the period of `kind` in `calendar` that holds the day `iso` (YYYY-MM-DD). */
export function periodKeyOfDay(
	iso: string,
	kind: ReportPeriodKind,
	calendar: CalendarSystem
): string {
	if (kind === 'month' || kind === 'quarter') return bucketKey(iso, kind, calendar);
	const d = calendar === 'hijri' ? hijriDate(iso) : parseIsoDate(iso)!;
	const prefix = calendar === 'hijri' ? `H${d.year}` : `${d.year}`;
	return kind === 'year' ? prefix : `${prefix}-H${d.month <= 6 ? 1 : 2}`;
}

/** The last Gregorian quarter that has wholly ended before `today` (YYYY-MM-DD). */
export function lastCompleteQuarter(today: string): string {
	const current = parsePeriodKey(bucketKey(today, 'quarter', 'gregory'));
	return bucketKey(addDays(current.from, -1), 'quarter', 'gregory');
}

/** The period of the same kind and calendar just before `p` (by its first day). */
function before(p: Period): Period {
	return parsePeriodKey(
		periodKeyOfDay(addDays(p.from, -1), p.kind as ReportPeriodKind, p.calendar)
	);
}

/**
 * The choices for the report form. `dataDays` are the days (YYYY-MM-DD, in the organisation's
 * zone) with interactions or answers, in any order. Each group runs from the period holding the
 * first day with data (or the day a year before today, when that is earlier or there is no data)
 * to the period running today; within a group, the periods with data come first, newest first.
 */
export function reportPeriodChoices(input: { today: string; dataDays: readonly string[] }): {
	groups: PeriodChoiceGroup[];
	preselected: string;
} {
	const { today } = input;
	const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 7)}-01`;
	let first = yearAgo;
	for (const day of input.dataDays) if (day < first) first = day;
	const groups = choiceGroupOrder.map(({ kind, calendar }) => {
		const withData = new Set(input.dataDays.map((d) => periodKeyOfDay(d, kind, calendar)));
		const periods: Period[] = [];
		let p = parsePeriodKey(periodKeyOfDay(today, kind, calendar));
		while (p.to >= first && periodSupported(p)) {
			periods.push(p);
			p = before(p);
		}
		const choices = periods.map((q) => ({
			key: q.key!,
			hasData: withData.has(q.key!),
			complete: q.to < today
		}));
		return {
			kind,
			calendar,
			choices: [...choices.filter((c) => c.hasData), ...choices.filter((c) => !c.hasData)]
		};
	});
	return { groups, preselected: preselectedPeriod(groups, today) };
}

/**
 * The choice the form opens on: the last complete Gregorian quarter when it has data; else the
 * newest complete Gregorian month with data (a new association's first weeks); else the newest
 * Gregorian quarter or month with data, though still running; else the last complete quarter.
 */
function preselectedPeriod(groups: PeriodChoiceGroup[], today: string): string {
	const quarter = lastCompleteQuarter(today);
	const gregorian = (kind: ReportPeriodKind) =>
		groups.find((g) => g.kind === kind && g.calendar === 'gregory')!.choices;
	const newest = (choices: PeriodChoice[]) => choices.find((c) => c.hasData)?.key;
	if (gregorian('quarter').some((c) => c.key === quarter && c.hasData)) return quarter;
	return (
		newest(gregorian('month').filter((c) => c.complete)) ??
		newest(gregorian('quarter')) ??
		newest(gregorian('month')) ??
		quarter
	);
}
