// Builds a chart's option from its dataset rows: the one place both renderers (browser, server SVG) go through.
import type { EChartsOption } from 'echarts';
import { formatNumber } from '../i18n/format';
import { dashboardMessages } from '../i18n/dashboard-messages';
import type { Preferences } from '../i18n/preferences';
import { channelVolumeOption } from './options/channel-volume';
import type { ChartContext } from './options/common';
import { csatTrendOption } from './options/csat-trend';
import { overdueAgeOption, overdueBands } from './options/overdue-age';
import { responseRateOption } from './options/response-rate';
import { turnaroundDistributionOption } from './options/turnaround-distribution';

export const chartKinds = [
	'csat-trend',
	'channel-volume',
	'turnaround-distribution',
	'overdue-age',
	'response-rate'
] as const;
export type ChartKind = (typeof chartKinds)[number];

export type ChartRow = Record<string, string | number | boolean | null>;

export function chartContext(
	prefs: Pick<Preferences, 'lang' | 'digits'>,
	description: string
): ChartContext {
	return {
		rtl: prefs.lang === 'ar',
		description,
		formatNumber: (value, fractionDigits = 0) =>
			formatNumber(value, { ...prefs, maximumFractionDigits: fractionDigits })
	};
}

const num = (v: unknown) =>
	typeof v === 'number' ? v : v === null || v === undefined ? null : Number(v);
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function chartTitle(kind: ChartKind, prefs: Pick<Preferences, 'lang'>): string {
	const t = dashboardMessages(prefs.lang).charts;
	return {
		'csat-trend': t.csatTrend,
		'channel-volume': t.channelVolume,
		'turnaround-distribution': t.distribution,
		'overdue-age': t.overdueAge,
		'response-rate': t.responseRate
	}[kind];
}

export function buildChart(
	kind: ChartKind,
	rows: ChartRow[],
	meta: { windowDays: number },
	prefs: Pick<Preferences, 'lang' | 'digits'>
): EChartsOption {
	const t = dashboardMessages(prefs.lang, prefs.digits).charts;
	const ctx = chartContext(prefs, chartTitle(kind, prefs));
	switch (kind) {
		case 'csat-trend':
			return csatTrendOption(
				rows.map((r) => ({
					key: text(r.key),
					label: text(r.label),
					percent: num(r.percent),
					ciLow: num(r.ci_low),
					ciHigh: num(r.ci_high)
				})),
				ctx,
				{ csat: t.csat, interval: t.interval }
			);
		case 'channel-volume': {
			const buckets = [...new Map(rows.map((r) => [text(r.bucket), text(r.label)])).entries()]
				.sort(([a], [b]) => (a < b ? -1 : 1))
				.map(([key, label]) => ({ key, label }));
			const channels = [
				...new Map(rows.map((r) => [text(r.channel), text(r.channel_name)])).entries()
			].map(([code, name]) => ({ code, name }));
			return channelVolumeOption(
				rows.map((r) => ({
					bucket: text(r.bucket),
					channel: text(r.channel),
					interactions: num(r.interactions) ?? 0
				})),
				buckets,
				channels,
				ctx
			);
		}
		case 'turnaround-distribution':
			return turnaroundDistributionOption(
				rows.map((r) => ({ days: num(r.days) ?? 0, requests: num(r.requests) ?? 0 })),
				meta.windowDays,
				ctx,
				{ requests: t.requests, window: t.window, days: t.days }
			);
		case 'overdue-age':
			return overdueAgeOption(
				overdueBands(
					rows.map((r) => ({ days: num(r.days) ?? 0, requests: num(r.requests) ?? 0 })),
					meta.windowDays,
					(from, to) => (to === null ? t.bandOpen({ from }) : t.band({ from, to }))
				),
				ctx,
				t.overdue
			);
		case 'response-rate':
			return responseRateOption(
				rows.map((r) => ({
					code: text(r.code),
					name: text(r.name),
					ratio: num(r.ratio)
				})),
				ctx,
				{ rate: t.rate }
			);
	}
}
