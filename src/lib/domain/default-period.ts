// Which period the dashboard opens on. A URL that names a period (a preset, or dates) always wins;
// without one, the person's last choice (remembered in a cookie); without that, the last complete
// month in the organisation's time zone, so the first view has a whole month of data to show, or
// the preset the association chose in its settings instead.
import {
	periodPresets,
	resolvePreset,
	type PeriodPreset,
	type ResolvedPeriod
} from './period-presets';
import { isoDateIn } from './zoned-time';

/** A preset the dashboard can open on: any of the filter's, but custom dates. */
export type DefaultPreset = Exclude<PeriodPreset, 'custom'>;

/** The presets an association may choose as its dashboard's default, in the filter's order. */
export const defaultPresetChoices = periodPresets.filter(
	(preset): preset is DefaultPreset => preset !== 'custom'
);

/** The default without a setting: the last complete month. */
export const defaultPreset: DefaultPreset = 'last-month';

/** The stored setting as a preset; anything else (no value, a removed preset) is the default. */
export function organisationDefaultPreset(stored: string | null | undefined): DefaultPreset {
	return (defaultPresetChoices as readonly string[]).includes(stored ?? '')
		? (stored as DefaultPreset)
		: defaultPreset;
}

/** The fields of the dashboard's URL that say which period it shows. */
const periodFields = ['period', 'from', 'to'] as const;

/** The last complete month as seen at the instant `now` in `timeZone`. */
export function lastCompleteMonth(now: Date, timeZone: string): ResolvedPeriod {
	return resolvePreset(defaultPreset, isoDateIn(now, timeZone));
}

/** Whether a dashboard URL names its period itself. */
export function namesPeriod(params: URLSearchParams): boolean {
	return periodFields.some((field) => (params.get(field) ?? '').trim() !== '');
}

/**
 * The remembered choice as the period fields of a URL (`period=…`, with `from` and `to` only for
 * custom dates), or null when it is not one: a cookie can hold anything.
 */
export function readRememberedPeriod(value: string | undefined): URLSearchParams | null {
	if (!value || value.length > 200) return null;
	const stored = new URLSearchParams(value);
	const period = stored.get('period');
	if (!period || !(periodPresets as readonly string[]).includes(period)) return null;
	const kept = new URLSearchParams({ period });
	if (period === 'custom') {
		for (const field of ['from', 'to'] as const) {
			const date = stored.get(field);
			if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
			kept.set(field, date);
		}
	}
	return kept;
}

/** What to remember of a chosen period (the inverse of readRememberedPeriod). */
export function rememberPeriod(query: { period: string; from?: string; to?: string }): string {
	const kept = new URLSearchParams({ period: query.period });
	if (query.period === 'custom' && query.from && query.to) {
		kept.set('from', query.from);
		kept.set('to', query.to);
	}
	return kept.toString();
}

/**
 * The URL's fields with its period settled: its own when it names one, else the remembered
 * choice, else the association's default (`fallback`, the last complete month unless its settings
 * say otherwise). The other fields (channel, service…) are kept as they are.
 */
export function withDefaultPeriod(
	params: URLSearchParams,
	remembered: string | undefined,
	fallback: DefaultPreset = defaultPreset
): URLSearchParams {
	if (namesPeriod(params)) return params;
	const settled = new URLSearchParams(params);
	const chosen = readRememberedPeriod(remembered) ?? new URLSearchParams({ period: fallback });
	for (const [field, value] of chosen) settled.set(field, value);
	return settled;
}
