// Server-side rendering of the dashboard's charts: dataset → option (shared builder) → SVG.
import { buildChart, chartTitle, type ChartKind } from '../../charts/build';
import { renderChartSvg } from '../../charts/svg.server';
import { filterQuery, type DashboardFilter } from '../../schemas/dashboard-filter';
import { buildDataset, type DashboardContext, type Names } from './datasets';

export interface RenderedChart {
	kind: ChartKind;
	title: string;
	svg: string;
	/** the Arrow endpoint the browser reads the same rows from */
	dataUrl: string;
	/** CSV and XLSX downloads of the same rows */
	csvUrl: string;
	xlsxUrl: string;
}

export async function renderCharts(
	kinds: readonly ChartKind[],
	ctx: DashboardContext,
	filter: DashboardFilter,
	names: Names
): Promise<RenderedChart[]> {
	const query = filterQuery(filter.query);
	const join = query ? '&' : '?';
	return Promise.all(
		kinds.map(async (kind) => {
			const table = await buildDataset(kind, ctx, filter, names);
			const option = buildChart(
				kind,
				table.rows,
				{ windowDays: ctx.org.reviewWindowDays },
				ctx.prefs
			);
			return {
				kind,
				title: chartTitle(kind, ctx.prefs),
				svg: renderChartSvg(
					option,
					{ width: 720, height: 320 },
					{ rtl: ctx.prefs.lang === 'ar', label: chartTitle(kind, ctx.prefs) }
				),
				dataUrl: `/api/dashboard/${kind}${query}`,
				csvUrl: `/api/dashboard/${kind}${query}${join}format=csv`,
				xlsxUrl: `/api/dashboard/${kind}${query}${join}format=xlsx`
			};
		})
	);
}
