// Arabic text normalisation for matching names typed in many ways (channels, themes, headers).

const diacritics = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const tatweel = /\u0640/g;
const alefForms = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ → ا
const arabicIndicDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Normalises for comparison: diacritics and tatweel removed; hamza forms of alef → ا; ة → ه;
 * ى → ي; Arabic-Indic digits → 0–9; Latin lower-cased; punctuation and spaces folded to one space;
 * a trailing "للجمعية" (of the association) dropped.
 */
export function normalizeArabic(text: string): string {
	return text
		.normalize('NFKC')
		.replace(diacritics, '')
		.replace(tatweel, '')
		.replace(alefForms, '\u0627')
		.replace(/\u0629/g, '\u0647')
		.replace(/\u0649/g, '\u064A')
		.replace(arabicIndicDigits, (d) => String((d.codePointAt(0)! & 0xf) % 10))
		.toLowerCase()
		.replace(/[\s_\-.,:;،؛'"()[\]/\\]+/g, ' ')
		.trim()
		.replace(/\s*للجمعيه$/, '')
		.trim();
}
