// Applies the versioned schema (sql/schema/NNN_name.sql) in order, each in its own transaction,
// and records it in schema_migration so a second run does nothing.
import { createHash } from 'node:crypto';
import type { Store } from './db';
import { sql, sqlFolder } from './sql';

export interface Migration {
	version: number;
	name: string;
	checksum: string;
	text: string;
}

export function listMigrations(): Migration[] {
	return sqlFolder('schema').map(({ file, text }) => {
		const match = /^(\d{3})_([a-z0-9_]+)\.sql$/.exec(file);
		if (!match) throw new Error(`Schema file ${file} is not named NNN_name.sql`);
		return {
			version: Number(match[1]),
			name: match[2]!,
			checksum: createHash('sha256').update(text).digest('hex'),
			text
		};
	});
}

/** Applies the migrations not yet recorded; returns the versions it applied. */
export async function migrate(store: Store): Promise<number[]> {
	await store.run(sql('migrations/create_table'));
	const applied = new Map(
		(await store.all<{ version: number; checksum: string }>(sql('migrations/applied'))).map(
			(row) => [row.version, row.checksum]
		)
	);
	const done: number[] = [];
	for (const migration of listMigrations()) {
		const previous = applied.get(migration.version);
		if (previous !== undefined) {
			if (previous !== migration.checksum) {
				throw new Error(
					`Schema file ${String(migration.version).padStart(3, '0')}_${migration.name}.sql changed after it was applied; add a new migration instead of editing it.`
				);
			}
			continue;
		}
		await store.transaction(async (tx) => {
			await tx.run(migration.text);
			await tx.run(sql('migrations/record'), {
				version: migration.version,
				name: migration.name,
				checksum: migration.checksum
			});
		});
		done.push(migration.version);
	}
	// never leave schema changes only in the write-ahead log (see sql/migrations/checkpoint.sql)
	if (done.length) await store.run(sql('migrations/checkpoint'));
	// ids never repeat after a crash (see the file)
	await store.run(sql('store/advance_sequences'));
	return done;
}
