// What every dashboard dataset starts from: the request's store, organisation and preferences, a
// per-request memo so charts sharing a computation run it once, display names, and the filter.
import { parsePeriodKey, periodInstants } from '../../domain/periods';
import { monthStart } from '../../domain/zoned-time';
import { formatMonth } from '../../i18n/format';
import type { Preferences } from '../../i18n/preferences';
import type { DashboardFilter } from '../../schemas/dashboard-filter';
import type { Store } from '../db';
import {
	computeFigures,
	listChannels,
	type MetricsFilter,
	type SegmentDimension,
	type TrendOptions
} from '../metrics';
import type { Organisation } from '../organisation';
import { sql } from '../sql';
import type { Column } from './tables';

export interface DashboardContext {
	store: Store;
	org: Organisation;
	prefs: Preferences;
	today: string;
	/** the clock (a running period is seen from it); default now */
	now?: Date;
	/** per-request memo, so charts that share a computation run it once */
	memo?: Map<string, Promise<unknown>>;
}

export function once<T>(ctx: DashboardContext, key: string, compute: () => Promise<T>): Promise<T> {
	ctx.memo ??= new Map();
	let value = ctx.memo.get(key) as Promise<T> | undefined;
	if (!value) {
		value = compute();
		ctx.memo.set(key, value);
	}
	return value;
}

/** The period's figures (shared by the cards and the response-rate chart). */
export function periodFigures(ctx: DashboardContext, filter: DashboardFilter) {
	return once(ctx, `figures|${JSON.stringify(metricsFilterOf(filter))}`, () =>
		computeFigures(ctx.store, metricsFilterOf(filter))
	);
}

export interface Names {
	channel: (code: string) => string;
	segment: (dimension: SegmentDimension, code: string | null) => string;
}

// a type, not an interface: the store's rows are records
export type SegmentLabel = {
	kind: string;
	code: string;
	name_ar: string;
	name_en: string;
};

/** The services', branches' and teams' codes with their names in both languages. */
export function segmentLabels(ctx: DashboardContext): Promise<SegmentLabel[]> {
	return ctx.store.all<SegmentLabel>(sql('dashboard/segment_labels'));
}

/** Display names of channels and segments in the person's language. */
export async function loadNames(ctx: DashboardContext): Promise<Names> {
	const channels = await listChannels(ctx.store);
	const labels = await segmentLabels(ctx);
	const ar = ctx.prefs.lang === 'ar';
	const channelNames = new Map(channels.map((c) => [c.code, ar ? c.name_ar : c.name_en]));
	const labelNames = new Map(
		labels.map((l) => [`${l.kind}|${l.code}`, ar ? l.name_ar : l.name_en])
	);
	return {
		channel: (code) => channelNames.get(code) ?? code,
		segment: (dimension, code) => {
			if (code === null) return ar ? 'غير محدد' : 'Not stated';
			if (dimension === 'channel') return channelNames.get(code) ?? code;
			return labelNames.get(`${dimension}|${code}`) ?? code;
		}
	};
}

export function metricsFilterOf(filter: DashboardFilter): MetricsFilter {
	return {
		from: filter.from,
		to: filter.to,
		channel: filter.channel,
		type: filter.type,
		service: filter.service,
		branch: filter.branch
	};
}

/** The twelve months (in the person's calendar) ending with the period, for trend charts. */
/** The filter month by month over its trend range, in the person's calendar. */
export function monthlyTrends<T>(
	ctx: DashboardContext,
	filter: DashboardFilter,
	compute: (store: Store, input: MetricsFilter, options: TrendOptions) => Promise<T>,
	input: Partial<MetricsFilter> = {}
): Promise<T> {
	return compute(
		ctx.store,
		{ ...metricsFilterOf(filter), ...trendRange(filter), ...input },
		{ granularity: 'month', calendar: ctx.prefs.calendar }
	);
}

export function trendRange(filter: DashboardFilter): { from: string; to: string } {
	return { from: monthStart(filter.to, -11), to: filter.to };
}

export function bucketLabel(key: string, ctx: DashboardContext): string {
	const period = parsePeriodKey(key);
	const { start } = periodInstants({ from: period.from, to: period.from }, ctx.org.timeZone);
	return formatMonth(new Date(start.getTime() + 12 * 3_600_000), {
		...ctx.prefs,
		calendar: period.calendar,
		timeZone: ctx.org.timeZone
	});
}

export const col = (name: string, type: Column['type'] = 'number'): Column => ({ name, type });
