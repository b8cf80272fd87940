// ICU messages (plurals, numbers) in the catalogues: a catalogue declares them with `icu<…>(source)`,
// and `bindMessages` turns every one into a function of its values, compiled once per locale with the
// person's digits, so `#` and `{n, number}` print ١٢٣ or 123 and Arabic picks one of its six plural
// forms. Digits and calendars for figures outside messages stay in format.ts.
import { IntlMessageFormat } from 'intl-messageformat';
import { localeTag } from './format';
import type { Digits, Language } from './preferences';

export type IcuValues = Record<string, string | number>;

/** An ICU message with its values' types; `source` is the ICU text. */
export interface IcuMessage<V extends IcuValues> {
	readonly kind: 'icu';
	readonly source: string;
	/** phantom: only carries the values' type */
	readonly values?: V;
}

export function icu<V extends IcuValues>(source: string): IcuMessage<V> {
	return { kind: 'icu', source };
}

export function isIcuMessage(value: unknown): value is IcuMessage<IcuValues> {
	return (
		typeof value === 'object' &&
		value !== null &&
		(value as { kind?: unknown }).kind === 'icu' &&
		typeof (value as { source?: unknown }).source === 'string'
	);
}

/** A catalogue with every ICU message replaced by the function that formats it. */
export type Bound<T> =
	T extends IcuMessage<infer V>
		? (values: V) => string
		: T extends (...args: never[]) => unknown
			? T
			: T extends readonly unknown[]
				? T
				: T extends object
					? { [K in keyof T]: Bound<T[K]> }
					: T;

const compiled = new Map<string, IntlMessageFormat>();

/** Formats one ICU source in a locale; compiled once per (locale, source). */
export function formatIcu(source: string, locale: string, values: IcuValues): string {
	const key = `${locale}\u0000${source}`;
	let format = compiled.get(key);
	if (!format) {
		format = new IntlMessageFormat(source, locale);
		compiled.set(key, format);
	}
	const out = format.format(values);
	return typeof out === 'string' ? out : String(out);
}

function bind(value: unknown, locale: string): unknown {
	if (isIcuMessage(value)) {
		const source = value.source;
		return (values: IcuValues) => formatIcu(source, locale, values);
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bind(v, locale)]));
}

const boundCache = new WeakMap<object, Map<string, unknown>>();

/** The catalogue for a language and digits, with ICU messages as functions; cached. */
export function bindMessages<T extends object>(
	catalogue: T,
	lang: Language,
	digits: Digits = lang === 'ar' ? 'arab' : 'latn'
): Bound<T> {
	const locale = localeTag(lang, digits);
	let byLocale = boundCache.get(catalogue);
	if (!byLocale) {
		byLocale = new Map();
		boundCache.set(catalogue, byLocale);
	}
	let bound = byLocale.get(locale);
	if (!bound) {
		bound = bind(catalogue, locale);
		byLocale.set(locale, bound);
	}
	return bound as Bound<T>;
}
