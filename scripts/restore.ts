// npm run restore -- DIR
// Loads a backup written by npm run backup into DATABASE_PATH, which must be a new or empty
// database (a non-empty one is refused), then checks every table's row count against the backup.
// DuckDB lets one process open the file: stop any server using it first (exit 75 otherwise).
import { readManifest, restoreStore } from '../src/lib/server/backup';
import { openStore, parseFlags, runCli, UsageError } from './cli';

const usage = 'npm run restore -- DIR   (into DATABASE_PATH, a new or empty database)';

runCli(async () => {
	const { positionals } = parseFlags({}, usage);
	if (positionals.length !== 1) throw new UsageError(`Give one backup folder. Usage: ${usage}`);
	const dir = positionals[0]!;
	readManifest(dir);
	const store = await openStore();
	try {
		const started = performance.now();
		const manifest = await restoreStore(store, dir);
		const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
		console.log(
			`Restored ${dir} (backed up ${manifest.created_at}) into ${store.path}: ` +
				`${Object.keys(manifest.tables).length} tables, ${rows.toLocaleString('en')} rows, every count checked ` +
				`(${((performance.now() - started) / 1000).toFixed(1)} s).`
		);
	} finally {
		store.close();
	}
});
