// Assembles a board report for a period: every figure, table, sentence and chart, formatted in the
// report's language, as one JSON-serialisable object. An issued report stores exactly this object.
import { buildChart } from '../../charts/build';
import { renderChartSvg } from '../../charts/svg.server';
import {
	parsePeriodKey,
	periodInstants,
	requireSupported,
	type Period
} from '../../domain/periods';
import { reportSummary, type ChangeState } from '../../domain/report-summary';
import { formatDate, formatMonth, localeTag } from '../../i18n/format';
import { reportMessages } from '../../i18n/report-messages';
import type { Digits, Language } from '../../i18n/preferences';
import { parseDashboardFilter } from '../../schemas/dashboard-filter';
import { buildDataset } from '../dashboard/datasets';
import { loadNames, type DashboardContext } from '../dashboard/dataset-context';
import type { Store } from '../db';
import { listActions } from '../improvement-actions';
import { periodComments } from '../comments';
import { computeComparison, computeSegments, type FigureChange } from '../metrics';
import { getOrganisation } from '../organisation';
import { sql } from '../sql';
import { areasToImprove } from './areas';
import type { ReportContent } from './content';
import { reportFormat } from './report-format';
import { whatWasSaid } from './said';

/**
 * A report period: a key such as 2026-Q2, 2026-05, 2026, H1447-Q1, H1447-05, H1447, within the
 * supported days with its comparisons; throws PeriodError (both languages) otherwise.
 */
export function reportPeriod(key: string): Period {
	return requireSupported(parsePeriodKey(key), key);
}

/** The index of the first row that `has` something (the length when none does). */
function firstWith<R>(rows: readonly R[], has: (row: R) => boolean): number {
	const i = rows.findIndex(has);
	return i === -1 ? rows.length : i;
}

function stateOf(change: FigureChange): ChangeState {
	return change.label;
}

export async function buildReport(
	store: Store,
	options: { periodKey: string; lang: Language; digits?: Digits; now?: Date }
): Promise<ReportContent> {
	const org = (await getOrganisation(store))!;
	const lang = options.lang;
	const digits = options.digits ?? (lang === 'ar' ? 'arab' : 'latn');
	const prefs = {
		lang,
		digits,
		calendar: lang === 'ar' ? ('hijri' as const) : ('gregory' as const)
	};
	const t = reportMessages(lang, digits);
	const period = reportPeriod(options.periodKey);
	const { n, nFixed, pct, days, km, changeText, csatCell, npsCell, cesCell } = reportFormat(
		lang,
		digits,
		t
	);

	// months in the period's own calendar, so that the trends and the monthly table end with the
	// period (a Gregorian quarter shown in Hijri months would end in a month running past it)
	const ctx: DashboardContext = {
		store,
		org,
		prefs: { ...prefs, calendar: period.calendar },
		today: period.to
	};
	const filter = parseDashboardFilter(
		new URLSearchParams({ period: 'custom', from: period.from, to: period.to }),
		period.to
	);
	const { start, end } = periodInstants(period, org.timeZone);
	// the independent queries start together, and are awaited together: a promise left pending
	// while another is awaited would, if it failed, be a rejection nobody handles (which ends the
	// process)
	// (the names first: the tables need them; the rest all at once, so that the database's threads
	// work on one part while JavaScript assembles another)
	const names = await loadNames(ctx);
	const [comparison, segments, comments, months, chartTables] = await Promise.all([
		computeComparison(store, {}, { periodKey: options.periodKey }),
		computeSegments(store, { from: period.from, to: period.to }),
		periodComments(store, { start, end }),
		buildDataset('turnaround-months', ctx, filter, names),
		Promise.all(
			(['csat-trend', 'channel-volume', 'turnaround-distribution'] as const).map((kind) =>
				buildDataset(kind, ctx, filter, names).then((table) => ({ kind, table }))
			)
		)
	]);
	const { current, previous, changes } = comparison;

	const areas = areasToImprove(segments, current, names);

	const summary = reportSummary({
		lang,
		digits,
		csat: {
			n: current.csat.n,
			percent: current.csat.suppressed ? null : current.csat.percent,
			ciLow: current.csat.ci_low,
			ciHigh: current.csat.ci_high,
			suppressed: current.csat.suppressed
		},
		csatChange: {
			previous: stateOf(changes.previous.csat),
			yearBefore: stateOf(changes.year_before.csat),
			previousDiff: changes.previous.csat.difference
		},
		turnaround: {
			requests: current.turnaround.n_requests,
			windowClosed: current.turnaround.n_window_closed,
			withinPct: current.turnaround.within_window_pct,
			medianDays: current.turnaround.median_days,
			stillWithin: current.turnaround.still_within_window,
			overdueOpen: current.turnaround.overdue_open
		},
		withinChange: {
			previous: stateOf(changes.previous.within_window),
			yearBefore: stateOf(changes.year_before.within_window),
			previousDiff: changes.previous.within_window.difference
		},
		windowDays: org.reviewWindowDays,
		workingDays: org.windowCounting === 'working',
		areas: areas.slice(0, 6),
		format: nFixed
	});

	const keyFigures = [
		{
			label: t.csat,
			current: csatCell(current.csat),
			previous: csatCell(previous.csat),
			change: changeText(changes.previous.csat),
			n: n(current.csat.n)
		},
		{
			label: t.nps,
			current: npsCell(current.nps),
			previous: npsCell(previous.nps),
			change: '',
			n: n(current.nps.n)
		},
		{
			label: t.ces,
			current: cesCell(current.ces),
			previous: cesCell(previous.ces),
			change: '',
			n: n(current.ces.n)
		},
		{
			label: t.interactions,
			current: n(current.interactions_total),
			previous: n(previous.interactions_total),
			change: '',
			n: ''
		},
		{
			label: t.responses,
			current: n(current.responses_total),
			previous: n(previous.responses_total),
			change: '',
			n: ''
		},
		{
			// of the requests whose window had closed by the end of the period
			label: t.within,
			current: pct(current.turnaround.within_window_pct),
			previous: pct(previous.turnaround.within_window_pct),
			change: changeText(changes.previous.within_window),
			n: n(current.turnaround.n_window_closed)
		},
		{
			label: t.stillWithin,
			current: n(current.turnaround.still_within_window),
			previous: n(previous.turnaround.still_within_window),
			change: '',
			n: ''
		},
		{
			label: t.kmMedian,
			current: km(current.turnaround.median_days, current.turnaround.n_requests),
			previous: km(previous.turnaround.median_days, previous.turnaround.n_requests),
			change: '',
			n: n(current.turnaround.n_requests)
		},
		{
			label: t.kmP90,
			current: km(current.turnaround.p90_days, current.turnaround.n_requests),
			previous: km(previous.turnaround.p90_days, previous.turnaround.n_requests),
			change: '',
			n: ''
		},
		{
			label: t.decidedMedian,
			current: days(current.turnaround.decided_median_days),
			previous: days(previous.turnaround.decided_median_days),
			change: '',
			n: n(current.turnaround.n_decided)
		},
		{
			label: t.overdueAnyMonth,
			current: n(current.turnaround.overdue_open),
			previous: n(previous.turnaround.overdue_open),
			change: '',
			n: ''
		}
	];

	const channels = segments.dimensions.channel
		.filter((s) => s.interactions > 0 || s.responses > 0)
		.map((s) => ({
			name: names.segment('channel', s.key),
			interactions: n(s.interactions),
			share: current.interactions_total
				? pct((s.interactions / current.interactions_total) * 100)
				: '—',
			csat:
				s.csat.n === 0
					? t.noData
					: s.csat.suppressed
						? t.tooFew
						: `${pct(s.csat.percent)}${s.csat.scored_n < s.csat.n ? '*' : ''}`,
			responseRate: s.response_rate.ratio === null ? '—' : pct(s.response_rate.ratio * 100)
		}));

	const turnaround = {
		note: t.monthsNote,
		months: months.rows
			.filter((r) => parsePeriodKey(String(r.key)).to >= period.from)
			.map((r) => ({
				label: String(r.label),
				received: n(Number(r.n_requests)),
				decided: n(Number(r.n_decided)),
				median: km(r.median_days as number | null, Number(r.n_requests)),
				p90: km(r.p90_days as number | null, Number(r.n_requests)),
				decidedMedian: days(r.decided_median_days as number | null),
				within: pct(r.within_window_pct as number | null),
				closed: n(Number(r.n_window_closed)),
				stillWithin: n(Number(r.still_within_window)),
				overdue: n(Number(r.overdue_open))
			}))
	};

	const said = whatWasSaid(comments, names, lang, n);

	const allActions = await listActions(store);
	const inPeriod = allActions.filter((a) => {
		const created = a.created_at.getTime();
		const done = a.done_at?.getTime() ?? null;
		return (
			created < end.getTime() &&
			(a.status === 'open' ||
				a.status === 'in_progress' ||
				(done !== null && done >= start.getTime() && done < end.getTime()))
		);
	});
	const actions = inPeriod.map((a) => ({
		title: a.title,
		finding:
			a.finding_kind === 'figure'
				? t.figureFinding
				: `${t.findingKind[a.finding_kind]}: ${names.segment(a.finding_kind, a.finding_value)}`,
		team: a.team ? names.segment('team', a.team) : '',
		status: t.status[a.status],
		due: a.due_date ?? ''
	}));

	const rejected = await store.one<{ runs: number; rejected: number }>(
		sql('reports/rejected_rows'),
		{ start, end }
	);
	const suppressed: string[] = [];
	for (const dimension of ['channel', 'service', 'branch', 'team'] as const) {
		for (const s of segments.dimensions[dimension]) {
			if (s.suppressed && s.key !== null)
				suppressed.push(
					`${t.dimension[dimension]}: ${names.segment(dimension, s.key)} (${n(s.responses)})`
				);
		}
	}
	const method = {
		lines: [
			t.methodAnswers({
				c: current.csat.n,
				p: current.nps.n,
				e: current.ces.n,
				d: current.turnaround.n_requests
			}),
			t.methodTurnaround,
			t.methodIntervals,
			(org.windowCounting === 'working' ? t.methodWindowWorking : t.methodWindowCalendar)({
				w: org.reviewWindowDays
			}),
			t.methodMinGroup({ m: org.minGroupSize }),
			t.methodCalendar(period.calendar === 'hijri'),
			t.methodRejected({ rows: rejected?.rejected ?? 0, runs: rejected?.runs ?? 0 }),
			t.methodResponseRate({
				answered: current.response_rate_overall.answered,
				received: current.response_rate_overall.interactions,
				unlinked: current.response_rate_overall.unlinked
			})
		],
		suppressed
	};

	const charts = chartTables.map(({ kind, table }) => {
		// a trend starts with the first month that has answers (no empty months before the data)
		const rows =
			kind === 'csat-trend'
				? table.rows.slice(firstWith(table.rows, (r) => Number(r.n) > 0))
				: table.rows;
		const option = buildChart(kind, rows, { windowDays: org.reviewWindowDays }, ctx.prefs);
		const svg = renderChartSvg(
			option,
			{ width: 680, height: 280 },
			{ rtl: lang === 'ar', label: t.chart[kind] }
		);
		return { title: t.chart[kind], svg };
	});

	const mid = periodInstants({ from: period.from, to: period.from }, org.timeZone).start;
	const periodLabel =
		period.kind === 'month'
			? formatMonth(new Date(mid.getTime() + 12 * 3_600_000), {
					lang,
					digits,
					calendar: period.calendar,
					timeZone: org.timeZone
				})
			: t.periodLabel(options.periodKey, (v) =>
					new Intl.NumberFormat(localeTag(lang, digits), {
						useGrouping: false
					}).format(v)
				);
	const dateText = (iso: string) =>
		formatDate(new Date(`${iso}T12:00:00Z`), {
			lang,
			digits,
			calendar: period.calendar,
			timeZone: 'UTC'
		});

	return {
		meta: {
			orgName: lang === 'ar' ? org.nameAr : org.nameEn,
			lang,
			digits,
			periodKey: options.periodKey,
			from: dateText(period.from),
			to: dateText(period.to),
			periodLabel,
			generatedAt: (options.now ?? new Date()).toISOString(),
			timeZone: org.timeZone,
			windowDays: org.reviewWindowDays,
			windowCounting: org.windowCounting,
			minGroupSize: org.minGroupSize,
			calendar: period.calendar
		},
		summary,
		keyFigures,
		channels,
		turnaround,
		said,
		actions,
		method,
		charts
	};
}
