// Loads the editable theme lexicon (config/themes.json, or TAHSEEN_THEMES_PATH), re-reading it when it changes.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compileLexicon, themeLexiconSchema, type CompiledTheme } from '../../domain/themes';
import { sqlRoot } from '../sql';

let cached: { file: string; mtime: number; themes: CompiledTheme[] } | undefined;

export function themesPath(): string {
	return (
		process.env.TAHSEEN_THEMES_PATH ?? path.join(path.dirname(sqlRoot()), 'config', 'themes.json')
	);
}

/** The compiled themes; an unreadable or invalid file gives a clear error naming the file. */
export function loadThemes(): CompiledTheme[] {
	const file = themesPath();
	const mtime = statSync(file).mtimeMs;
	if (cached && cached.file === file && cached.mtime === mtime) return cached.themes;
	const parsed = themeLexiconSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
	if (!parsed.success) {
		throw new Error(
			`The theme lexicon ${file} is not valid: ${parsed.error.issues[0]?.message ?? ''}`
		);
	}
	cached = { file, mtime, themes: compileLexicon(parsed.data) };
	return cached.themes;
}
