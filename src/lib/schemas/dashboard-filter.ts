// The dashboard's filter bar, as it lives in the URL: validated, and every invalid value reported.
import { z } from 'zod';
import { periodPresets, resolvePreset, type PeriodPreset } from '../domain/period-presets';
import { chosenPeriodSchema } from '../domain/periods';
import { parseIsoDate } from '../domain/zoned-time';
import { channelCode, interactionTypes, segmentValue } from './metrics-filter';

export const dashboardQuerySchema = z.object({
	period: z.enum(periodPresets).default('this-month'),
	from: z.string().optional(),
	to: z.string().optional(),
	channel: channelCode.optional(),
	type: z.enum(interactionTypes).optional(),
	service: segmentValue.optional(),
	branch: segmentValue.optional()
});

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;
/** The filter's fields, in the order the URL writes them. */
export const filterFields = dashboardQuerySchema.keyof().options;
export type FilterField = (typeof filterFields)[number];

export interface DashboardFilter {
	query: DashboardQuery;
	from: string;
	to: string;
	periodKey: string | null;
	channel?: string;
	type?: (typeof interactionTypes)[number];
	service?: string;
	branch?: string;
	/** Fields whose values were invalid; the page says so, and figures use the defaults instead. */
	invalid: FilterField[];
}

/** Reads the filter from URL search parameters; empty values mean "all". */
export function parseDashboardFilter(params: URLSearchParams, today: string): DashboardFilter {
	const raw: Record<string, string> = {};
	for (const field of filterFields) {
		const value = params.get(field);
		if (value !== null && value.trim() !== '') raw[field] = value;
	}
	const invalid = new Set<FilterField>();
	const query: Record<string, unknown> = {};
	for (const field of filterFields) {
		if (!(field in raw)) continue;
		const one = dashboardQuerySchema.shape[field].safeParse(raw[field]);
		if (one.success) query[field] = one.data;
		else invalid.add(field);
	}
	const parsed = dashboardQuerySchema.parse(query);
	let period: { from: string; to: string; key: string | null };
	if (parsed.period === 'custom') {
		const dates = chosenPeriodSchema.safeParse({ from: parsed.from ?? '', to: parsed.to ?? '' });
		if (dates.success) period = { ...dates.data, key: null };
		else {
			for (const issue of dates.error.issues) invalid.add(issue.path[0] === 'from' ? 'from' : 'to');
			period = resolvePreset('this-month', today);
		}
	} else {
		period = resolvePreset(parsed.period as Exclude<PeriodPreset, 'custom'>, today);
		// a date typed that is no date is reported, not silently dropped
		for (const field of ['from', 'to'] as const) {
			const typed = parsed[field];
			if (typed !== undefined && parseIsoDate(typed) === undefined) {
				invalid.add(field);
				delete parsed[field];
			}
		}
		// dates typed into the form (without choosing "custom") win over the preset
		const typed = chosenPeriodSchema.safeParse({ from: parsed.from ?? '', to: parsed.to ?? '' });
		if (typed.success && (typed.data.from !== period.from || typed.data.to !== period.to)) {
			period = { ...typed.data, key: null };
			parsed.period = 'custom';
		}
	}
	return {
		query: parsed,
		from: period.from,
		to: period.to,
		periodKey: period.key,
		...(parsed.channel ? { channel: parsed.channel } : {}),
		...(parsed.type ? { type: parsed.type } : {}),
		...(parsed.service ? { service: parsed.service } : {}),
		...(parsed.branch ? { branch: parsed.branch } : {}),
		invalid: [...invalid]
	};
}

/** The URL query of a filter with some fields changed (drill-down links, period switches). */
export function filterQuery(query: DashboardQuery, change: Partial<DashboardQuery> = {}): string {
	const merged = { ...query, ...change };
	const params = new URLSearchParams();
	for (const field of filterFields) {
		const value = merged[field];
		if (value === undefined || value === '') continue;
		if ((field === 'from' || field === 'to') && merged.period !== 'custom') continue;
		params.set(field, String(value));
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
