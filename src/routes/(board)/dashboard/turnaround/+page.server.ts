import { metricsErrorText } from '$lib/i18n/metrics-messages';
import { allRoles, requireRole } from '$lib/server/auth/guard';
import { chartLinks } from '$lib/server/dashboard/charts';
import { dashboardContext } from '$lib/server/dashboard/context';
import { buildDataset } from '$lib/server/dashboard/datasets';
import { loadNames } from '$lib/server/dashboard/dataset-context';
import { filterOptions } from '$lib/server/dashboard/filter-options';
import { MetricsError } from '$lib/server/metrics';
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
		overdueCsv: `/api/dashboard/overdue-requests${query}${query ? '&' : '?'}format=csv`,
		overdueXlsx: `/api/dashboard/overdue-requests${query}${query ? '&' : '?'}format=xlsx`,
		monthsCsv: `/api/dashboard/turnaround-months${query}${query ? '&' : '?'}format=csv`,
		monthsXlsx: `/api/dashboard/turnaround-months${query}${query ? '&' : '?'}format=xlsx`
	};
	try {
		const names = await loadNames(ctx);
		const charts = chartLinks(['turnaround-distribution', 'overdue-age'], filter, ctx.prefs);
		const [trends, overdue] = await Promise.all([
			buildDataset('turnaround-months', ctx, filter, names),
			// the board sees figures only: no request ids
			staff ? buildDataset('overdue-requests', ctx, filter, names) : Promise.resolve(null)
		]);
		return {
			...base,
			error: null,
			charts,
			months: trends.rows,
			overdue: overdue?.rows ?? null
		};
	} catch (e) {
		if (e instanceof MetricsError) {
			return {
				...base,
				error: metricsErrorText(e.detail, ctx.prefs.lang),
				charts: [],
				months: [],
				overdue: null
			};
		}
		throw e;
	}
};
