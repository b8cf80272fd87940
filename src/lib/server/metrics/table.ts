// The metrics as a plain-text table in Arabic or English (the CLI's output without --json).
import { formatNumber, localeTag } from '../../i18n/format';
import { metricsMessages } from '../../i18n/metrics-messages';
import type { Digits, Language } from '../../i18n/preferences';
import type { Figures } from './types';

export interface ChannelName {
	code: string;
	name_ar: string;
	name_en: string;
}

function width(text: string): number {
	return [...text.replace(/[\u064B-\u065F\u0670]/g, '')].length;
}

function padEnd(text: string, n: number): string {
	return text + ' '.repeat(Math.max(0, n - width(text)));
}

/** Renders the figures as lines of text; nothing rounded in the data, only in this display. */
export function metricsTable(
	f: Figures,
	channels: ChannelName[],
	options: { lang: Language; digits?: Digits }
): string {
	const fmt = { lang: options.lang, digits: options.digits ?? 'latn' };
	const t = metricsMessages(options.lang, fmt.digits);
	const num = (v: number, digits = 0) => formatNumber(v, { ...fmt, maximumFractionDigits: digits });
	const pct = (v: number) => `${num(v, 1)}%`;
	const dayUnit = f.period.window_counting === 'working' ? t.workingDays : t.days;
	const score = (
		value: number | null,
		suppressed: boolean,
		n: number,
		render: (v: number) => string
	) => (n === 0 ? t.noData : suppressed || value === null ? t.tooFew : render(value));

	/** the answers a score rests on: all of the group's, or the part in whole anonymity blocks */
	const answered = (s: { n: number; scored_n: number; suppressed: boolean }) =>
		!s.suppressed && s.scored_n < s.n ? `${num(s.scored_n)} / ${num(s.n)} (${t.pooled})` : num(s.n);

	const lines: string[] = [];
	lines.push(`${t.title}: ${f.period.from} – ${f.period.to}`);
	lines.push(
		`${t.zone}: ${f.period.zone} · ${t.reviewWindow}: ${(f.period.window_counting === 'working' ? t.windowWorkingDays : t.windowDays)({ n: f.period.review_window_days })}`
	);
	const filters = Object.entries(f.filter).filter(([, v]) => v !== undefined);
	if (filters.length) lines.push(`${t.filter}: ${filters.map(([k, v]) => `${k}=${v}`).join(', ')}`);
	lines.push('');
	lines.push(`${t.interactions}: ${num(f.interactions_total)}`);
	const rows = Object.keys(f.by_channel).map((code) => {
		const c = channels.find((x) => x.code === code);
		const name = c ? (options.lang === 'ar' ? c.name_ar : c.name_en) : code;
		const n = f.by_channel[code]!;
		const rate = f.response_rate[code]!;
		return [
			name,
			num(n),
			f.interactions_total ? pct((n / f.interactions_total) * 100) : '–',
			rate.ratio === null ? '–' : pct(rate.ratio * 100)
		];
	});
	const header = [t.channel, t.count, t.share, t.responseRate];
	const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
	for (const r of [header, ...rows])
		lines.push('  ' + r.map((c, i) => padEnd(c, widths[i]!)).join('  '));
	const overall = f.response_rate_overall;
	lines.push(
		`${t.responseRateAll}: ${overall.ratio === null ? '–' : pct(overall.ratio * 100)} (${num(overall.answered)} / ${num(overall.interactions)})`
	);
	lines.push(`  ${t.responseRateMeans}`);
	if (overall.unlinked > 0) lines.push(`  ${t.unlinked({ n: overall.unlinked })}`);
	lines.push('');
	lines.push(`${t.satisfaction}:`);
	lines.push(
		`  ${t.csat}: ${score(f.csat.percent, f.csat.suppressed, f.csat.n, (v) => `${pct(v)} (${t.interval}: ${pct(f.csat.ci_low!)} – ${pct(f.csat.ci_high!)})`)} · ${t.answers}: ${answered(f.csat)}`
	);
	lines.push(
		`  ${t.csatMean}: ${score(f.csat.mean, f.csat.suppressed, f.csat.n, (v) => num(v, 2))}`
	);
	lines.push(
		`  ${t.nps}: ${score(f.nps.score, f.nps.suppressed, f.nps.n, (v) => `${num(v, 1)} (${t.interval}: ${num(f.nps.ci_low!, 1)} – ${num(f.nps.ci_high!, 1)})`)} · ${t.answers}: ${answered(f.nps)}`
	);
	lines.push(
		`  ${t.ces}: ${score(f.ces.mean, f.ces.suppressed, f.ces.n, (v) => (f.ces.ci_low === null || f.ces.ci_high === null ? num(v, 2) : `${num(v, 2)} (${t.interval}: ${num(f.ces.ci_low, 2)} – ${num(f.ces.ci_high, 2)})`))} · ${t.answers}: ${answered(f.ces)}`
	);
	lines.push('');
	const ta = f.turnaround;
	const daysOf = (v: number | null, reached: boolean) =>
		v !== null
			? `${num(v, 1)} ${dayUnit}`
			: ta.n_requests > 0 && !reached
				? t.notReached
				: t.noData;
	const cutoff = ta.cutoff.toLocaleString(localeTag(options.lang, fmt.digits, 'gregory'), {
		timeZone: f.period.zone,
		numberingSystem: fmt.digits,
		dateStyle: 'medium',
		timeStyle: 'short'
	});
	lines.push(`${t.turnaround} (${t.asOf} ${cutoff}):`);
	lines.push(`  ${t.received}: ${num(ta.n_requests)} · ${t.decided}: ${num(ta.n_decided)}`);
	lines.push(`  ${t.median}: ${daysOf(ta.median_days, ta.median_reached)}`);
	lines.push(`  ${t.p90}: ${daysOf(ta.p90_days, ta.p90_reached)}`);
	lines.push(
		`  ${t.decidedMedian}: ${ta.decided_median_days === null ? t.noData : `${num(ta.decided_median_days, 1)} ${dayUnit}`}`
	);
	lines.push(
		`  ${t.withinWindow}: ${ta.within_window_pct === null ? t.noData : `${pct(ta.within_window_pct)} (${t.withinOf({ x: ta.within_window ?? 0, n: ta.n_window_closed })})`}`
	);
	lines.push(
		`  ${t.stillWithin}: ${num(ta.still_within_window)}${ta.still_within_window > 0 && ta.still_within_window_decided !== null ? ` (${t.stillWithinDecided({ n: ta.still_within_window_decided })})` : ''}`
	);
	lines.push(`  ${t.overdueOpen}: ${num(ta.overdue_open)}`);
	return lines.join('\n');
}
