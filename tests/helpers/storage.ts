// How DuckDB stored the interaction log's columns, for checking the declarations of
// sql/schema/007_interaction_compression.sql.
import type { Store } from '../../src/lib/server/db';

/**
 * Adds 5000 interactions that DuckDB, left to itself, would store otherwise than 007 declares:
 * distinct long services (it would take FSST, not a dictionary) and three references repeated
 * (a dictionary, not FSST).
 */
export async function insertTellingRows(store: Store, idPrefix: string): Promise<void> {
	await store.run(
		`insert into interaction (id, channel, type, received_at, service, beneficiary_ref)
		select $prefix || i, 'phone', 'inquiry', timestamptz '2026-11-01 08:00:00+03', md5(i::varchar),
			'BEN-' || (i % 3)
		from range(5000) r(i)`,
		{ prefix: idPrefix }
	);
}

/** The compression methods of each column's data segments, after a checkpoint. */
export async function interactionCompression(store: Store): Promise<Record<string, string[]>> {
	await store.run('checkpoint');
	const rows = await store.all<{ column_name: string; methods: string[] }>(
		`select column_name, list(distinct compression order by compression) as methods
		from pragma_storage_info('interaction')
		where segment_type <> 'VALIDITY'
		group by column_name`
	);
	return Object.fromEntries(rows.map((r) => [r.column_name, r.methods]));
}
