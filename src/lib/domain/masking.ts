// Masks personal data in free text (comments): e-mail addresses, Saudi mobile and landline numbers,
// 10-digit national or residence (iqama) ID numbers. Digits may be Latin or Arabic-Indic.
// The patterns use only syntax that both JavaScript and DuckDB's RE2 understand, so ingest can
// apply the very same rules in SQL with regexp_replace(text, pattern, replacement, 'g').

const D = '[0-9\u0660-\u0669\u06F0-\u06F9]';
const notDigit = '[^0-9\u0660-\u0669\u06F0-\u06F9]';
const sep = '[ -]*';
const countryCode = `(?:\\+|00)${sep}(?:966|\u0669\u0666\u0666)${sep}`;

export interface MaskingRule {
	kind: 'email' | 'phone' | 'national_id';
	/** RE2- and JavaScript-compatible pattern; group 1 and the last group keep the neighbours. */
	pattern: string;
	/** Replacement in RE2 form (`\1`); JavaScript form is derived. */
	replacement: string;
}

export const maskingRules: readonly MaskingRule[] = [
	{
		kind: 'email',
		pattern: '()[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}()',
		replacement: '\\1[بريد محجوب]\\2'
	},
	{
		// mobile: +966 5x…, 00966 5x…, 05x…, 5x… (9 digits after the leading 0)
		kind: 'phone',
		pattern: `(^|${notDigit})(?:${countryCode}|[0\u0660\u06F0])?[5\u0665\u06F5](?:${sep}${D}){8}($|${notDigit})`,
		replacement: '\\1[هاتف محجوب]\\2'
	},
	{
		// landline: area code 011–017 (or the older 01–07), then 7 digits: +966 11 …, 016 …, 01 …
		kind: 'phone',
		pattern: `(^|${notDigit})(?:${countryCode}|[0\u0660\u06F0])(?:[1\u0661\u06F1]${sep})?[1-7\u0661-\u0667\u06F1-\u06F7]${sep}(?:${D}${sep}){6}${D}($|${notDigit})`,
		replacement: '\\1[هاتف محجوب]\\2'
	},
	{
		// national ID starts with 1, iqama with 2; exactly ten digits
		kind: 'national_id',
		pattern: `(^|${notDigit})[12\u0661\u0662\u06F1\u06F2]${D}{9}($|${notDigit})`,
		replacement: '\\1[رقم هوية محجوب]\\2'
	}
];

const compiled = maskingRules.map((rule) => ({
	...rule,
	regex: new RegExp(rule.pattern, 'g'),
	jsReplacement: rule.replacement.replace(/\\(\d)/g, '$$$1')
}));

/** The text with personal data replaced, and how many items were masked. */
export function maskPersonalData(text: string): { text: string; masked: number } {
	let masked = 0;
	let result = text;
	for (const rule of compiled) {
		// a neighbour consumed by one match can hide an adjacent one: repeat until stable
		for (let pass = 0; pass < 4; pass++) {
			let found = 0;
			result = result.replace(rule.regex, (...args) => {
				found++;
				const groups = args.slice(1, -2) as (string | undefined)[];
				return rule.jsReplacement.replace(/\$(\d)/g, (_, n: string) => groups[Number(n) - 1] ?? '');
			});
			masked += found;
			if (!found) break;
		}
	}
	return { text: result, masked };
}
