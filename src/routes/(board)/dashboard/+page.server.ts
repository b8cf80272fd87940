import { allRoles, requireRole } from '$lib/server/auth/guard';
import { renderCharts } from '$lib/server/dashboard/charts';
import { dashboardContext } from '$lib/server/dashboard/context';
import { loadNames, metricsFilterOf } from '$lib/server/dashboard/datasets';
import { filterOptions } from '$lib/server/dashboard/filter-options';
import { computeComparison, MetricsError } from '$lib/server/metrics';
import { filterQuery } from '$lib/schemas/dashboard-filter';
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
	const base = {
		filter: { query: filter.query, from: filter.from, to: filter.to, invalid: filter.invalid },
		queryString: filterQuery(filter.query),
		options: await filterOptions(ctx),
		staff: user.role !== 'board',
		windowDays: ctx.org.reviewWindowDays,
		windowCounting: ctx.org.windowCounting,
		minGroupSize: ctx.org.minGroupSize
	};
	try {
		const names = await loadNames(ctx);
		// a running period is compared with as many days just before it
		const comparison = await computeComparison(
			ctx.store,
			metricsFilterOf(filter),
			filter.periodKey && filter.to !== ctx.today ? { periodKey: filter.periodKey } : {}
		);
		const charts = await renderCharts(overviewCharts, ctx, filter, names);
		const { current, previous, changes } = comparison;
		return {
			...base,
			error: null,
			current: {
				csat: current.csat,
				nps: current.nps,
				ces: current.ces,
				responses: current.responses_total,
				interactions: current.interactions_total,
				turnaround: current.turnaround
			},
			previous: {
				csat: previous.csat,
				turnaround: previous.turnaround,
				from: previous.period.from,
				to: previous.period.to
			},
			changes: changes.previous,
			charts
		};
	} catch (e) {
		if (e instanceof MetricsError) {
			return {
				...base,
				error: ctx.prefs.lang === 'ar' ? e.messageAr : e.message,
				current: null,
				previous: null,
				changes: null,
				charts: []
			};
		}
		throw e;
	}
};
