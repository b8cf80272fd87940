// Backup and restore of the whole store: every table as Parquet plus the schema (DuckDB's EXPORT
// DATABASE, sequences at their current values), with a manifest of row counts that a restore checks.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Store } from './db';
import { sql } from './sql';

export const manifestFile = 'tahseen-backup.json';

export interface BackupManifest {
	format: 1;
	created_at: string;
	/** The store that was backed up. */
	source: string;
	/** Schema versions applied (schema_migration). */
	schema: number[];
	/** Rows per table. */
	tables: Record<string, number>;
}

/** A backup or restore that cannot go ahead; the message says why and what to do. */
export class BackupError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BackupError';
	}
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Rows per table of the store, by table name. */
export async function tableCounts(store: Store): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const { name } of await store.all<{ name: string }>(sql('backup/tables'))) {
		out[name] = (await store.one<{ n: number }>(sql('backup/count_rows'), {
			table: quoted(name)
		}))!.n;
	}
	return out;
}

/** Writes the store to `dir` (new or empty) and returns its manifest. */
export async function backupStore(store: Store, dir: string): Promise<BackupManifest> {
	if (existsSync(dir) && readdirSync(dir).length > 0) {
		throw new BackupError(
			`The folder ${dir} is not empty; back up into a new or empty folder so no older backup is mixed in.`
		);
	}
	const tables = await tableCounts(store);
	if (!('schema_migration' in tables)) {
		throw new BackupError(`The database ${store.path} has no Tahseen schema: nothing to back up.`);
	}
	const schema = (
		await store.all<{ version: number }>('select version from schema_migration order by version')
	).map((r) => r.version);
	await store.exportDatabase(dir);
	const manifest: BackupManifest = {
		format: 1,
		created_at: new Date().toISOString(),
		source: store.path,
		schema,
		tables
	};
	writeFileSync(path.join(dir, manifestFile), JSON.stringify(manifest, null, '\t') + '\n');
	return manifest;
}

/** Reads and checks a backup folder's manifest. */
export function readManifest(dir: string): BackupManifest {
	const file = path.join(dir, manifestFile);
	if (!existsSync(file) || !existsSync(path.join(dir, 'schema.sql'))) {
		throw new BackupError(
			`${dir} is not a Tahseen backup (it has no ${manifestFile} and schema.sql); give the folder written by npm run backup.`
		);
	}
	const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
	if (manifest.format !== 1 || typeof manifest.tables !== 'object') {
		throw new BackupError(`${file} is not a backup manifest this version understands.`);
	}
	return manifest;
}

/**
 * Migrations that only declare how columns are stored (their compression), which EXPORT DATABASE
 * does not write into schema.sql: a restore runs them again. Each rebuilds its table from itself.
 */
const storageMigrations = [{ version: 7, file: 'schema/007_interaction_compression' }];

/**
 * Loads the backup in `dir` into `store`, which must be empty, and checks every table's row count
 * against the manifest. Returns the manifest.
 */
export async function restoreStore(store: Store, dir: string): Promise<BackupManifest> {
	const manifest = readManifest(dir);
	const objects = (await store.one<{ n: number }>(sql('backup/objects')))!.n;
	if (objects > 0) {
		throw new BackupError(
			`The database ${store.path} is not empty (${objects} tables or sequences); restore only into a new, empty database: set DATABASE_PATH to a new file, or move this one away first.`
		);
	}
	await store.importDatabase(dir);
	const counts = await tableCounts(store);
	const differences = Object.keys({ ...manifest.tables, ...counts })
		.filter((t) => manifest.tables[t] !== counts[t])
		.map(
			(t) =>
				`${t}: ${manifest.tables[t] ?? 'absent'} in the backup, ${counts[t] ?? 'absent'} restored`
		);
	if (differences.length) {
		throw new BackupError(`The restore does not match the backup: ${differences.join('; ')}.`);
	}
	for (const { version, file } of storageMigrations) {
		if (manifest.schema.includes(version)) {
			await store.transaction((tx) => tx.run(sql(file)));
		}
	}
	return manifest;
}
