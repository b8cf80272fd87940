import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { listMigrations, migrate } from '../src/lib/server/migrate';
import { sql } from '../src/lib/server/sql';
import { policyChannels } from './helpers/metrics-store';
import { insertTellingRows, interactionCompression } from './helpers/storage';
import { removeTempDirs, tempDir } from './helpers/temp';

afterAll(removeTempDirs);

const expectedTables = [
	'app_user',
	'audit_log',
	'channel',
	'column_mapping',
	'holiday',
	'improvement_action',
	'ingest_rejected_row',
	'ingest_run',
	'ingest_spelling',
	'interaction',
	'login_throttle',
	'metrics_interaction_channel_daily',
	'metrics_interaction_daily',
	'metrics_request',
	'metrics_request_daily',
	'metrics_response_channel_daily',
	'metrics_response_daily',
	'metrics_rollup_state',
	'metrics_turnaround_sorted',
	'organisation',
	'organisation_logo',
	'report_snapshot',
	'response',
	'response_answer',
	'schema_migration',
	'segment_label',
	'session',
	'survey',
	'survey_device',
	'survey_token',
	'survey_version'
];

/** An in-memory store with the migrations up to `version` applied and recorded, as an older release left it. */
async function storeMigratedTo(version: number): Promise<Store> {
	const store = await Store.open(':memory:');
	await store.run(sql('migrations/create_table'));
	for (const m of listMigrations().filter((m) => m.version <= version)) {
		await store.run(m.text);
		await store.run(sql('migrations/record'), {
			version: m.version,
			name: m.name,
			checksum: m.checksum
		});
	}
	return store;
}

describe('schema migrations', () => {
	it('are numbered files applied in order', () => {
		const versions = listMigrations().map((m) => m.version);
		expect(versions.length).toBeGreaterThan(0);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		expect(new Set(versions).size).toBe(versions.length);
	});

	it('apply to an empty database, then do nothing the second time', async () => {
		const store = await Store.open(':memory:');
		const all = listMigrations().map((m) => m.version);
		expect(await migrate(store)).toEqual(all);
		expect(await migrate(store)).toEqual([]);
		const tables = await store.all<{ table_name: string }>(
			"select table_name from information_schema.tables where table_schema = 'main' order by 1"
		);
		expect(tables.map((t) => t.table_name)).toEqual(expectedTables);
		const recorded = await store.all<{ version: number }>('select version from schema_migration');
		expect(recorded.map((r) => r.version)).toEqual(all);
		store.close();
	});

	it('keep every stored interaction when 005 and 007 rebuild the table', async () => {
		const store = await storeMigratedTo(4);
		await store.run(
			`insert into interaction (id, channel, type, received_at, decided_at, decision, service, ingest_run_id)
			values ('A-2', 'phone', 'support_request', '2026-11-22 09:00:00+03', '2026-11-23 10:00:00+03', 'approved', 's1', 7),
				('A-1', 'letter', 'inquiry', '2026-11-20 08:00:00+03', null, null, null, null)`
		);
		const before = await store.all('select * from interaction order by id');
		expect(await migrate(store)).toEqual(
			listMigrations()
				.filter((m) => m.version > 4)
				.map((m) => m.version)
		);
		expect(await store.all('select * from interaction order by id')).toEqual(before);
		const keys = await store.all(
			"select constraint_type from duckdb_constraints() where table_name = 'interaction' and constraint_type <> 'NOT NULL'"
		);
		expect(keys).toEqual([]);
		store.close();
	});

	it('give the answer roll-ups their sum of ces squares in 008, refilled in the built zone', async () => {
		const store = await storeMigratedTo(7);
		// 22:30 UTC on 1 March is 01:30 on 2 March in Riyadh, the zone the roll-ups were built in
		await store.run(
			`insert into response (id, submitted_at, channel, branch, csat, ces, source) values
				('r1', '2026-03-01 08:00:00+00', 'phone', 'hail', 5, 7, 'web'),
				('r2', '2026-03-01 09:00:00+00', 'phone', 'hail', 2, 3, 'web'),
				('r3', '2026-03-01 22:30:00+00', 'phone', 'hail', null, 6, 'web')`
		);
		await store.run("insert into metrics_rollup_state (id, time_zone) values (1, 'Asia/Riyadh')");
		// the day's counts as two delta rows, as refreshes leave them
		await store.run(
			`insert into metrics_response_daily (day, channel, service, branch, responses, linked, csat_n,
				csat_positive, csat_sum, nps_n, nps_promoters, nps_detractors, ces_n, ces_sum) values
				('2026-03-01', 'phone', null, 'hail', 1, 0, 1, 1, 5, 0, 0, 0, 1, 7),
				('2026-03-01', 'phone', null, 'hail', 1, 0, 1, 0, 2, 0, 0, 0, 1, 3),
				('2026-03-02', 'phone', null, 'hail', 1, 0, 0, 0, 0, 0, 0, 0, 1, 6)`
		);
		expect(await migrate(store)).toEqual(
			listMigrations()
				.filter((m) => m.version > 7)
				.map((m) => m.version)
		);
		const rows = (table: string) =>
			store.all(
				`select strftime(day, '%Y-%m-%d') as day, channel, responses::integer as responses,
					csat_sum::integer as csat_sum, ces_n::integer as ces_n, ces_sum::integer as ces_sum,
					ces_sq_sum::integer as ces_sq_sum from ${table} order by day`
			);
		// 1 March: 7² + 3² = 58; 2 March: 6² = 36 — one compacted row a day
		const expected = [
			{
				day: '2026-03-01',
				channel: 'phone',
				responses: 2,
				csat_sum: 7,
				ces_n: 2,
				ces_sum: 10,
				ces_sq_sum: 58
			},
			{
				day: '2026-03-02',
				channel: 'phone',
				responses: 1,
				csat_sum: 0,
				ces_n: 1,
				ces_sum: 6,
				ces_sq_sum: 36
			}
		];
		expect(await rows('metrics_response_daily')).toEqual(expected);
		expect(await rows('metrics_response_channel_daily')).toEqual(expected);
		store.close();
	});

	it('leave the answer roll-ups empty in 008 when they were never built', async () => {
		const store = await Store.open(':memory:');
		await migrate(store);
		const nullable = await store.all(
			"select table_name, is_nullable from information_schema.columns where column_name = 'ces_sq_sum' order by 1"
		);
		expect(nullable).toEqual([
			{ table_name: 'metrics_response_channel_daily', is_nullable: 'NO' },
			{ table_name: 'metrics_response_daily', is_nullable: 'NO' }
		]);
		expect(await store.one('select count(*)::integer as n from metrics_response_daily')).toEqual({
			n: 0
		});
		store.close();
	});

	it('store the interaction log as 007 declares, not as DuckDB would guess', async () => {
		const store = await Store.open(path.join(tempDir(), 'declared.duckdb'));
		await migrate(store);
		await insertTellingRows(store, 'INT-');
		const methods = await interactionCompression(store);
		expect(methods.service).toEqual(['Dictionary']);
		expect(methods.channel).toEqual(['Dictionary']);
		expect(methods.beneficiary_ref).toEqual(['FSST']);
		expect(methods.id).toEqual(['FSST']);
		expect(await store.one('select count(distinct service) as n from interaction')).toEqual({
			n: 5000
		});
		store.close();
	});

	it('seed the ten channels of the policy', async () => {
		const store = await Store.open(':memory:');
		await migrate(store);
		const channels = await store.all<{ code: string; name_ar: string }>(
			'select code, name_ar from channel order by sort_order'
		);
		expect(channels.map((c) => c.code)).toEqual(policyChannels);
		expect(channels[0]!.name_ar).toBe('المقابلة');
		store.close();
	});

	it('survive closing and reopening a database file', async () => {
		const file = path.join(tempDir(), 'store.duckdb');
		const first = await Store.open(file);
		expect((await migrate(first)).length).toBe(listMigrations().length);
		first.close();
		const second = await Store.open(file);
		expect(await migrate(second)).toEqual([]);
		second.close();
	});

	it('refuse to continue when an applied file was edited', async () => {
		const store = await Store.open(':memory:');
		await migrate(store);
		await store.run("update schema_migration set checksum = 'edited' where version = 1");
		await expect(migrate(store)).rejects.toThrow(/changed after it was applied/);
		store.close();
	});
});
