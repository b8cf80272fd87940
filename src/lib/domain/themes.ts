// Recurring themes in comments: keyword lexicon matched after Arabic normalisation.
import { z } from 'zod';
import { normalizeArabic } from './arabic';

export const themeLexiconSchema = z.object({
	themes: z
		.array(
			z.object({
				code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
				ar: z.string().min(1).max(100),
				en: z.string().min(1).max(100),
				words: z.array(z.string().min(1).max(60)).min(1).max(200)
			})
		)
		.max(100)
});
export type ThemeLexicon = z.infer<typeof themeLexiconSchema>;

export interface CompiledTheme {
	code: string;
	ar: string;
	en: string;
	words: string[];
}

export function compileLexicon(lexicon: ThemeLexicon): CompiledTheme[] {
	return lexicon.themes.map((t) => ({ ...t, words: [...new Set(t.words.map(normalizeArabic))] }));
}

/** A word and, for Arabic, the word without a leading و ف ب ل (and, so, with, for). */
function forms(token: string): string[] {
	return token.length > 3 && /^[وفبل]/.test(token) ? [token, token.slice(1)] : [token];
}

/** The theme codes a comment touches: a theme counts once when any of its words appears as a word. */
export function themesOf(comment: string, themes: CompiledTheme[]): string[] {
	const words = new Set(normalizeArabic(comment).split(' ').flatMap(forms));
	const text = ` ${[...words].join(' ')} `;
	return themes
		.filter((t) => t.words.some((w) => (w.includes(' ') ? text.includes(` ${w} `) : words.has(w))))
		.map((t) => t.code);
}

/** Themes with the number of comments that touch each, most frequent first. */
export function countThemes(
	comments: string[],
	themes: CompiledTheme[]
): { code: string; count: number }[] {
	const counts = new Map(themes.map((t) => [t.code, 0]));
	for (const comment of comments)
		for (const code of themesOf(comment, themes)) counts.set(code, counts.get(code)! + 1);
	return [...counts.entries()]
		.map(([code, count]) => ({ code, count }))
		.filter((t) => t.count > 0)
		.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
