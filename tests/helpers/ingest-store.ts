// Shared set-up of the ingest-*.test.ts files: a fresh store per test, and what it holds.
import { afterAll, afterEach, beforeEach } from 'vitest';
import { Store } from '../../src/lib/server/db';
import { ingestFile } from '../../src/lib/server/ingest/ingest';
import type { IngestOptions } from '../../src/lib/server/ingest/types';
import { migrate } from '../../src/lib/server/migrate';
import { removeTempDirs } from './temp';

/** The store of the current test: a migrated `:memory:` store, new for each test. */
export let store: Store;

/** Opens `store` before each test of the calling file and closes it after. */
export function useIngestStore(): void {
	beforeEach(async () => {
		store = await Store.open(':memory:');
		await migrate(store);
	});
	afterEach(() => store.close());
	afterAll(() => removeTempDirs());
}

export function ingest(
	file: string,
	kind: IngestOptions['kind'],
	extra: Partial<IngestOptions> = {}
) {
	return ingestFile(store, { path: file, kind, actor: 'cli', ...extra });
}

export async function interactions() {
	const rows = await store.all<{
		id: string;
		channel: string;
		type: string;
		received_at: Date;
		decided_at: Date | null;
		decision: string | null;
		closed_at: Date | null;
		beneficiary_ref: string | null;
		updated_at: Date;
	}>(
		'select id, channel, type, received_at, decided_at, decision, closed_at, beneficiary_ref, updated_at from interaction order by id'
	);
	return rows;
}

export async function snapshot() {
	return {
		interactions: await store.all('select * from interaction order by id'),
		responses: await store.all('select * from response order by id'),
		answers: await store.all('select * from response_answer order by response_id, question'),
		runs: await store.all('select * from ingest_run order by id'),
		rejected: await store.all('select run_id, line_number from ingest_rejected_row order by all'),
		audit: await store.all('select action, target from audit_log order by id'),
		mappings: await store.all('select name from column_mapping order by name')
	};
}
