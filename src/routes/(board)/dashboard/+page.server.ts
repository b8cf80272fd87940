import { metricsErrorText } from '$lib/i18n/metrics-messages';
import { allRoles, requireRole } from '$lib/server/auth/guard';
import { chartLinks } from '$lib/server/dashboard/charts';
import { dashboardContext } from '$lib/server/dashboard/context';
import { cached } from '$lib/server/dashboard/cache';
import {
	metricsFilterOf,
	periodFigures,
	type DashboardContext
} from '$lib/server/dashboard/dataset-context';
import { filterOptions } from '$lib/server/dashboard/filter-options';
import { formatDate } from '$lib/i18n/format';
import { computeFigures, figureChanges, MetricsError } from '$lib/server/metrics';
import { previousPeriod, periodFromDates, parsePeriodKey } from '$lib/domain/periods';
import { filterQuery, type DashboardFilter } from '$lib/schemas/dashboard-filter';
import type { PageServerLoad } from './$types';

const overviewCharts = [
	'csat-trend',
	'channel-volume',
	'turnaround-distribution',
	'overdue-age',
	'response-rate'
] as const;

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, allRoles);
	const { ctx, filter } = await dashboardContext(event.locals.prefs, event.url);
	const key = [
		'overview',
		user.role === 'board',
		filter.from,
		filter.to,
		event.url.search,
		JSON.stringify(ctx.prefs)
	].join('|');
	return cached(ctx.store, key, () => overview(ctx, filter, user.role !== 'board'));
};

async function overview(ctx: DashboardContext, filter: DashboardFilter, staff: boolean) {
	const base = {
		filter: { query: filter.query, from: filter.from, to: filter.to, invalid: filter.invalid },
		queryString: filterQuery(filter.query),
		options: await filterOptions(ctx),
		staff,
		windowDays: ctx.org.reviewWindowDays,
		windowCounting: ctx.org.windowCounting,
		minGroupSize: ctx.org.minGroupSize
	};
	try {
		// a whole calendar period is compared with the one before it; a running or custom one with
		// as many days just before it
		const period =
			filter.periodKey && filter.to !== ctx.today
				? parsePeriodKey(filter.periodKey)
				: periodFromDates(filter.from, filter.to);
		const before = previousPeriod(period);
		const [current, previous] = await Promise.all([
			periodFigures(ctx, filter),
			computeFigures(ctx.store, { ...metricsFilterOf(filter), from: before.from, to: before.to })
		]);
		const charts = chartLinks(overviewCharts, filter, ctx.prefs);
		const { csat, within_window } = figureChanges(previous, current);
		const changes = { csat: { label: csat.label }, within_window: { label: within_window.label } };
		return {
			...base,
			error: null,
			current: {
				csat: current.csat,
				nps: current.nps,
				ces: current.ces,
				responses: current.responses_total,
				interactions: current.interactions_total,
				responseRate: current.response_rate_overall,
				turnaround: current.turnaround,
				// the day the turnaround figures are seen from (the period's last day, or today)
				asOf: formatDate(new Date(current.turnaround.cutoff.getTime() - 1), {
					...ctx.prefs,
					timeZone: ctx.org.timeZone
				})
			},
			previous: {
				csat: previous.csat,
				turnaround: previous.turnaround,
				from: previous.period.from,
				to: previous.period.to
			},
			changes,
			charts
		};
	} catch (e) {
		if (e instanceof MetricsError) {
			return {
				...base,
				error: metricsErrorText(e.detail, ctx.prefs.lang),
				current: null,
				previous: null,
				changes: null,
				charts: []
			};
		}
		throw e;
	}
}
