// The SQL files and the code that names them agree: every name the code passes to sql() (as a
// 'folder/name' string literal) is a file, and every file is named somewhere (the schema folder is
// read whole by the migrations). Under Vite the files come bundled with the code, and the loader
// then never reads the file system (so build/ runs without the sql/ folder).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { metricsQueryParams, turnaroundMacroQueries } from '../src/lib/server/metrics/query-params';
import { sql, sqlBundled, sqlFolder, sqlNames } from '../src/lib/server/sql';

const root = path.resolve(import.meta.dirname, '..');

function filesBelow(dir: string, test: (name: string) => boolean): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter(test)
		.map((file) => path.join(dir, file));
}

/** `folder/name` of every .sql file on disk. */
const onDisk = filesBelow(path.join(root, 'sql'), (f) => f.endsWith('.sql'))
	.map((f) => path.relative(path.join(root, 'sql'), f).slice(0, -'.sql'.length))
	.map((f) => f.split(path.sep).join('/'))
	.sort();

const folders = new Set(onDisk.map((name) => name.split('/')[0]!));

/** Every 'folder/name' literal whose folder is one of sql/'s, per code file. */
function namesIn(dirs: string[]): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const dir of dirs) {
		const code = filesBelow(path.join(root, dir), (f) => /\.(ts|js|svelte)$/.test(f));
		for (const file of code.filter((f) => f !== import.meta.filename)) {
			const text = readFileSync(file, 'utf8');
			for (const match of text.matchAll(/['"`]([a-z0-9_]+(?:\/[a-z0-9_]+)+)['"`]/g)) {
				const name = match[1]!;
				if (!folders.has(name.split('/')[0]!)) continue;
				found.set(name, [...(found.get(name) ?? []), path.relative(root, file)]);
			}
		}
	}
	return found;
}

describe('SQL files', () => {
	const used = namesIn(['src', 'scripts', 'bench']);
	const usedByTests = namesIn(['tests']);

	it('finds the names the code uses', () => {
		expect(used.size).toBeGreaterThan(200);
		expect(used.get('metrics/responses')).toContain('src/lib/server/metrics/sources.ts');
	});

	it('has a file for every name the code passes to sql()', () => {
		const missing = [...used, ...usedByTests]
			.filter(([name]) => !onDisk.includes(name))
			.map(([name, files]) => `${name} (${files.join(', ')})`);
		expect(missing).toEqual([]);
	});

	it('uses every file (the schema migrations as a folder; a few only in tests)', () => {
		const migrations = readFileSync(path.join(root, 'src/lib/server/migrate.ts'), 'utf8');
		expect(migrations).toContain("sqlFolder('schema')");
		const unused = onDisk.filter(
			(name) => !name.startsWith('schema/') && !used.has(name) && !usedByTests.has(name)
		);
		expect(unused).toEqual([]);
		// SQL only the tests use: reference implementations the app's code is compared with
		expect(onDisk.filter((name) => !used.has(name) && usedByTests.has(name))).toEqual([
			'demo/fingerprint',
			'masking/apply_rule'
		]);
	});

	it('bundles exactly the files on disk, with the same text', () => {
		expect(sqlBundled).toBe(true);
		expect(sqlNames()).toEqual(onDisk);
		for (const name of onDisk) {
			expect(sql(name)).toBe(readFileSync(path.join(root, 'sql', `${name}.sql`), 'utf8'));
		}
		expect(sqlFolder('schema').map((f) => f.file)).toEqual(
			onDisk.filter((n) => n.startsWith('schema/')).map((n) => `${n.slice('schema/'.length)}.sql`)
		);
	});

	it('refuses a name that is not a file', () => {
		expect(() => sql('metrics/no_such_query')).toThrow('There is no SQL file');
		expect(() => sql('../package')).toThrow('Bad SQL file name');
	});
});

describe('metrics query parameters', () => {
	it('declares for each query exactly the $parameters its SQL uses', () => {
		for (const [name, declared] of Object.entries(metricsQueryParams)) {
			const code = sql(name).replace(/--.*$/gm, '');
			const used = new Set([...code.matchAll(/\$([a-z_]+)/g)].map((m) => m[1]!));
			expect([...declared].sort(), name).toEqual([...used].sort());
		}
	});

	it('makes the turnaround macros before every query that reads them, and only those', () => {
		const macros = [
			...sql('metrics/turnaround_macros').matchAll(/create or replace temp macro ([a-z_]+)/g)
		].map((m) => m[1]!);
		expect(macros).toContain('turnaround_durations');
		const reading = Object.keys(metricsQueryParams).filter((name) => {
			const code = sql(name).replace(/--.*$/gm, '');
			return macros.some((macro) => code.includes(`${macro}(`));
		});
		expect(reading.sort()).toEqual([...turnaroundMacroQueries].sort());
	});
});

describe('the bundled loader', () => {
	afterEach(() => {
		vi.doUnmock('node:fs');
		vi.resetModules();
	});

	it('never reads the file system', async () => {
		const refuse = () => {
			throw new Error('the SQL loader touched the file system');
		};
		vi.resetModules();
		vi.doMock('node:fs', () => ({
			existsSync: refuse,
			readFileSync: refuse,
			readdirSync: refuse,
			statSync: refuse
		}));
		const loader = await import('../src/lib/server/sql');
		expect(loader.sqlBundled).toBe(true);
		expect(loader.sql('health/ping')).toContain('select');
		expect(loader.sqlFolder('schema').length).toBe(
			onDisk.filter((n) => n.startsWith('schema/')).length
		);
		expect(loader.sqlNames()).toEqual(onDisk);
	});
});
