// Loads the editable theme lexicon, re-reading it when it changes: TAHSEEN_THEMES_PATH, else
// config/themes.json of the project (found by walking up from this module, then in the working
// folder). A build copied away without a config/ folder uses the lexicon it was built with.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import builtLexicon from '../../../../config/themes.json';
import { compileLexicon, themeLexiconSchema, type CompiledTheme } from '../../domain/themes';

const RELATIVE = path.join('config', 'themes.json');
let cached: { file: string | undefined; mtime: number; themes: CompiledTheme[] } | undefined;

/** The lexicon file in use, or undefined when there is none and the built-in one is used. */
export function themesPath(): string | undefined {
	if (process.env.TAHSEEN_THEMES_PATH) return process.env.TAHSEEN_THEMES_PATH;
	for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
		if (existsSync(path.join(dir, RELATIVE))) return path.join(dir, RELATIVE);
		if (path.dirname(dir) === dir) break;
	}
	return existsSync(RELATIVE) ? path.resolve(RELATIVE) : undefined;
}

/** The compiled themes; an unreadable or invalid file gives a clear error naming the file. */
export function loadThemes(): CompiledTheme[] {
	const file = themesPath();
	const mtime = file === undefined ? 0 : statSync(file).mtimeMs;
	if (cached && cached.file === file && cached.mtime === mtime) return cached.themes;
	const text: unknown = file === undefined ? builtLexicon : JSON.parse(readFileSync(file, 'utf8'));
	const parsed = themeLexiconSchema.safeParse(text);
	if (!parsed.success) {
		throw new Error(
			`The theme lexicon ${file ?? RELATIVE} is not valid: ${parsed.error.issues[0]?.message ?? ''}`
		);
	}
	cached = { file, mtime, themes: compileLexicon(parsed.data) };
	return cached.themes;
}
