// Decided support requests by days of turnaround, with the review window drawn as a line.
import type { EChartsOption } from 'echarts';
import { base, categoryAxis, tooltip, valueAxis, type ChartContext } from './common';

export interface DistributionRow {
	days: number;
	requests: number;
}

/** Days 0 … max (gaps filled with 0); days past the window in the warning colour. */
export function turnaroundDistributionOption(
	rows: DistributionRow[],
	windowDays: number,
	ctx: ChartContext,
	names: { requests: string; window: string; days: string }
): EChartsOption {
	const max = Math.max(windowDays + 1, ...rows.map((r) => r.days));
	const byDay = new Map(rows.map((r) => [r.days, r.requests]));
	const days = Array.from({ length: max + 1 }, (_, d) => d);
	return {
		...base(ctx),
		tooltip: tooltip(ctx),
		xAxis: categoryAxis(
			days.map((d) => ctx.formatNumber(d)),
			ctx,
			names.days
		),
		yAxis: valueAxis(ctx),
		series: [
			{
				name: names.requests,
				type: 'bar',
				barCategoryGap: '10%',
				data: days.map((d) => ({
					value: byDay.get(d) ?? 0,
					itemStyle: { color: d < windowDays ? '#0f5c4d' : '#c2522d' }
				})),
				markLine: {
					symbol: 'none',
					silent: true,
					lineStyle: { color: '#1b2430', type: 'dashed', width: 2 },
					label: { formatter: names.window, position: 'end' },
					// the line stands where turnaround reaches the window
					data: [{ xAxis: ctx.formatNumber(windowDays) }]
				}
			}
		]
	};
}
