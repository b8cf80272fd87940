// Monthly CSAT % with its 95% interval as a band; months with too few answers show as gaps.
import type { EChartsOption } from 'echarts';
import { base, categoryAxis, legend, tooltip, valueAxis, type ChartContext } from './common';

export interface CsatTrendRow {
	/** bucket key, e.g. 2026-05 or H1447-09 (used for drill-down) */
	key: string;
	label: string;
	percent: number | null;
	ciLow: number | null;
	ciHigh: number | null;
}

export function csatTrendOption(
	rows: CsatTrendRow[],
	ctx: ChartContext,
	names: { csat: string; interval: string }
): EChartsOption {
	const low = rows.map((r) => (r.ciLow === null ? null : r.ciLow));
	const band = rows.map((r) => (r.ciLow === null || r.ciHigh === null ? null : r.ciHigh - r.ciLow));
	return {
		...base(ctx),
		legend: { ...legend(ctx), data: [names.csat, names.interval] },
		tooltip: {
			...tooltip(ctx),
			formatter: (params: unknown) => {
				const index = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
				const r = rows[index]!;
				if (r.percent === null) return `${r.label}: —`;
				const f = (v: number) => ctx.formatNumber(v, 1);
				return `${r.label}<br>${names.csat}: ${f(r.percent)}%<br>${names.interval}: ${f(r.ciLow!)}–${f(r.ciHigh!)}%`;
			}
		},
		xAxis: categoryAxis(
			rows.map((r) => r.label),
			ctx
		),
		yAxis: valueAxis(ctx, { min: 0, max: 100, percent: true }),
		series: [
			{
				name: names.interval,
				type: 'line',
				data: low,
				stack: 'interval',
				symbol: 'none',
				lineStyle: { opacity: 0 },
				silent: true,
				tooltip: { show: false }
			},
			{
				name: names.interval,
				type: 'line',
				data: band,
				stack: 'interval',
				symbol: 'none',
				lineStyle: { opacity: 0 },
				areaStyle: { color: 'rgba(15, 92, 77, 0.18)' },
				silent: true
			},
			{
				name: names.csat,
				type: 'line',
				data: rows.map((r) => r.percent),
				connectNulls: false,
				symbolSize: 8,
				lineStyle: { width: 3 },
				label: {
					show: rows.length <= 12,
					position: 'top',
					formatter: (p: { value: unknown }) =>
						typeof p.value === 'number' ? ctx.formatNumber(p.value, 0) : ''
				}
			}
		]
	};
}
