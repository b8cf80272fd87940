// npm run backup -- --out DIR
// Writes the whole store (DATABASE_PATH) to DIR, a new or empty folder: every table as Parquet,
// schema.sql and load.sql (DuckDB's EXPORT DATABASE) and tahseen-backup.json (rows per table).
// DuckDB lets one process open the file: stop the server first (exit 75 while it runs).
import { backupStore } from '../src/lib/server/backup';
import { openStore, parseFlags, runCli, UsageError } from './cli';

const usage = 'npm run backup -- --out DIR';

runCli(async () => {
	const { values, positionals } = parseFlags({ out: { type: 'string' } }, usage);
	if (positionals.length)
		throw new UsageError(`Unexpected argument "${positionals[0]}". Usage: ${usage}`);
	if (!values.out) throw new UsageError(`--out DIR is required. Usage: ${usage}`);
	const store = await openStore();
	try {
		const started = performance.now();
		const manifest = await backupStore(store, values.out);
		const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
		console.log(
			`Backed up ${store.path} to ${values.out}: ${Object.keys(manifest.tables).length} tables, ` +
				`${rows.toLocaleString('en')} rows, schema ${manifest.schema.join(', ')} ` +
				`(${((performance.now() - started) / 1000).toFixed(1)} s).`
		);
	} finally {
		store.close();
	}
});
