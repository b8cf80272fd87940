// The project's SQL files (sql/<folder>/<name>.sql) by name.
//
// Where the code goes through Vite (the app, its build and the tests under vitest), every file is
// bundled into the code by import.meta.glob, so `build/` runs without the sql/ folder and never
// reads it. The command-line scripts and benchmarks run TypeScript directly with tsx, which has no
// import.meta.glob: there the files are read from the sql/ folder of this checkout, found by walking
// up from this module, once each, on first use. Both give the same text for the same name.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `/sql/<name>.sql` → its text, when Vite bundled the files; undefined under tsx. */
function bundledFiles(): Record<string, string> | undefined {
	try {
		// Vite replaces this call with the files' text at build time; under tsx it throws
		return import.meta.glob<string>('/sql/**/*.sql', {
			query: '?raw',
			import: 'default',
			eager: true
		});
	} catch {
		return undefined;
	}
}

const bundled = bundledFiles();
const cache = new Map<string, string>();
let root: string | undefined;

/** Whether the SQL came with the code (Vite) rather than from the sql/ folder on disk (tsx). */
export const sqlBundled = bundled !== undefined;

/** The sql/ folder of this checkout, found by walking up from this module (tsx only). */
function sqlRoot(): string {
	if (root) return root;
	for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
		if (existsSync(path.join(dir, 'sql', 'schema'))) return (root = path.join(dir, 'sql'));
		if (path.dirname(dir) === dir) break;
	}
	throw new Error('Cannot find the sql/ folder above ' + fileURLToPath(import.meta.url));
}

/** The text of `sql/<name>.sql`, e.g. `sql('home/month_counts')`. */
export function sql(name: string): string {
	let text = cache.get(name);
	if (text === undefined) {
		if (!/^[a-z0-9_]+(\/[a-z0-9_]+)*$/.test(name)) throw new Error(`Bad SQL file name: ${name}`);
		text = bundled
			? bundled[`/sql/${name}.sql`]
			: readFileSync(path.join(sqlRoot(), `${name}.sql`), 'utf8');
		if (text === undefined) throw new Error(`There is no SQL file sql/${name}.sql`);
		cache.set(name, text);
	}
	return text;
}

/** The names of every SQL file (`folder/name`, without `.sql`), in name order. */
export function sqlNames(): string[] {
	const names = bundled
		? Object.keys(bundled).map((key) => key.slice('/sql/'.length, -'.sql'.length))
		: filesBelow(sqlRoot()).map((file) => file.slice(0, -'.sql'.length));
	return names.sort();
}

/** The files of one folder in name order, e.g. the schema migrations. */
export function sqlFolder(folder: string): { file: string; text: string }[] {
	const prefix = `${folder}/`;
	return sqlNames()
		.filter((name) => name.startsWith(prefix) && !name.slice(prefix.length).includes('/'))
		.map((name) => ({ file: `${name.slice(prefix.length)}.sql`, text: sql(name) }));
}

function filesBelow(dir: string, prefix = ''): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? filesBelow(path.join(dir, entry.name), `${prefix}${entry.name}/`)
			: entry.name.endsWith('.sql')
				? [`${prefix}${entry.name}`]
				: []
	);
}
