// The report form's period choices, labelled in the reader's language: the days with data come
// from the daily roll-ups, today from the organisation's zone.
import { parsePeriodKey } from '../../domain/periods';
import { reportPeriodChoices } from '../../domain/report-periods';
import { isoDateIn } from '../../domain/zoned-time';
import { formatMonth, localeTag } from '../../i18n/format';
import type { Digits, Language } from '../../i18n/preferences';
import { reportMessages, reportPageMessages } from '../../i18n/report-messages';
import type { Store } from '../db';
import { ensureRollups } from '../metrics';
import { getOrganisation } from '../organisation';
import { sql } from '../sql';

export interface PeriodOption {
	key: string;
	label: string;
}

export interface PeriodOptionGroup {
	label: string;
	options: PeriodOption[];
}

/** A period key as a reader sees it, e.g. "الربع ٣ من ٢٠٢٦" or "Ramadan 1447 AH". */
export function periodChoiceLabel(key: string, lang: Language, digits: Digits): string {
	const p = parsePeriodKey(key);
	if (p.kind === 'month') {
		// the middle of the month, so that no calendar's edge can move it to a neighbour
		const [y, m, d] = p.from.split('-').map(Number) as [number, number, number];
		return formatMonth(new Date(Date.UTC(y, m - 1, d + 14, 12)), {
			lang,
			digits,
			calendar: p.calendar,
			timeZone: 'UTC'
		});
	}
	const n = (v: number) =>
		new Intl.NumberFormat(localeTag(lang, digits), { useGrouping: false }).format(v);
	return reportMessages(lang, digits).periodLabel(key, n);
}

export async function reportPeriodOptions(
	store: Store,
	prefs: { lang: Language; digits: Digits },
	now = new Date()
): Promise<{ groups: PeriodOptionGroup[]; preselected: string; hasData: boolean }> {
	const org = (await getOrganisation(store))!;
	await ensureRollups(store, org.timeZone);
	const dataDays = (await store.all<{ day: string }>(sql('reports/data_days'))).map((r) => r.day);
	const { groups, preselected } = reportPeriodChoices({
		today: isoDateIn(now, org.timeZone),
		dataDays
	});
	const t = reportPageMessages(prefs.lang);
	return {
		hasData: dataDays.length > 0,
		preselected,
		groups: groups.map((g) => ({
			label: t.groups[g.kind][g.calendar],
			options: g.choices.map((c) => {
				const notes = [c.hasData ? '' : t.noData, c.complete ? '' : t.running].filter(Boolean);
				const label = periodChoiceLabel(c.key, prefs.lang, prefs.digits);
				return {
					key: c.key,
					label: notes.length
						? `${label} (${notes.join(prefs.lang === 'ar' ? '، ' : ', ')})`
						: label
				};
			})
		}))
	};
}
