// Property-based fuzzing of the ingest parsers in process (DuckDB in memory): the timestamp parser on
// thousands of arbitrary strings and on every accepted shape of random instants, and whole files of
// random rows (hostile text, broken dates, repeated ids) — never a crash, every row accounted for,
// text stored exactly as written. TAHSEEN_FUZZ_PURE_RUNS scales the counts for a longer run.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskPersonalData } from '../src/lib/domain/masking';
import { Store } from '../src/lib/server/db';
import { IngestFileError } from '../src/lib/server/ingest/errors';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import { migrate } from '../src/lib/server/migrate';
import { createOrganisation } from '../src/lib/server/organisation';
import { sql } from '../src/lib/server/sql';
import { hostileStrings } from './helpers/fuzz-http';
import { removeTempDirs, tempDir } from './helpers/temp';

const scale = Number(process.env.TAHSEEN_FUZZ_PURE_RUNS ?? 3000) / 3000;
const dir = tempDir('tahseen-ingest-fuzz-');
let store: Store;

beforeAll(async () => {
	store = await Store.open(':memory:');
	await migrate(store);
	await createOrganisation(store, { nameAr: 'جمعية', nameEn: 'Association' });
});
afterAll(() => {
	store.close();
	removeTempDirs();
});

/** Parses a batch of raw timestamps with the ingest macro (Riyadh, day-first unless said). */
async function parse(raws: string[], monthFirst = false): Promise<(number | null)[]> {
	return store.use(async (session) => {
		await session.run(sql('ingest/macros'));
		const rows = await session.all<{ i: number; t: Date | null }>(
			"select i, ingest_ts(raws[i], 'Asia/Riyadh', $mf) as t from (select $raws::varchar[] as raws), range(1, len($raws::varchar[]) + 1) r(i) order by i",
			{ raws, mf: monthFirst }
		);
		return rows.map((r) => (r.t ? r.t.getTime() : null));
	});
}

/** Trims a batch of values with the ingest macro (null for a value of only whitespace). */
async function blank(values: string[]): Promise<(string | null)[]> {
	return store.use(async (session) => {
		await session.run(sql('ingest/macros'));
		const rows = await session.all<{ t: string | null; e: string | null }>(
			`select ingest_blank(v) as t, ingest_blank_ends(v, ascii(v), ascii(v[-1])) as e
			from (select i, vals[i] as v from (select $vals::varchar[] as vals), range(1, len($vals::varchar[]) + 1) r(i))
			order by i`,
			{ vals: values }
		);
		// the single pass's form (the ends' code points given) trims the same way
		for (const r of rows) expect(r.e).toBe(r.t);
		return rows.map((r) => r.t);
	});
}

/** Every character JavaScript's trim() removes, and some it keeps (zero-width space, Mongolian vowel separator). */
const trimmedByJavaScript = [
	...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'
];
const keptByJavaScript = [
	'\u200b',
	'\u180e',
	'\u0085',
	'x',
	'ب',
	'٣',
	'\u0301',
	'\u200d',
	'😀',
	'!',
	'\u1fff',
	'\u3001'
];

describe('the trimming of text values', () => {
	it("removes exactly what JavaScript's trim() removes, at either end", async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc
						.array(fc.constantFrom(...trimmedByJavaScript, ...keptByJavaScript), { maxLength: 6 })
						.map((chars) => chars.join('')),
					{ minLength: 50, maxLength: 50 }
				),
				async (values) => {
					expect(await blank(values)).toEqual(values.map((v) => v.trim() || null));
				}
			),
			{ numRuns: Math.max(1, Math.round(20 * scale)) }
		);
	});
});

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const arabicDigits = (s: string) => s.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);

/** A random wall-clock time in Riyadh (UTC+3, no daylight saving) and its instant. */
const wallClock = fc
	.record({
		year: fc.integer({ min: 2000, max: 2068 }),
		month: fc.integer({ min: 1, max: 12 }),
		day: fc.integer({ min: 1, max: 28 }),
		hour: fc.integer({ min: 0, max: 23 }),
		minute: fc.integer({ min: 0, max: 59 }),
		second: fc.integer({ min: 0, max: 59 })
	})
	.map((w) => ({
		...w,
		instant: Date.UTC(w.year, w.month - 1, w.day, w.hour - 3, w.minute, w.second)
	}));
type Wall = typeof wallClock extends fc.Arbitrary<infer T> ? T : never;

/** Each shape the README lists, written from a wall-clock time: [text, month-first?]. */
function shapes(w: Wall): [string, boolean][] {
	const date = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
	const time = `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
	const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
	const ampm = `${h12}:${pad(w.minute)}:${pad(w.second)} ${w.hour < 12 ? 'AM' : 'PM'}`;
	const utc = new Date(w.instant).toISOString();
	return [
		[`${date} ${time}`, false],
		[`${date}T${time}`, false],
		[`${date}T${time}.000`, false],
		[`${date}T${time}+03:00`, false],
		[`${date}T${time}+0300`, false],
		[`${date} ${time}+03`, false],
		[utc, false],
		[`${pad(w.day)}/${pad(w.month)}/${w.year} ${time}`, false],
		[`${pad(w.day)}-${pad(w.month)}-${w.year} ${time}`, false],
		[`${pad(w.day)}/${pad(w.month)}/${w.year} ${ampm}`, false],
		[`${pad(w.month)}/${pad(w.day)}/${w.year} ${time}`, true],
		[`${w.year}/${pad(w.month)}/${pad(w.day)} ${ampm} GMT+3`, false],
		[arabicDigits(`${date} ${time}`), false],
		[
			`${pad(w.day)}/${pad(w.month)}/${w.year} ${h12}:${pad(w.minute)}:${pad(w.second)} ${w.hour < 12 ? 'ص' : 'م'}`,
			false
		]
	];
}

describe('the timestamp parser', () => {
	it(`never fails on arbitrary text (${Math.round(40 * scale) * 100} strings)`, async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.oneof(
						fc.string({ maxLength: 40 }),
						fc.string({ unit: 'binary', maxLength: 40 }),
						fc.constantFrom(...hostileStrings),
						wallClock
							.chain((w) => fc.constantFrom(...shapes(w).map(([s]) => s)))
							.map((s) => s.slice(0, Math.max(1, s.length - 3)))
					),
					{ minLength: 100, maxLength: 100 }
				),
				fc.boolean(),
				async (raws, monthFirst) => {
					const parsed = await parse(raws, monthFirst);
					expect(parsed).toHaveLength(raws.length);
					for (const t of parsed) if (t !== null) expect(Number.isFinite(t)).toBe(true);
				}
			),
			{ numRuns: Math.max(1, Math.round(40 * scale)) }
		);
	}, 120_000);

	it('reads words DuckDB itself takes for times (infinity, epoch) as no time', async () => {
		const words = ['infinity', '-infinity', 'Infinity', 'epoch', 'EPOCH', 'now', 'today'];
		expect(await parse(words)).toEqual(words.map(() => null));
		expect(await parse(words, true)).toEqual(words.map(() => null));
	});

	it(`reads every accepted shape as the same instant (${Math.round(20 * scale) * 50 * 14} values)`, async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(wallClock, { minLength: 50, maxLength: 50 }), async (walls) => {
				const cases = walls.flatMap((w) => shapes(w).map(([text, mf]) => ({ text, mf, w })));
				const dayFirst = cases.filter((c) => !c.mf);
				const monthFirst = cases.filter((c) => c.mf);
				const parsed = [
					...(await parse(dayFirst.map((c) => c.text))),
					...(await parse(
						monthFirst.map((c) => c.text),
						true
					))
				];
				for (const [i, c] of [...dayFirst, ...monthFirst].entries()) {
					expect(parsed[i], c.text).toBe(c.w.instant);
				}
			}),
			{ numRuns: Math.max(1, Math.round(20 * scale)) }
		);
	}, 120_000);
});

const text = fc.oneof(
	fc.string({ maxLength: 20 }),
	fc.constantFrom(...hostileStrings.filter((s) => !s.includes('\u0000'))),
	fc.constantFrom('خدمة الإغاثة', 'فرع حائل', 'team a', '')
);
const row = fc.record({
	id: fc.oneof(fc.constantFrom('A', 'B', 'C', 'D', ''), fc.string({ minLength: 1, maxLength: 8 })),
	channel: fc.oneof(fc.constantFrom('phone', 'هاتف', 'website', 'Phone calls'), text),
	type: fc.oneof(fc.constantFrom('inquiry', 'شكوى', 'support_request'), text),
	received: fc.oneof(
		wallClock.map((w) => shapes(w)[0]![0]),
		wallClock.map((w) => shapes(w)[7]![0]),
		text
	),
	decided: fc.oneof(
		fc.constant(''),
		wallClock.map((w) => shapes(w)[1]![0]),
		text
	),
	decision: fc.oneof(fc.constantFrom('', 'approved', 'مرفوض', 'pending'), text),
	service: text,
	branch: text,
	team: text
});

function csv(value: string): string {
	return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A valid row with every optional field empty, for the fixed examples below. */
const blankRow = {
	id: 'A',
	channel: 'phone',
	type: 'inquiry',
	received: '2026-01-01 10:00:00',
	decided: '',
	decision: '',
	service: '',
	branch: '',
	team: ''
};

describe('whole interaction files of random rows', () => {
	let file = 0;
	it(`accounts for every row and stores text as written (${Math.round(25 * scale)} files)`, async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 80 }), async (rows) => {
				const prefix = `F${++file}-`;
				const lines = [
					'id,channel,type,received_at,decided_at,decision,service,branch,team',
					...rows.map((r) =>
						[
							r.id ? prefix + r.id : '',
							r.channel,
							r.type,
							r.received,
							r.decided,
							r.decision,
							r.service,
							r.branch,
							r.team
						]
							.map(csv)
							.join(',')
					)
				];
				const target = path.join(dir, `f${file}.csv`);
				writeFileSync(target, lines.join('\n') + '\n');
				let result;
				try {
					result = await ingestFile(store, { path: target, kind: 'interactions', actor: 'cli' });
				} catch (error) {
					// a file-level problem is allowed, with its clear message; anything else is a bug
					expect(error).toBeInstanceOf(IngestFileError);
					expect((error as Error).message.length).toBeGreaterThan(10);
					return;
				}
				expect(
					result.inserted + result.updated + result.unchanged + result.rejected + result.duplicates
				).toBe(rows.length);
				const stored = await store.all<{ id: string; service: string | null; team: string | null }>(
					'select id, service, team from interaction where ingest_run_id = $run',
					{ run: result.run_id }
				);
				// ids are stored trimmed (a random id of spaces leaves the prefix alone), the last copy kept
				const lastById = new Map(rows.filter((r) => r.id).map((r) => [(prefix + r.id).trim(), r]));
				for (const s of stored) {
					const source = lastById.get(s.id);
					expect(source, s.id).toBeDefined();
					for (const field of ['service', 'team'] as const) {
						const written = source![field].trim();
						if (maskPersonalData(written).masked === 0) {
							expect(s[field] ?? '').toBe(written);
						}
					}
				}
			}),
			{
				numRuns: Math.max(1, Math.round(25 * scale)),
				// found by this property: a value of only line breaks or other whitespace is blank
				examples: [
					[
						[
							{ ...blankRow, id: 'A', team: '\r\n' },
							{ ...blankRow, id: 'B', service: '\u00a0\t', branch: ' \u2003' }
						]
					]
				]
			}
		);
	}, 300_000);
});
