// The single pass (src/lib/server/ingest/single-pass.ts) must store exactly what the staged path
// stores: two stores ingest the same random files, one the usual way and one with the single pass
// turned off, and must end with the same rows, counts, rejected rows and roll-ups. Then the ways a
// file is taken or sent to the staged path, and the time-zone arithmetic it relies on.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedOffsetSpan } from '../src/lib/domain/fixed-offset';
import { interactionColumns } from '../src/lib/domain/ingest-columns';
import { Store } from '../src/lib/server/db';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import type { IngestResult } from '../src/lib/server/ingest/types';
import { migrate } from '../src/lib/server/migrate';
import { createOrganisation } from '../src/lib/server/organisation';
import { sql } from '../src/lib/server/sql';
import { removeTempDirs, tempDir } from './helpers/temp';

const scale = Number(process.env.TAHSEEN_FUZZ_PURE_RUNS ?? 3000) / 3000;
const dir = tempDir('tahseen-single-pass-');
let fileCount = 0;

afterAll(() => removeTempDirs());

async function openStore(timeZone = 'Asia/Riyadh'): Promise<Store> {
	const store = await Store.open(':memory:');
	await migrate(store);
	await createOrganisation(store, { nameAr: 'جمعية', nameEn: 'Association', timeZone });
	return store;
}

/** How a file is written: the single pass reads it with the dialect DuckDB found for its headers. */
interface Dialect {
	delimiter: ',' | ';' | '\t';
	newline: '\n' | '\r\n';
	bom: boolean;
	/** Every value in quotes, or only those that need them. */
	quoteAll: boolean;
}
const usual: Dialect = { delimiter: ',', newline: '\n', bom: false, quoteAll: false };
const dialect = fc.oneof(
	{ weight: 3, arbitrary: fc.constant(usual) },
	fc.record({
		delimiter: fc.constantFrom<Dialect['delimiter'][]>(',', ';', '\t'),
		newline: fc.constantFrom<Dialect['newline'][]>('\n', '\r\n'),
		bom: fc.boolean(),
		quoteAll: fc.boolean()
	})
);

function csvField(value: string, d: Dialect): string {
	const needsQuotes =
		d.quoteAll ||
		value.includes('"') ||
		value.includes(d.delimiter) ||
		/[\r\n]|^\s|\s$/.test(value);
	return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

const header = interactionColumns;
type Row = Record<(typeof header)[number], string>;

function writeCsv(rows: Row[], d: Dialect = usual): string {
	const file = path.join(dir, `f${++fileCount}.csv`);
	const line = (values: readonly string[]) => values.map((v) => csvField(v, d)).join(d.delimiter);
	const lines = [line(header), ...rows.map((r) => line(header.map((h) => r[h])))];
	writeFileSync(file, (d.bom ? '\ufeff' : '') + lines.join(d.newline) + d.newline);
	return file;
}

/** Ingests rows written as a CSV file the usual way (the single pass when it can). */
const ingestRows = (store: Store, rows: Row[]) =>
	ingestFile(store, { path: writeCsv(rows), kind: 'interactions', actor: 't' });

const stored = (store: Store) =>
	store.all(
		`select id, channel, type, received_at, decided_at, decision, closed_at, service, branch, team,
			beneficiary_ref from interaction order by id`
	);
const rejected = (store: Store, runId: number) =>
	store.all(
		'select line_number, raw, reasons from ingest_rejected_row where run_id = $run order by line_number',
		{ run: runId }
	);
const rollups = async (store: Store) => ({
	daily: await store.all('select * from metrics_interaction_daily order by all'),
	channels: await store.all('select * from metrics_interaction_channel_daily order by all'),
	requests: await store.all('select * from metrics_request order by all')
});

/** What a run tells its user, without what differs by store or method (run id, seconds). */
function counts(result: IngestResult) {
	const { inserted, updated, unchanged, rejected, masked, duplicates, rows } = result;
	return { inserted, updated, unchanged, rejected, masked, duplicates, rows };
}

const pad = (n: number) => String(n).padStart(2, '0');
/**
 * Rows of two kinds: `clean` rows the single pass can take (yet with trimmed ids and text, masks,
 * every ISO shape it reads), and rows that may hold anything the staged path rejects or reads
 * another way (slash dates, unknown names, a time before the received one, a masking mark).
 */
function rowOf(clean: boolean) {
	const odd = <T>(usual: fc.Arbitrary<T>, unusual: fc.Arbitrary<T>) =>
		clean ? usual : fc.oneof({ weight: 8, arbitrary: usual }, unusual);
	const time = fc
		.record({
			day: fc.integer({ min: 0, max: 900 }),
			minute: fc.integer({ min: 0, max: 1439 }),
			second: fc.integer({ min: 0, max: 59 }),
			shape: odd(
				fc.constantFrom('space', 'T', 'minutes', 'date', 'fraction'),
				fc.constant('slashes')
			)
		})
		.map(({ day, minute, second, shape }) => {
			const d = new Date(Date.UTC(2024, 0, 1 + day));
			const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
			const hhmm = `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
			const text = {
				space: `${date} ${hhmm}:${pad(second)}`,
				T: `${date}T${hhmm}:${pad(second)}`,
				minutes: `${date} ${hhmm}`,
				date,
				fraction: `${date}T${hhmm}:${pad(second)}.25`,
				slashes: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${hhmm}`
			}[shape];
			// the instant the text names, in seconds from 2024-01-01, for later times
			const seconds =
				day * 86400 +
				minute * 60 +
				(shape === 'minutes' || shape === 'slashes' ? 0 : shape === 'date' ? -minute * 60 : second);
			return { seconds, text };
		});
	const name = (spellings: string[], unknown: string[]) =>
		odd(fc.constantFrom(...spellings), fc.constantFrom(...unknown));
	const freeText = fc.oneof(
		{
			weight: 6,
			arbitrary: fc.constantFrom('خدمة الإغاثة', 'فرع حائل', 'team a', '', 'service-3')
		},
		fc.constantFrom(' padded ', '\u00a0نص\u3000', 'x\t', '  ', 'a@b.sa'),
		fc.string({ maxLength: 8 })
	);
	return fc
		.record({
			id: fc.oneof(
				{ weight: 12, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => `INT-${n}`) },
				fc.constantFrom(' INT-7', 'INT-8 '),
				odd(fc.constant('INT-9'), fc.constantFrom('', '   '))
			),
			channel: name(
				[
					'phone',
					'الاتصالات الهاتفية',
					'website',
					'الموقع الإلكتروني للجمعية',
					'هاتف',
					'Phone calls'
				],
				['', 'fax', ' phone', 'PHONE', 'الأتصالات الهاتفيه']
			),
			type: name(['inquiry', 'support_request', 'طلب دعم', 'شكوى'], ['', 'other', 'Inquiry']),
			received: odd(time, fc.constant(null)),
			decidedAfter: fc.oneof(
				fc.constant(null),
				odd(fc.integer({ min: 0, max: 40 * 86400 }), fc.integer({ min: -86400, max: -1 }))
			),
			decision: name(['', 'approved', 'مقبول', 'pending'], ['maybe', ' rejected']),
			closedAfter: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 60 * 86400 })),
			service: freeText,
			branch: freeText,
			team: freeText,
			beneficiary: fc.oneof(
				{ weight: 6, arbitrary: fc.integer({ min: 1, max: 9999 }).map((n) => `BEN-${n}`) },
				fc.constantFrom('', 'جوال 0551234567', 'a@b.sa', '1234567890', 'BEN-1 '),
				odd(fc.constant('BEN-2'), fc.constant('[هاتف محجوب]'))
			)
		})
		.map((r): Row => {
			const at = (offset: number | null) => {
				if (offset === null || !r.received) return '';
				const t = new Date(Date.UTC(2024, 0, 1) + (r.received.seconds + offset) * 1000);
				return t.toISOString().slice(0, 19).replace('T', ' ');
			};
			return {
				id: r.id,
				channel: r.channel,
				type: r.type,
				received_at: r.received?.text ?? '',
				decided_at: at(r.decidedAfter),
				decision: r.decision,
				closed_at: at(r.closedAfter),
				service: r.service,
				branch: r.branch,
				team: r.team,
				beneficiary_ref: r.beneficiary
			};
		});
}
const file = fc.record({
	rows: fc.oneof(
		fc.array(rowOf(true), { minLength: 1, maxLength: 25 }),
		fc.array(rowOf(false), { minLength: 1, maxLength: 25 })
	),
	dialect
});

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

const clean = (id: string, extra: Partial<Row> = {}): Row => ({
	id,
	channel: 'phone',
	type: 'support_request',
	received_at: '2026-03-01 09:00:00',
	decided_at: '2026-03-05 10:30:00',
	decision: 'approved',
	closed_at: '',
	service: 'خدمة الإغاثة',
	branch: 'فرع حائل',
	team: '',
	beneficiary_ref: 'BEN-1',
	...extra
});

describe('which files the single pass takes', () => {
	it('stores a clean file in one pass, and finds it unchanged the second time', async () => {
		const store = await openStore();
		try {
			const file = writeCsv([
				clean('A'),
				clean('B', { beneficiary_ref: 'جوال 0551234567' }),
				clean('C', { channel: 'الموقع الإلكتروني للجمعية', type: 'استفسار', decided_at: '' })
			]);
			const first = await ingestFile(store, { path: file, kind: 'interactions', actor: 't' });
			expect(first.method).toBe('single_pass');
			expect(counts(first)).toEqual({
				inserted: 3,
				updated: 0,
				unchanged: 0,
				rejected: 0,
				masked: 1,
				duplicates: 0,
				rows: 3
			});
			const rows = await store.all<{ id: string; channel: string; type: string; ref: string }>(
				'select id, channel, type, beneficiary_ref as ref from interaction order by id'
			);
			expect(rows).toEqual([
				{ id: 'A', channel: 'phone', type: 'support_request', ref: 'BEN-1' },
				{ id: 'B', channel: 'phone', type: 'support_request', ref: 'جوال [هاتف محجوب]' },
				{ id: 'C', channel: 'website', type: 'inquiry', ref: 'BEN-1' }
			]);
			const received = await store.one<{ t: Date }>(
				"select received_at as t from interaction where id = 'A'"
			);
			expect(received!.t.toISOString()).toBe('2026-03-01T06:00:00.000Z');

			const again = await ingestFile(store, { path: file, kind: 'interactions', actor: 't' });
			expect(again.method).toBe('single_pass');
			expect(counts(again)).toMatchObject({ inserted: 0, unchanged: 3, rows: 3 });
			const runs = await store.all<{ run: number }>(
				'select distinct ingest_run_id as run from interaction'
			);
			expect(runs).toEqual([{ run: first.run_id }]);
		} finally {
			store.close();
		}
	});

	it('reads a file with the dialect found for its headers: semicolons, a BOM, CRLF, quotes', async () => {
		const store = await openStore();
		try {
			const file = writeCsv(
				[
					clean('A', { service: 'خدمة; الإغاثة', team: 'سطر\nثانٍ' }),
					clean('B', { branch: 'فرع "حائل"' })
				],
				{ delimiter: ';', newline: '\r\n', bom: true, quoteAll: true }
			);
			const result = await ingestFile(store, { path: file, kind: 'interactions', actor: 't' });
			expect(result.method).toBe('single_pass');
			expect(counts(result)).toMatchObject({ inserted: 2, rejected: 0 });
			expect(
				await store.all('select id, service, branch, team from interaction order by id')
			).toEqual([
				{ id: 'A', service: 'خدمة; الإغاثة', branch: 'فرع حائل', team: 'سطر\nثانٍ' },
				{ id: 'B', service: 'خدمة الإغاثة', branch: 'فرع "حائل"', team: null }
			]);
		} finally {
			store.close();
		}
	});

	it('settles a file whose last row is bad the staged way, keeping nothing of the attempt', async () => {
		const store = await openStore();
		try {
			const rows = Array.from({ length: 50 }, (_, i) => clean(`R${i}`));
			rows.push(clean('BAD', { decided_at: '2026-02-01 09:00:00' }));
			const result = await ingestRows(store, rows);
			expect(result.method).toBe('staged');
			expect(counts(result)).toMatchObject({ inserted: 50, rejected: 1, rows: 51 });
			expect(await rejected(store, result.run_id)).toEqual([
				expect.objectContaining({ line_number: 52, reasons: ['decided_before_received'] })
			]);
			const runs = await store.all('select id, status from ingest_run order by id');
			expect(runs).toEqual([expect.objectContaining({ status: 'done' })]);
		} finally {
			store.close();
		}
	});

	it('sends a file that repeats an id, or mixes stored and new ids, the staged way', async () => {
		const store = await openStore();
		try {
			const repeated = await ingestRows(store, [
				clean('A'),
				clean('B'),
				clean('A', { decision: 'pending' })
			]);
			expect(repeated.method).toBe('staged');
			expect(counts(repeated)).toMatchObject({ inserted: 2, duplicates: 1 });
			const mixed = await ingestRows(store, [clean('A', { decision: 'pending' }), clean('C')]);
			expect(mixed.method).toBe('staged');
			expect(counts(mixed)).toMatchObject({ inserted: 1, unchanged: 1 });
			const changed = await ingestRows(store, [clean('A'), clean('C')]);
			expect(changed.method).toBe('staged');
			expect(counts(changed)).toMatchObject({ updated: 1, unchanged: 1 });
		} finally {
			store.close();
		}
	});

	// every stored value takes part in ingest_unchanged (sql/ingest/macros.sql), which both ways use
	const changes: [keyof Row, string][] = [
		['channel', 'website'],
		['type', 'complaint'],
		['received_at', '2026-03-01 08:00:00'],
		['decided_at', '2026-03-06 10:30:00'],
		['decision', 'rejected'],
		['closed_at', '2026-03-09 12:00:00'],
		['service', 'خدمة أخرى'],
		['branch', 'فرع الرياض'],
		['team', 'فريق ب'],
		['beneficiary_ref', 'BEN-2']
	];
	it.each(changes)('finds a row updated when only its %s differs', async (column, value) => {
		const store = await openStore();
		try {
			await ingestRows(store, [clean('A'), clean('B')]);
			const same = await ingestRows(store, [clean('A'), clean('B')]);
			expect(counts(same)).toMatchObject({ unchanged: 2, updated: 0 });
			const changed = await ingestRows(store, [clean('A'), clean('B', { [column]: value })]);
			expect(counts(changed)).toMatchObject({ unchanged: 1, updated: 1, rejected: 0 });
		} finally {
			store.close();
		}
	});

	it('learns a spelling of a name from the staged path and takes the next file with it', async () => {
		const store = await openStore();
		try {
			const first = await ingestRows(store, [clean('A', { channel: 'الأتصالات الهاتفيه' })]);
			expect(first.method).toBe('staged');
			expect(first.inserted).toBe(1);
			const next = await ingestRows(store, [clean('B', { channel: 'الأتصالات الهاتفيه' })]);
			expect(next.method).toBe('single_pass');
			const channels = await store.all('select distinct channel from interaction');
			expect(channels).toEqual([{ channel: 'phone' }]);
		} finally {
			store.close();
		}
	});
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
