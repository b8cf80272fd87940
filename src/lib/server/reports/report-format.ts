// How a report writes its figures: numbers in the report's digits, percentages, days, Kaplan–Meier
// figures ("not reached"), change labels, and score cells with their 95% interval and the `*` of a
// score from part of its group's answers.
import { formatNumber, localeTag } from '../../i18n/format';
import type { Digits, Language } from '../../i18n/preferences';
import type { reportMessages } from '../../i18n/report-messages';
import type { FigureChange, Figures } from '../metrics';

export function reportFormat(lang: Language, digits: Digits, t: ReturnType<typeof reportMessages>) {
	const n = (v: number, d = 0) => formatNumber(v, { lang, digits, maximumFractionDigits: d });
	const nFixed = (v: number, d = 0) =>
		new Intl.NumberFormat(localeTag(lang, digits), {
			minimumFractionDigits: d,
			maximumFractionDigits: d
		}).format(v);
	const pct = (v: number | null) => (v === null ? '—' : `${nFixed(v, 1)}%`);
	const days = (v: number | null) => (v === null ? '—' : nFixed(v, 1));
	/** a Kaplan–Meier figure: days, or "not reached" when fewer than half (90%) are estimated decided */
	const km = (v: number | null, requests: number) =>
		v !== null ? nFixed(v, 1) : requests > 0 ? t.notReached : '—';

	const changeText = (c: FigureChange) => t.change[c.label];
	const score = (f: Figures['csat'] | Figures['nps'] | Figures['ces']) =>
		f.n === 0 ? t.noData : f.suppressed ? t.tooFew : '';
	/** a score with its 95% interval in brackets, e.g. "33.3 (−5.1–62.0)" */
	const withInterval = (
		value: string,
		low: number | null,
		high: number | null,
		digits: number,
		unit = ''
	) =>
		low === null || high === null
			? value
			: `${value} (${nFixed(low, digits)}–${nFixed(high, digits)}${unit})`;
	/** `*` marks a score from part of its group's answers (the anonymity blocks wholly inside) */
	const part = (f: { n: number; scored_n: number }) => (f.scored_n < f.n ? '*' : '');
	const csatCell = (f: Figures['csat']) =>
		score(f) || withInterval(pct(f.percent), f.ci_low, f.ci_high, 1, '%') + part(f);
	const npsCell = (f: Figures['nps']) =>
		score(f) || withInterval(nFixed(f.score ?? 0, 1), f.ci_low, f.ci_high, 1) + part(f);
	const cesCell = (f: Figures['ces']) =>
		score(f) || withInterval(nFixed(f.mean ?? 0, 2), f.ci_low, f.ci_high, 2) + part(f);
	return { n, nFixed, pct, days, km, changeText, csatCell, npsCell, cesCell };
}
