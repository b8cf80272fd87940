import { chartKinds } from '$lib/charts/build';
import { allRoles, requireRole } from '$lib/server/auth/guard';
import { chartLinks } from '$lib/server/dashboard/charts';
import { dashboardContext } from '$lib/server/dashboard/context';
import { cached } from '$lib/server/dashboard/cache';
import {
	metricsFilterOf,
	periodFigures,
	type DashboardContext
} from '$lib/server/dashboard/dataset-context';
import { figuresOrError, filterBar } from '$lib/server/dashboard/page';
import { formatDate } from '$lib/i18n/format';
import { computeFigures, figureChanges } from '$lib/server/metrics';
import { previousPeriod, periodFromDates, parsePeriodKey } from '$lib/domain/periods';
import type { DashboardFilter } from '$lib/schemas/dashboard-filter';
import type { PageServerLoad } from './$types';

/** the overview shows every chart there is */
const overviewCharts = chartKinds;

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, allRoles);
	const { ctx, filter } = await dashboardContext(event.locals.prefs, event.url, event.cookies);
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
		...(await filterBar(ctx, filter)),
		staff,
		windowDays: ctx.org.reviewWindowDays,
		windowCounting: ctx.org.windowCounting,
		minGroupSize: ctx.org.minGroupSize
	};
	const figures = await figuresOrError(
		ctx,
		async () => {
			// a whole calendar period is compared with the one before it; a running or custom one
			// with as many days just before it
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
			const changes = {
				csat: { label: csat.label },
				within_window: { label: within_window.label }
			};
			return {
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
		},
		{ current: null, previous: null, changes: null, charts: [] }
	);
	return { ...base, ...figures };
}
