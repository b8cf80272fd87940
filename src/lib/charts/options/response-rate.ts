// Response rate per channel (answered interactions ÷ interactions received) as horizontal bars.
import type { EChartsOption } from 'echarts';
import { base, tooltip, type ChartContext } from './common';

export interface ResponseRateRow {
	code: string;
	name: string;
	/** answered ÷ interactions, 0–1, or null without interactions */
	ratio: number | null;
}

export function responseRateOption(
	rows: ResponseRateRow[],
	ctx: ChartContext,
	names: { rate: string }
): EChartsOption {
	const shown = rows.filter((r) => r.ratio !== null);
	return {
		...base(ctx),
		tooltip: tooltip(ctx),
		xAxis: {
			type: 'value',
			inverse: ctx.rtl,
			axisLabel: { formatter: (v: number) => `${ctx.formatNumber(v)}%` }
		},
		yAxis: {
			type: 'category',
			position: ctx.rtl ? 'right' : 'left',
			data: shown.map((r) => r.name),
			inverse: true
		},
		series: [
			{
				name: names.rate,
				type: 'bar',
				data: shown.map((r) => ({ name: r.code, value: (r.ratio ?? 0) * 100 })),
				label: {
					show: true,
					position: ctx.rtl ? 'left' : 'right',
					formatter: (p: { value: unknown }) => `${ctx.formatNumber(Number(p.value), 1)}%`
				}
			}
		]
	};
}
