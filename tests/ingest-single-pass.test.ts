// The single pass (src/lib/server/ingest/single-pass.ts) must store exactly what the staged path
// stores: two stores ingest the same random files, one the usual way and one with the single pass
// turned off, and must end with the same rows, counts, rejected rows and roll-ups. Then the
// time-zone arithmetic it relies on (which files it takes: ingest-single-pass-routing).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedOffsetSpan } from '../src/lib/domain/fixed-offset';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import { sql } from '../src/lib/server/sql';
import { removeTempDirs } from './helpers/temp';
import { scale, writeCsv, file } from './helpers/single-pass-files';
import { openStore, stored, rejected, rollups, counts } from './helpers/single-pass-store';

afterAll(() => removeTempDirs());

describe('the single pass stores what the staged path stores', () => {
	it(`in two stores fed the same files, one without the single pass (${Math.round(20 * scale)} runs)`, async () => {
		const methods: string[] = [];
		await fc.assert(
			fc.asyncProperty(
				fc.array(file, { minLength: 1, maxLength: 3 }),
				fc.boolean(),
				async (files, repeatFirst) => {
					const usual = await openStore();
					const staged = await openStore();
					try {
						const paths = files.map((f) => writeCsv(f.rows, f.dialect));
						if (repeatFirst) paths.push(paths[0]!);
						for (const file of paths) {
							const a = await ingestFile(usual, { path: file, kind: 'interactions', actor: 't' });
							const b = await ingestFile(staged, {
								path: file,
								kind: 'interactions',
								actor: 't',
								singlePass: false
							});
							methods.push(a.method);
							expect(b.method).toBe('staged');
							expect(counts(a)).toEqual(counts(b));
							expect(await rejected(usual, a.run_id)).toEqual(await rejected(staged, b.run_id));
						}
						expect(await stored(usual)).toEqual(await stored(staged));
						expect(await rollups(usual)).toEqual(await rollups(staged));
					} finally {
						usual.close();
						staged.close();
					}
				}
			),
			{ numRuns: Math.max(2, Math.round(20 * scale)) }
		);
		// the generated files include clean ones, which the single pass took
		const singlePasses = methods.filter((m) => m === 'single_pass').length;
		expect(singlePasses).toBeGreaterThan(methods.length / 5);
		expect(singlePasses).toBeLessThan(methods.length);
	}, 300_000);
});

describe('local times as instants by a fixed offset', () => {
	const zones = ['Asia/Riyadh', 'Europe/London', 'America/Mexico_City', 'Asia/Kolkata', 'UTC'];

	it.each(zones)('gives the instant DuckDB’s own zone rules give, in %s', async (zone) => {
		const store = await openStore(zone);
		try {
			await store.use(async (session) => {
				await session.run(sql('ingest/macros'));
				await session.run(sql('ingest/create_stage_interactions'));
				await session.run(sql('ingest/create_value_map'));
				await session.run(sql('ingest/single_pass_macros'));
			});
			const samples = await store.all<{ local: Date; offset_us: number }>(
				sql('ingest/zone_offsets'),
				{ zone }
			);
			const span = fixedOffsetSpan(samples, new Date());
			const wall = (d: Date) => d.toISOString().slice(0, 23).replace('T', ' ');
			await fc.assert(
				fc.asyncProperty(
					fc.array(
						fc.date({
							min: new Date(Date.UTC(1900, 0, 2)),
							max: new Date(Date.UTC(2199, 11, 30)),
							noInvalidDate: true
						}),
						{ minLength: 50, maxLength: 50 }
					),
					async (dates) => {
						const rows = await store.all<{ fast: Date | null; rules: Date | null }>(
							`select ingest_local_instant(t, $zone, $from::timestamp, $to::timestamp, $offset::bigint) as fast,
								timezone($zone, t) as rules
							from (select unnest($times::varchar[])::timestamp as t)`,
							{
								zone,
								from: wall(span?.from ?? new Date(Date.UTC(2200, 0))),
								to: wall(span?.to ?? new Date(Date.UTC(1900, 0))),
								offset: span?.offsetUs ?? 0,
								times: dates.map(wall)
							}
						);
						for (const r of rows) expect(r.fast?.getTime()).toBe(r.rules?.getTime());
					}
				),
				{ numRuns: Math.max(2, Math.round(10 * scale)) }
			);
			if (zone === 'Asia/Riyadh') {
				expect(span).toMatchObject({ offsetUs: 3 * 3600 * 1e6 });
				expect(span!.from.getUTCFullYear()).toBeLessThan(1950);
				expect(span!.to.getUTCFullYear()).toBe(2199);
			}
		} finally {
			store.close();
		}
	});
});
