// The chart option builders are pure: same rows, same option; right to left mirrors the axes.
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../svg.server';
import { channelVolumeOption } from './channel-volume';
import type { ChartContext } from './common';
import { csatTrendOption } from './csat-trend';
import { overdueAgeOption, overdueBands } from './overdue-age';
import { responseRateOption } from './response-rate';
import { turnaroundDistributionOption } from './turnaround-distribution';

const ltr: ChartContext = { rtl: false, formatNumber: (v) => String(v), description: 'chart' };
const rtl: ChartContext = { ...ltr, rtl: true };

type Axis = { inverse?: boolean; position?: string; data?: string[]; type?: string };

const trendRows = [
	{ key: '2026-09', label: 'Sep', percent: 70, ciLow: 65, ciHigh: 75 },
	{ key: '2026-10', label: 'Oct', percent: null, ciLow: null, ciHigh: null },
	{ key: '2026-11', label: 'Nov', percent: 80, ciLow: 72.5, ciHigh: 86 }
];

describe('chart option builders', () => {
	it('draw CSAT with an interval band and a gap for a month with too few answers', () => {
		const option = csatTrendOption(trendRows, ltr, { csat: 'CSAT', interval: '95% CI' });
		const series = option.series as { data: (number | null)[]; stack?: string }[];
		expect(series[0]!.data).toEqual([65, null, 72.5]);
		expect(series[1]!.data).toEqual([10, null, 13.5]);
		expect(series[0]!.stack).toBe(series[1]!.stack);
		expect(series[2]!.data).toEqual([70, null, 80]);
		expect((option.yAxis as Axis & { max: number }).max).toBe(100);
	});

	it('mirror axes and legend for right to left', () => {
		const l = csatTrendOption(trendRows, ltr, { csat: 'a', interval: 'b' });
		const r = csatTrendOption(trendRows, rtl, { csat: 'a', interval: 'b' });
		expect((l.xAxis as Axis).inverse).toBe(false);
		expect((r.xAxis as Axis).inverse).toBe(true);
		expect((l.yAxis as Axis).position).toBe('left');
		expect((r.yAxis as Axis).position).toBe('right');
		expect(l.legend).toMatchObject({ left: 0 });
		expect(r.legend).toMatchObject({ right: 0, align: 'right' });
		expect(JSON.stringify(r.tooltip)).toContain('direction: rtl');
	});

	it('mirror horizontal bars too', () => {
		const rows = [
			{ code: 'phone', name: 'Phone', ratio: 0.12 },
			{ code: 'letter', name: 'Letters', ratio: null },
			{ code: 'website', name: 'Website', ratio: 0.2 }
		];
		const r = responseRateOption(rows, rtl, { rate: 'rate' });
		expect((r.xAxis as Axis).inverse).toBe(true);
		expect((r.yAxis as Axis).position).toBe('right');
		expect((r.yAxis as Axis).data).toEqual(['Phone', 'Website']);
		const series = r.series as { data: { name: string; value: number }[] }[];
		expect(series[0]!.data.map((d) => d.name)).toEqual(['phone', 'website']);
		expect(series[0]!.data[1]!.value).toBeCloseTo(20, 10);
	});

	it('stack channel volumes per month, with zeros where a channel had none', () => {
		const option = channelVolumeOption(
			[
				{ bucket: '2026-10', channel: 'phone', interactions: 5 },
				{ bucket: '2026-11', channel: 'phone', interactions: 7 },
				{ bucket: '2026-11', channel: 'website', interactions: 2 }
			],
			[
				{ key: '2026-10', label: 'Oct' },
				{ key: '2026-11', label: 'Nov' }
			],
			[
				{ code: 'phone', name: 'Phone' },
				{ code: 'letter', name: 'Letters' },
				{ code: 'website', name: 'Website' }
			],
			ltr
		);
		const series = option.series as { id: string; data: number[]; stack: string }[];
		expect(series.map((s) => s.id)).toEqual(['phone', 'website']);
		expect(series.map((s) => s.data)).toEqual([
			[5, 7],
			[0, 2]
		]);
	});

	it('draw the review window on the turnaround distribution', () => {
		const option = turnaroundDistributionOption(
			[
				{ days: 3, requests: 4 },
				{ days: 20, requests: 1 }
			],
			14,
			ltr,
			{ requests: 'requests', window: 'window', days: 'days' }
		);
		const series = (
			option.series as { data: { value: number }[]; markLine: { data: { xAxis: string }[] } }[]
		)[0]!;
		expect(series.data).toHaveLength(21);
		expect(series.data[3]!.value).toBe(4);
		expect(series.data[20]!.value).toBe(1);
		expect(series.markLine.data[0]!.xAxis).toBe('14');
	});

	it('band overdue requests by age past the window', () => {
		const bands = overdueBands(
			[
				{ days: 14, requests: 2 },
				{ days: 20, requests: 1 },
				{ days: 21, requests: 3 },
				{ days: 100, requests: 4 }
			],
			14,
			(from, to) => `${from}-${to ?? ''}`
		);
		expect(bands).toEqual([
			{ label: '14-20', requests: 3 },
			{ label: '21-43', requests: 3 },
			{ label: '44-73', requests: 0 },
			{ label: '74-', requests: 4 }
		]);
		expect(overdueAgeOption(bands, ltr, 'overdue').series).toHaveLength(1);
	});

	it('render to SVG on the server, with Arabic text kept as text', () => {
		const svg = renderChartSvg(
			csatTrendOption(
				trendRows,
				{ ...rtl, description: 'رضا المستفيدين' },
				{ csat: 'الرضا', interval: 'فترة الثقة' }
			),
			{ width: 600, height: 300 },
			{ rtl: true, label: 'الرضا <شهرياً>' }
		);
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('الرضا');
		expect(svg).toContain('فترة الثقة');
		const root = svg.slice(0, svg.indexOf('>') + 1);
		expect(root).toContain('role="img"');
		expect(root).toContain('aria-label="الرضا &lt;شهرياً&gt;"');
		expect(root).toContain('direction="rtl"');
		expect(svg).toContain('<title>الرضا &lt;شهرياً&gt;</title>');
	});

	it('label a count axis in whole steps, each label once, even for tiny counts', () => {
		const bands = overdueBands(
			[{ days: 15, requests: 1 }],
			14,
			(from, to) => `${from}-${to ?? ''}`
		);
		const svg = renderChartSvg(
			overdueAgeOption(bands, ltr, 'overdue'),
			{ width: 600, height: 300 },
			{ rtl: false, label: 'x' }
		);
		// the value axis labels stand in one column: the same x, one per gridline
		const labels = [...svg.matchAll(/translate\(([\d.]+) [\d.]+\)"[^>]*>([^<]+)<\/text>/g)];
		const byX = new Map<string, string[]>();
		for (const [, x, text] of labels) byX.set(x!, [...(byX.get(x!) ?? []), text!]);
		const axis = [...byX.values()].sort((a, b) => b.length - a.length)[0]!;
		expect(axis.length).toBeGreaterThan(1);
		expect(new Set(axis).size).toBe(axis.length);
		expect(axis.every((label) => Number.isInteger(Number(label)))).toBe(true);
	});

	it('keep label positions when the SVG reads right to left: start and end anchors swap', () => {
		const option = csatTrendOption(trendRows, rtl, { csat: 'الرضا', interval: 'فترة الثقة' });
		const size = { width: 600, height: 300 };
		const asLtr = renderChartSvg(option, size, { rtl: false, label: 'x' });
		const asRtl = renderChartSvg(option, size, { rtl: true, label: 'x' });
		const anchors = (svg: string) => [...svg.matchAll(/text-anchor="(\w+)"/g)].map((m) => m[1]);
		const swapped = anchors(asLtr).map((a) => (a === 'start' ? 'end' : a === 'end' ? 'start' : a));
		expect(anchors(asLtr)).toContain('start');
		expect(anchors(asRtl)).toEqual(swapped);
		// nothing else differs: same shapes, same positions
		const geometry = (svg: string) =>
			svg
				.replace(/^<svg [^>]*>/, '')
				.replace(/text-anchor="\w+"/g, '')
				.replace(/<title>[^<]*<\/title>/, '')
				// ids and class names carry a per-render counter
				.replace(/zr\d+-(cls-\d+)?/g, 'zr');
		expect(geometry(asRtl)).toBe(geometry(asLtr));
	});
});
