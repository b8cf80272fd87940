// Interactions per channel per month, stacked.
import type { EChartsOption } from 'echarts';
import {
	base,
	containAxes,
	categoryAxis,
	legend,
	tooltip,
	valueAxis,
	type ChartContext
} from './common';

export interface ChannelVolumeRow {
	bucket: string;
	channel: string;
	interactions: number;
}

export function channelVolumeOption(
	rows: ChannelVolumeRow[],
	buckets: { key: string; label: string }[],
	channels: { code: string; name: string }[],
	ctx: ChartContext
): EChartsOption {
	const count = new Map(rows.map((r) => [`${r.bucket}|${r.channel}`, r.interactions]));
	const present = channels.filter((c) => rows.some((r) => r.channel === c.code));
	return {
		...base(ctx),
		// room for a legend that wraps over several lines
		grid: {
			left: 16,
			right: 16,
			top: 24 + 22 * Math.ceil(present.length / 4),
			bottom: 16,
			...containAxes
		},
		legend: legend(ctx),
		tooltip: tooltip(ctx),
		xAxis: categoryAxis(
			buckets.map((b) => b.label),
			ctx
		),
		yAxis: valueAxis(ctx),
		series: present.map((c) => ({
			id: c.code,
			name: c.name,
			type: 'bar' as const,
			stack: 'channels',
			emphasis: { focus: 'series' as const },
			data: buckets.map((b) => count.get(`${b.key}|${c.code}`) ?? 0)
		}))
	};
}
