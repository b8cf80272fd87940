// Thin data endpoint of the dashboard: a dataset for the URL's filter as Arrow (charts), CSV or XLSX.
import { metricsErrorText } from '$lib/i18n/metrics-messages';
import { requestMessages, requestProblem } from '$lib/i18n/request-messages';
import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth/guard';
import { chartKinds, type ChartKind } from '$lib/charts/build';
import { tableToArrow } from '$lib/server/dashboard/arrow';
import { datasetSvg } from '$lib/server/dashboard/charts';
import { cached } from '$lib/server/dashboard/cache';
import { dashboardContext } from '$lib/server/dashboard/context';
import { buildDataset, datasetNames, datasetRoles } from '$lib/server/dashboard/datasets';
import { tableToCsv } from '$lib/server/dashboard/tables';
import { tableToXlsx } from '$lib/server/dashboard/xlsx';
import { MetricsError } from '$lib/server/metrics';
import type { RequestHandler } from './$types';

const formatSchema = z.enum(['arrow', 'csv', 'xlsx', 'svg']).default('arrow');
const isChart = (name: string): name is ChartKind =>
	(chartKinds as readonly string[]).includes(name);

export const GET: RequestHandler = async (event) => {
	const name = z.enum(datasetNames).safeParse(event.params.dataset);
	if (!name.success) error(404, { message: 'unknown dataset', lang: event.locals.prefs.lang });
	requireRole(event, datasetRoles[name.data]);
	const lang = event.locals.prefs.lang;
	const format = formatSchema.safeParse(event.url.searchParams.get('format') ?? undefined);
	if (!format.success) {
		return json(requestProblem('format_invalid', lang), { status: 400 });
	}
	const chart = isChart(name.data) ? name.data : undefined;
	if (format.data === 'svg' && !chart) {
		return json(requestProblem('not_a_chart', lang), { status: 400 });
	}
	const { ctx, filter } = await dashboardContext(event.locals.prefs, event.url);
	if (filter.invalid.length) {
		return json(
			{
				code: 'filter_invalid',
				message: requestMessages(lang).filter_invalid(filter.invalid),
				fields: filter.invalid
			},
			{ status: 400 }
		);
	}
	let table;
	try {
		const key = [
			name.data,
			filter.from,
			filter.to,
			event.url.search,
			JSON.stringify(ctx.prefs)
		].join('|');
		table = await cached(ctx.store, key, () => buildDataset(name.data, ctx, filter));
	} catch (e) {
		if (e instanceof MetricsError) {
			return json({ code: e.code, message: metricsErrorText(e.detail, lang) }, { status: 400 });
		}
		throw e;
	}
	const file = `${name.data}_${filter.from}_${filter.to}`;
	const headers = { 'cache-control': 'private, no-store' };
	if (format.data === 'svg' && chart) {
		const drawn = table;
		const svgKey = ['svg', chart, event.url.search, JSON.stringify(ctx.prefs)].join('|');
		const svg = await cached(ctx.store, svgKey, async () => datasetSvg(chart, drawn, ctx));
		return new Response(svg, {
			headers: { ...headers, 'content-type': 'image/svg+xml; charset=utf-8' }
		});
	}
	if (format.data === 'csv') {
		return new Response(tableToCsv(table), {
			headers: {
				...headers,
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${file}.csv"`
			}
		});
	}
	if (format.data === 'xlsx') {
		const body = await tableToXlsx(table, name.data, ctx.prefs.lang === 'ar');
		return new Response(body as BodyInit, {
			headers: {
				...headers,
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': `attachment; filename="${file}.xlsx"`
			}
		});
	}
	return new Response(tableToArrow(table) as BodyInit, {
		headers: { ...headers, 'content-type': 'application/vnd.apache.arrow.stream' }
	});
};
