import { allRoles, requireRole } from '$lib/server/auth/guard';
import { chartLinks } from '$lib/server/dashboard/charts';
import { dashboardContext } from '$lib/server/dashboard/context';
import { buildDataset } from '$lib/server/dashboard/datasets';
import { loadNames } from '$lib/server/dashboard/dataset-context';
import { downloadUrls, figuresOrError, filterBar } from '$lib/server/dashboard/page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, allRoles);
	const staff = user.role !== 'board';
	const { ctx, filter } = await dashboardContext(event.locals.prefs, event.url, event.cookies);
	const bar = await filterBar(ctx, filter);
	const overdueUrls = downloadUrls('overdue-requests', bar.queryString);
	const monthsUrls = downloadUrls('turnaround-months', bar.queryString);
	const base = {
		...bar,
		staff,
		windowDays: ctx.org.reviewWindowDays,
		overdueCsv: overdueUrls.csv,
		overdueXlsx: overdueUrls.xlsx,
		monthsCsv: monthsUrls.csv,
		monthsXlsx: monthsUrls.xlsx
	};
	const figures = await figuresOrError(
		ctx,
		async () => {
			const names = await loadNames(ctx);
			const charts = chartLinks(['turnaround-distribution', 'overdue-age'], filter, ctx.prefs);
			const [trends, overdue] = await Promise.all([
				buildDataset('turnaround-months', ctx, filter, names),
				// the board sees figures only: no request ids
				staff ? buildDataset('overdue-requests', ctx, filter, names) : Promise.resolve(null)
			]);
			return { charts, months: trends.rows, overdue: overdue?.rows ?? null };
		},
		{ charts: [], months: [], overdue: null }
	);
	return { ...base, ...figures };
};
