import { allRoles, requireRole } from '$lib/server/auth/guard';
import { renderCharts } from '$lib/server/dashboard/charts';
import { dashboardContext } from '$lib/server/dashboard/context';
import {
	buildDataset,
	loadNames,
	metricsFilterOf,
	trendRange
} from '$lib/server/dashboard/datasets';
import { filterOptions } from '$lib/server/dashboard/filter-options';
import { computeTrends, MetricsError } from '$lib/server/metrics';
import { filterQuery } from '$lib/schemas/dashboard-filter';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, allRoles);
	const staff = user.role !== 'board';
	const { ctx, filter } = await dashboardContext(event.locals.prefs, event.url);
	const query = filterQuery(filter.query);
	const base = {
		filter: { query: filter.query, from: filter.from, to: filter.to, invalid: filter.invalid },
		queryString: query,
		options: await filterOptions(ctx),
		staff,
		windowDays: ctx.org.reviewWindowDays,
		overdueCsv: `/api/dashboard/overdue-requests${query}${query ? '&' : '?'}format=csv`
	};
	try {
		const names = await loadNames(ctx);
		const [charts, trends, overdue] = await Promise.all([
			renderCharts(['turnaround-distribution', 'overdue-age'], ctx, filter, names),
			computeTrends(
				ctx.store,
				{ ...metricsFilterOf(filter), ...trendRange(filter), type: 'support_request' },
				{ granularity: 'month', calendar: ctx.prefs.calendar }
			),
			// the board sees figures only: no request ids
			staff ? buildDataset('overdue-requests', ctx, filter, names) : Promise.resolve(null)
		]);
		return {
			...base,
			error: null,
			charts,
			months: trends.buckets.map((b) => ({ key: b.key, from: b.from, ...b.turnaround })),
			overdue: overdue?.rows ?? null
		};
	} catch (e) {
		if (e instanceof MetricsError) {
			return {
				...base,
				error: ctx.prefs.lang === 'ar' ? e.messageAr : e.message,
				charts: [],
				months: [],
				overdue: null
			};
		}
		throw e;
	}
};
