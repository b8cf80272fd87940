// Shared pieces of the chart option builders: colours, right-to-left mirroring, number labels.
// Builders are pure (rows → ECharts option) and feed both the browser and the server SVG renderer.
import type { EChartsOption } from 'echarts';

export interface ChartContext {
	/** Right to left: category axes run from the right, value axes stand on the right. */
	rtl: boolean;
	/** Formats a number for labels and tooltips in the person's digits. */
	formatNumber: (value: number, fractionDigits?: number) => string;
	/** Accessible description of the chart (read by screen readers). */
	description: string;
}

export const palette = [
	'#0f5c4d',
	'#d08c1b',
	'#3f6fb5',
	'#b5475c',
	'#6a8f2f',
	'#7a5aa6',
	'#2a9d8f',
	'#8c6d46',
	'#c2522d',
	'#5b6770'
];

export const fontFamily = "'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif";

/** Keeps axis labels and axis names inside the chart (`containLabel` alone clips the names). */
export const containAxes = { outerBoundsMode: 'same', outerBoundsContain: 'all' } as const;

export function base(ctx: ChartContext): EChartsOption {
	return {
		color: palette,
		textStyle: { fontFamily },
		animation: false,
		aria: { enabled: true, label: { description: ctx.description } },
		grid: { left: 16, right: 16, top: 48, bottom: 16, ...containAxes }
	};
}

export function legend(ctx: ChartContext): EChartsOption['legend'] {
	// a plain (wrapping) legend: every series stays visible on paper too
	return ctx.rtl ? { top: 0, right: 0, align: 'right' } : { top: 0, left: 0, align: 'left' };
}

export function tooltip(
	ctx: ChartContext,
	trigger: 'axis' | 'item' = 'axis'
): EChartsOption['tooltip'] {
	return {
		trigger,
		confine: true,
		extraCssText: ctx.rtl ? 'direction: rtl; text-align: right;' : ''
	};
}

/** A category axis along the bottom; mirrored for right to left. */
export function categoryAxis(categories: string[], ctx: ChartContext, name?: string) {
	return {
		type: 'category' as const,
		data: categories,
		inverse: ctx.rtl,
		name,
		nameLocation: 'middle' as const,
		nameGap: 28,
		axisTick: { alignWithLabel: true }
	};
}

/** A value axis on the reading side's start (left in English, right in Arabic). */
export function valueAxis(
	ctx: ChartContext,
	options: { max?: number; min?: number; percent?: boolean } = {}
) {
	return {
		type: 'value' as const,
		position: ctx.rtl ? ('right' as const) : ('left' as const),
		min: options.min,
		max: options.max,
		// counts have no fractions: small counts would otherwise get steps like 0.2 shown as 0, 0, 1, 1
		minInterval: options.percent ? undefined : 1,
		axisLabel: {
			formatter: (v: number) => ctx.formatNumber(v) + (options.percent ? '%' : '')
		}
	};
}
