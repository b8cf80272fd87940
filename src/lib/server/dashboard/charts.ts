// The dashboard's charts: links to their data (Arrow, CSV, XLSX) and their server-drawn SVG, and
// the SVG rendering itself (dataset → option from the shared builder → SVG). Pages link the SVG
// as an image, so their HTML does not wait for chart layout, and pages without JavaScript still
// show every chart.
import { buildChart, chartTitle, type ChartKind } from '../../charts/build';
import { renderChartSvg } from '../../charts/svg.server';
import type { Preferences } from '../../i18n/preferences';
import { filterQuery, type DashboardFilter } from '../../schemas/dashboard-filter';
import type { DashboardContext } from './dataset-context';
import type { Table } from './tables';

export const chartSize = { width: 720, height: 320 } as const;

export interface ChartLinks {
	kind: ChartKind;
	title: string;
	/** the chart drawn on the server, as SVG (for the first paint and for pages without JavaScript) */
	svgUrl: string;
	/** the Arrow endpoint the browser reads the same rows from */
	dataUrl: string;
	/** CSV and XLSX downloads of the same rows */
	csvUrl: string;
	xlsxUrl: string;
}

export function chartLinks(
	kinds: readonly ChartKind[],
	filter: DashboardFilter,
	prefs: Pick<Preferences, 'lang'>
): ChartLinks[] {
	const query = filterQuery(filter.query);
	const join = query ? '&' : '?';
	return kinds.map((kind) => ({
		kind,
		title: chartTitle(kind, prefs),
		svgUrl: `/api/dashboard/${kind}${query}${join}format=svg`,
		dataUrl: `/api/dashboard/${kind}${query}`,
		csvUrl: `/api/dashboard/${kind}${query}${join}format=csv`,
		xlsxUrl: `/api/dashboard/${kind}${query}${join}format=xlsx`
	}));
}

/** The chart of a dataset as an SVG document, in the person's language and digits. */
export function datasetSvg(kind: ChartKind, table: Table, ctx: DashboardContext): string {
	const option = buildChart(kind, table.rows, { windowDays: ctx.org.reviewWindowDays }, ctx.prefs);
	const svg = renderChartSvg(option, chartSize, {
		rtl: ctx.prefs.lang === 'ar',
		label: chartTitle(kind, ctx.prefs)
	});
	// a standalone document (served as image/svg+xml): the language of the text inside
	return svg.replace(/^<svg\b/, `<svg xml:lang="${ctx.prefs.lang}"`);
}
