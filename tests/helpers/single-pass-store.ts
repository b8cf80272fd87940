// Stores for the ingest-single-pass*.test.ts files, and what an ingest leaves in them.
import { Store } from '../../src/lib/server/db';
import { ingestFile } from '../../src/lib/server/ingest/ingest';
import type { IngestResult } from '../../src/lib/server/ingest/types';
import { migrate } from '../../src/lib/server/migrate';
import { createOrganisation } from '../../src/lib/server/organisation';
import { writeCsv, type Row } from './single-pass-files';

export async function openStore(timeZone = 'Asia/Riyadh'): Promise<Store> {
	const store = await Store.open(':memory:');
	await migrate(store);
	await createOrganisation(store, { nameAr: 'جمعية', nameEn: 'Association', timeZone });
	return store;
}

/** Ingests rows written as a CSV file the usual way (the single pass when it can). */
export const ingestRows = (store: Store, rows: Row[]) =>
	ingestFile(store, { path: writeCsv(rows), kind: 'interactions', actor: 't' });

export const stored = (store: Store) =>
	store.all(
		`select id, channel, type, received_at, decided_at, decision, closed_at, service, branch, team,
			beneficiary_ref from interaction order by id`
	);
export const rejected = (store: Store, runId: number) =>
	store.all(
		'select line_number, raw, reasons from ingest_rejected_row where run_id = $run order by line_number',
		{ run: runId }
	);
export const rollups = async (store: Store) => ({
	daily: await store.all('select * from metrics_interaction_daily order by all'),
	channels: await store.all('select * from metrics_interaction_channel_daily order by all'),
	requests: await store.all('select * from metrics_request order by all')
});

/** What a run tells its user, without what differs by store or method (run id, seconds). */
export function counts(result: IngestResult) {
	const { inserted, updated, unchanged, rejected, masked, duplicates, rows } = result;
	return { inserted, updated, unchanged, rejected, masked, duplicates, rows };
}
