// Overdue open support requests by how long past the review window they are.
import type { EChartsOption } from 'echarts';
import { base, categoryAxis, tooltip, valueAxis, type ChartContext } from './common';

export interface AgeBand {
	label: string;
	requests: number;
}

/** Groups overdue requests (by whole days of age) into bands past the window. */
export function overdueBands(
	rows: { days: number; requests: number }[],
	windowDays: number,
	label: (from: number, to: number | null) => string
): AgeBand[] {
	const edges = [windowDays, windowDays + 7, windowDays + 30, windowDays + 60];
	return edges.map((from, i) => {
		const to = edges[i + 1] ?? null;
		const requests = rows
			.filter((r) => r.days >= from && (to === null || r.days < to))
			.reduce((sum, r) => sum + r.requests, 0);
		return { label: label(from, to === null ? null : to - 1), requests };
	});
}

export function overdueAgeOption(bands: AgeBand[], ctx: ChartContext, name: string): EChartsOption {
	return {
		...base(ctx),
		tooltip: tooltip(ctx),
		xAxis: categoryAxis(
			bands.map((b) => b.label),
			ctx
		),
		yAxis: valueAxis(ctx),
		series: [
			{
				name,
				type: 'bar',
				data: bands.map((b) => b.requests),
				itemStyle: { color: '#c2522d' },
				label: {
					show: true,
					position: 'top',
					formatter: (p: { value: unknown }) => ctx.formatNumber(Number(p.value))
				}
			}
		]
	};
}
