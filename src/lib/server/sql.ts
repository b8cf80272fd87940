// Loads the project's SQL files (sql/<folder>/<name>.sql) by name, once, from the project root.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding `sql/schema`, found by walking up from this module (source or build). */
function findSqlRoot(): string {
	const override = process.env.TAHSEEN_SQL_DIR;
	if (override) return path.resolve(override);
	let dir = path.dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const candidate = path.join(dir, 'sql');
		if (existsSync(path.join(candidate, 'schema'))) return candidate;
		const parent = path.dirname(dir);
		if (parent === dir) break;
		dir = parent;
	}
	const fromCwd = path.resolve('sql');
	if (existsSync(path.join(fromCwd, 'schema'))) return fromCwd;
	throw new Error('Cannot find the sql/ folder; set TAHSEEN_SQL_DIR to its path.');
}

let root: string | undefined;
const cache = new Map<string, string>();

export function sqlRoot(): string {
	root ??= findSqlRoot();
	return root;
}

/** The text of `sql/<name>.sql`, e.g. `sql('home/month_counts')`. */
export function sql(name: string): string {
	let text = cache.get(name);
	if (text === undefined) {
		if (!/^[a-z0-9_]+(\/[a-z0-9_]+)*$/.test(name)) throw new Error(`Bad SQL file name: ${name}`);
		text = readFileSync(path.join(sqlRoot(), `${name}.sql`), 'utf8');
		cache.set(name, text);
	}
	return text;
}

/** The files of one folder in name order, e.g. the schema migrations. */
export function sqlFolder(folder: string): { file: string; text: string }[] {
	const dir = path.join(sqlRoot(), folder);
	return readdirSync(dir)
		.filter((file) => file.endsWith('.sql'))
		.sort()
		.map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
}
