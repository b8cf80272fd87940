// Ingest of interaction logs and survey responses: every rule on small fixture files.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maskPersonalData } from '../src/lib/domain/masking';
import { Store } from '../src/lib/server/db';
import { IngestFileError } from '../src/lib/server/ingest/errors';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import type { IngestOptions } from '../src/lib/server/ingest/types';
import { inspectFile } from '../src/lib/server/ingest/inspect';
import { getRun, rejectedRows, rejectedRowsCsv } from '../src/lib/server/ingest/runs';
import { migrate } from '../src/lib/server/migrate';
import { createOrganisation } from '../src/lib/server/organisation';
import { removeTempDirs, tempDir } from './helpers/temp';

const fixtures = path.resolve(import.meta.dirname, 'fixtures/ingest');
const fixture = (name: string) => path.join(fixtures, name);

let store: Store;
beforeEach(async () => {
	store = await Store.open(':memory:');
	await migrate(store);
});
afterEach(() => store.close());
afterAll(() => removeTempDirs());

/** A file of the given name and text in a new temporary folder. */
function tempFile(name: string, text: string): string {
	const file = path.join(tempDir(), name);
	writeFileSync(file, text);
	return file;
}

function ingest(file: string, kind: IngestOptions['kind'], extra: Partial<IngestOptions> = {}) {
	return ingestFile(store, { path: file, kind, actor: 'cli', ...extra });
}

async function interactions() {
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

async function snapshot() {
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

describe('a semicolon CSV with a BOM, CRLF, Arabic headers and a quoted line break', () => {
	it('stores the valid rows, rejects the others with every reason, counts a repeated id once', async () => {
		const result = await ingest(fixture('interactions-ar.csv'), 'interactions');
		expect(result).toMatchObject({
			inserted: 4,
			updated: 0,
			unchanged: 0,
			rejected: 3,
			duplicates: 1,
			rows: 8,
			masked: 1,
			format: 'csv',
			mappingSource: 'suggested'
		});
		expect(result.inserted + result.updated + result.unchanged + result.rejected).toBe(
			result.rows - result.duplicates
		);

		const rows = await interactions();
		expect(rows.map((r) => [r.id, r.channel, r.type])).toEqual([
			['R-001', 'phone', 'support_request'],
			['R-002', 'website', 'inquiry'],
			['R-003', 'in_person', 'complaint'],
			['R-006', 'social_media', 'suggestion']
		]);
		const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
		// 22/11/2026 09:30 in Riyadh (UTC+3) is 06:30 UTC; an offset is converted, not read as local
		expect(byId['R-001']!.received_at.toISOString()).toBe('2026-11-22T06:30:00.000Z');
		expect(byId['R-001']!.decided_at!.toISOString()).toBe('2026-11-29T07:00:00.000Z');
		expect(byId['R-001']!.decision).toBe('approved');
		// Arabic-Indic digits; a hamza and a damma on the channel name
		expect(byId['R-003']!.received_at.toISOString()).toBe('2026-11-23T07:15:00.000Z');
		expect(byId['R-003']!.closed_at!.toISOString()).toBe('2026-11-24T08:00:00.000Z');
		// the last copy of R-002 wins
		expect(byId['R-002']!.beneficiary_ref).toBe('B-1002');
		// a national ID number in beneficiary_ref is masked
		expect(byId['R-006']!.beneficiary_ref).toBe('[رقم هوية محجوب]');

		const rejected = await rejectedRows(store, result.run_id);
		expect(rejected.map((r) => [r.line, r.reasons])).toEqual([
			[5, ['unknown_channel', 'unparseable_date:received_at']],
			[6, ['unknown_decision', 'decided_before_received']],
			[7, ['missing_value:id', 'missing_value:received_at']]
		]);
		expect(rejected[0]!.raw).toMatchObject({ 'رقم الطلب': 'R-004', القناة: 'حمام زاجل' });
	});

	it('records the run: who, file, size, SHA-256, kind, counts, duration; and an audit entry', async () => {
		const result = await ingest(fixture('interactions-ar.csv'), 'interactions');
		const run = (await getRun(store, result.run_id))!;
		const { createHash } = await import('node:crypto');
		const { readFileSync, statSync } = await import('node:fs');
		const file = fixture('interactions-ar.csv');
		expect(run).toMatchObject({
			status: 'done',
			kind: 'interactions',
			file_name: 'interactions-ar.csv',
			file_size: statSync(file).size,
			file_sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
			actor: 'cli',
			inserted: 4,
			rejected: 3,
			duplicates: 1,
			masked: 1,
			format: 'csv'
		});
		expect(run.duration_ms).toBeGreaterThanOrEqual(0);
		const audit = await store.all<{ action: string; target: string }>(
			'select action, target from audit_log'
		);
		expect(audit).toEqual([{ action: 'ingest.run', target: `ingest_run:${result.run_id}` }]);
	});

	it('offers the rejected rows as CSV with the reasons in words', async () => {
		const result = await ingest(fixture('interactions-ar.csv'), 'interactions');
		const csv = await rejectedRowsCsv(store, result.run_id);
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe(
			'line,reason_codes,reasons,الأسباب,رقم الطلب,القناة,نوع الطلب,تاريخ الاستلام,تاريخ القرار,القرار,تاريخ الإغلاق,الخدمة,الفرع,الفريق,المستفيد'
		);
		expect(lines).toHaveLength(4);
		expect(lines[1]).toContain('Unknown channel | Date not understood: Received at');
		expect(lines[1]).toContain('قناة غير معروفة');
		expect(lines[1]).toContain('حمام زاجل');
	});
});

describe('idempotency and updates', () => {
	it('the same file twice: all unchanged, nothing rewritten', async () => {
		await ingest(fixture('interactions-ar.csv'), 'interactions');
		const before = await interactions();
		const again = await ingest(fixture('interactions-ar.csv'), 'interactions');
		expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 4, rejected: 3, masked: 0 });
		expect(await interactions()).toEqual(before);
	});

	it('an update file: same instants written differently are unchanged; changed rows updated', async () => {
		await ingest(fixture('interactions-ar.csv'), 'interactions');
		const result = await ingest(fixture('interactions-update.csv'), 'interactions');
		expect(result).toMatchObject({ inserted: 1, updated: 1, unchanged: 2, rejected: 0 });
		const byId = Object.fromEntries((await interactions()).map((r) => [r.id, r]));
		expect(byId['R-003']!.closed_at!.toISOString()).toBe('2026-11-25T08:00:00.000Z');
		// 01/12/2026 is day-first: 1 December, midnight in Riyadh
		expect(byId['R-007']!.received_at.toISOString()).toBe('2026-11-30T21:00:00.000Z');
		expect(byId['R-007']!.channel).toBe('letter');
	});
});

describe('whitespace and order', () => {
	it('a value of only whitespace is no value; spaces around a value are dropped', async () => {
		// U+00A0 no-break space, U+2003 em space, U+3000 ideographic space, U+FEFF
		const file = tempFile(
			'spaces.csv',
			'id,channel,type,received_at,decided_at,decision,closed_at,team\n' +
				' W-1 ,\u00a0phone ,inquiry\u2003, 2026-11-22T09:00:00\u00a0,,\u3000,,\u00a0team-a\n' +
				'W-2,\u2003,inquiry,2026-11-22T09:00:00,\u00a0,,,\n' +
				'W-3,phone,\u3000,\u00a0\u2003,,,,\n' +
				'W-4,phone,inquiry,2026-11-22T09:00:00,\ufeff,pending ,\u2003,\n'
		);
		const result = await ingest(file, 'interactions');
		expect(result).toMatchObject({ inserted: 2, rejected: 2 });
		const rows = await store.all<{
			id: string;
			channel: string;
			type: string;
			received_at: Date;
			decided_at: Date | null;
			decision: string | null;
			closed_at: Date | null;
			team: string | null;
		}>(
			'select id, channel, type, received_at, decided_at, decision, closed_at, team from interaction order by id'
		);
		expect(rows).toEqual([
			{
				id: 'W-1',
				channel: 'phone',
				type: 'inquiry',
				received_at: new Date('2026-11-22T06:00:00Z'),
				decided_at: null,
				decision: null,
				closed_at: null,
				team: 'team-a'
			},
			{
				id: 'W-4',
				channel: 'phone',
				type: 'inquiry',
				received_at: new Date('2026-11-22T06:00:00Z'),
				decided_at: null,
				decision: 'pending',
				closed_at: null,
				team: null
			}
		]);
		const rejected = await rejectedRows(store, result.run_id);
		expect(rejected.map((r) => [r.line, r.reasons])).toEqual([
			[3, ['missing_value:channel']],
			[4, ['missing_value:type', 'missing_value:received_at']]
		]);
	});

	it('a file large enough to be read in parallel keeps its line numbers and its last copy of an id', async () => {
		const rows = 300_000;
		const bad = new Map([
			[0, 'no-such-channel'],
			[149_999, 'no-such-channel'],
			[rows - 2, 'no-such-channel']
		]);
		// about 45 MB: more than one of DuckDB's 32 MB CSV buffers, so threads read parts of it
		const padding = 'x'.repeat(120);
		const lines = ['id,channel,type,received_at,service'];
		for (let i = 0; i < rows; i++) {
			lines.push(
				`L-${i},${bad.get(i) ?? 'phone'},inquiry,2026-01-01T00:00:00,service-${i % 7}-${padding}`
			);
		}
		// a repeated id at the very end: this copy (line rows + 2) wins
		lines.push('L-5,website,inquiry,2026-01-01T00:00:00,last copy');
		const file = tempFile('large.csv', lines.join('\n') + '\n');
		const result = await ingest(file, 'interactions');
		expect(result).toMatchObject({ inserted: rows - 3, rejected: 3, duplicates: 1 });
		const rejected = await rejectedRows(store, result.run_id);
		// line = row + 2: the header is line 1
		expect(rejected.map((r) => [r.line, r.raw.id])).toEqual([
			[2, 'L-0'],
			[150_001, 'L-149999'],
			[rows, `L-${rows - 2}`]
		]);
		const [copy] = await store.all<{ channel: string; service: string }>(
			"select channel, service from interaction where id = 'L-5'"
		);
		expect(copy).toEqual({ channel: 'website', service: 'last copy' });
	});

	it('two ingests at once store each new id once', async () => {
		const file = tempFile(
			'twice.csv',
			'id,channel,type,received_at\n' +
				Array.from({ length: 500 }, (_, i) => `T-${i},phone,inquiry,2026-11-22T09:00:00`).join('\n')
		);
		const results = await Promise.all([ingest(file, 'interactions'), ingest(file, 'interactions')]);
		expect(results.map((r) => [r.inserted, r.unchanged]).sort()).toEqual([
			[0, 500],
			[500, 0]
		]);
		const [counts] = await store.all<{ n: number; ids: number }>(
			'select count(*) as n, count(distinct id) as ids from interaction'
		);
		expect(counts).toEqual({ n: 500, ids: 500 });
	});
});

describe('timestamps', () => {
	const shapes: [string, string][] = [
		['2026-11-22T14:05:09', '2026-11-22T11:05:09.000Z'],
		['2026-11-22 14:05', '2026-11-22T11:05:00.000Z'],
		['2026-11-22', '2026-11-21T21:00:00.000Z'],
		['2026-11-22T14:05:09.123+03:00', '2026-11-22T11:05:09.123Z'],
		['2026-11-22T14:05:09Z', '2026-11-22T14:05:09.000Z'],
		['2026-11-22T14:05:09+0100', '2026-11-22T13:05:09.000Z'],
		['2026-11-22T14:05:09-03:00', '2026-11-22T17:05:09.000Z'],
		['22-11-2026 14:05', '2026-11-22T11:05:00.000Z'],
		['22/11/2026', '2026-11-21T21:00:00.000Z'],
		['22/11/2026 14:05', '2026-11-22T11:05:00.000Z'],
		['22/11/2026 14:05:09', '2026-11-22T11:05:09.000Z'],
		['2026/11/22 2:05:09 PM GMT+3', '2026-11-22T11:05:09.000Z'],
		['2026/11/22 2:05:09 PM GMT+1', '2026-11-22T13:05:09.000Z'],
		['٢٢/١١/٢٠٢٦ ٢:٠٥ م', '2026-11-22T11:05:00.000Z']
	];

	async function parse(values: string[]) {
		const dir = tempDir();
		const file = path.join(dir, 'times.csv');
		writeFileSync(
			file,
			'id,channel,type,received_at\n' +
				values.map((v, i) => `T-${String(i).padStart(2, '0')},phone,inquiry,"${v}"`).join('\n')
		);
		const result = await ingest(file, 'interactions');
		return { result, rows: await interactions() };
	}

	it('reads the ISO, day-first, Google Forms and Arabic-digit shapes', async () => {
		const { result, rows } = await parse(shapes.map(([v]) => v));
		expect(result.rejected).toBe(0);
		expect(rows.map((r) => r.received_at.toISOString())).toEqual(shapes.map(([, e]) => e));
	});

	it('reads a column as month-first when its dates only make sense so (Google / Microsoft Forms)', async () => {
		const { result, rows } = await parse([
			'11/22/2026 14:05:09',
			'11/22/26 14:05:09',
			'1/2/2026 09:00'
		]);
		expect(result.rejected).toBe(0);
		expect(rows.map((r) => r.received_at.toISOString())).toEqual([
			'2026-11-22T11:05:09.000Z',
			'2026-11-22T11:05:09.000Z',
			'2026-01-02T06:00:00.000Z'
		]);
	});

	it("reads times without an offset in the organisation's time zone", async () => {
		await createOrganisation(store, {
			nameAr: 'جمعية',
			nameEn: 'Association',
			timeZone: 'Asia/Dubai'
		});
		const { rows } = await parse(['2026-11-22 14:05', '2026-11-22T14:05:00+03:00']);
		expect(rows.map((r) => r.received_at.toISOString())).toEqual([
			'2026-11-22T10:05:00.000Z',
			'2026-11-22T11:05:00.000Z'
		]);
	});
});

describe('JSON Lines, Parquet and XLSX', () => {
	it('JSON Lines: keys as headers, line numbers from 1', async () => {
		const result = await ingest(fixture('interactions.jsonl'), 'interactions');
		expect(result).toMatchObject({ inserted: 2, rejected: 1, format: 'json' });
		const rows = await interactions();
		expect(rows[0]).toMatchObject({ id: 'J-1', channel: 'phone' });
		expect(rows[0]!.received_at.toISOString()).toBe('2026-11-22T11:05:09.123Z');
		const rejected = await rejectedRows(store, result.run_id);
		expect(rejected.map((r) => [r.line, r.reasons])).toEqual([[3, ['decided_before_received']]]);
	});

	it('Parquet: the same rows (line = row + 1, as if the file had a header)', async () => {
		const result = await ingest(fixture('interactions.parquet'), 'interactions');
		expect(result).toMatchObject({ inserted: 2, rejected: 1, format: 'parquet' });
		const rejected = await rejectedRows(store, result.run_id);
		expect(rejected.map((r) => r.line)).toEqual([4]);
	});

	async function writeWorkbook(file: string) {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('بيانات');
		sheet.addRow(['رقم الطلب', 'قناة التواصل', 'نوع الطلب', 'تاريخ الاستلام', 'القرار']);
		// Excel keeps wall-clock times: 14:05 on 22 November, organisation time
		sheet.addRow([1001, 'الهاتف', 'استفسار', new Date(Date.UTC(2026, 10, 22, 14, 5, 0)), null]);
		sheet.addRow([1002, 'بريد حمام', 'شكوى', new Date(Date.UTC(2026, 10, 22, 15, 0, 0)), null]);
		sheet.addRow([]);
		sheet.addRow([1003, 'Website', 'طلب دعم', '23/11/2026 08:00', 'قيد الدراسة']);
		const other = workbook.addWorksheet('أخرى');
		other.addRow(['id', 'channel', 'type', 'received_at']);
		other.addRow(['X-1', 'phone', 'inquiry', '2026-11-22T10:00:00Z']);
		await workbook.xlsx.writeFile(file);
	}

	it('XLSX: the first sheet, dates as wall-clock times, sheet row numbers', async () => {
		const file = path.join(tempDir(), 'log.xlsx');
		await writeWorkbook(file);
		const result = await ingest(file, 'interactions');
		expect(result).toMatchObject({ inserted: 2, rejected: 1, format: 'xlsx' });
		const rows = await interactions();
		expect(rows.map((r) => [r.id, r.channel, r.type, r.decision])).toEqual([
			['1001', 'phone', 'inquiry', null],
			['1003', 'website', 'support_request', 'pending']
		]);
		expect(rows[0]!.received_at.toISOString()).toBe('2026-11-22T11:05:00.000Z');
		const rejected = await rejectedRows(store, result.run_id);
		expect(rejected.map((r) => [r.line, r.reasons])).toEqual([[3, ['unknown_channel']]]);
	});

	it('XLSX: a named sheet, and a clear error for a sheet that does not exist', async () => {
		const file = path.join(tempDir(), 'log.xlsx');
		await writeWorkbook(file);
		const result = await ingest(file, 'interactions', { sheet: 'أخرى' });
		expect(result).toMatchObject({ inserted: 1 });
		await expect(ingest(file, 'interactions', { sheet: 'لا توجد' })).rejects.toMatchObject({
			code: 'no_sheet'
		});
	});
});

describe('survey responses', () => {
	it('a Google Forms export: question text mapped, answers kept, e-mail column dropped, ratings checked', async () => {
		const file = fixture('responses-google-forms.csv');
		const result = await ingest(file, 'responses');
		const comment = 'شكرا، تواصلوا معي على 0551234567 أو a.b@mail.example.com';
		const reference = maskPersonalData(comment);
		expect(result).toMatchObject({
			inserted: 2,
			rejected: 2,
			unchanged: 0,
			masked: reference.masked
		});
		const responses = await store.all<{
			id: string;
			submitted_at: Date;
			csat: number;
			nps: number;
			ces: number | null;
			comment: string | null;
			source: string;
		}>(
			'select id, submitted_at, csat, nps, ces, comment, source from response order by submitted_at'
		);
		expect(responses.map((r) => [r.csat, r.nps, r.ces, r.source])).toEqual([
			[5, 9, 6, 'ingest'],
			[4, 10, null, 'ingest']
		]);
		expect(responses[0]!.comment).toBe(reference.text);
		// month-first (11/22/2026), organisation time
		expect(responses[0]!.submitted_at.toISOString()).toBe('2026-11-22T11:05:09.000Z');
		expect(responses[1]!.submitted_at.toISOString()).toBe('2026-11-23T06:10:00.000Z');
		expect(responses[0]!.id).toMatch(/^row-[0-9a-f]{32}$/);
		const answers = await store.all('select question, value from response_answer order by value');
		expect(answers).toEqual([
			{ question: 'ما الفرع الذي زرته؟', value: 'بقعاء' },
			{ question: 'ما الفرع الذي زرته؟', value: 'حائل' }
		]);
		const rejected = await rejectedRows(store, result.run_id);
		expect(rejected.map((r) => [r.line, r.reasons])).toEqual([
			[4, ['out_of_range:csat']],
			[5, ['out_of_range:nps', 'not_a_number:ces']]
		]);
		const again = await ingest(file, 'responses');
		expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, rejected: 2 });
	});

	it('a KoboToolbox export: _submission_time read as UTC, Arabic digits, masked comment', async () => {
		const result = await ingest(fixture('responses-kobo.jsonl'), 'responses');
		expect(result).toMatchObject({ inserted: 2, rejected: 0, masked: 1 });
		const rows = await store.all<{
			id: string;
			submitted_at: Date;
			csat: number;
			comment: string | null;
		}>('select id, submitted_at, csat, comment from response order by id');
		expect(rows.map((r) => [r.id, r.submitted_at.toISOString(), r.csat])).toEqual([
			['501', '2026-11-22T11:05:09.000Z', 4],
			['502', '2026-11-22T12:00:00.000Z', 5]
		]);
		expect(rows[0]!.comment).toBe(maskPersonalData('رقم هويتي ٢٤١٢٣٤٥٦٧٨').text);
		const answers = await store.all('select response_id, question, value from response_answer');
		expect(answers).toEqual([{ response_id: '501', question: 'branch', value: 'حائل' }]);
	});

	it('an answer changed in a later export updates the response and its answers', async () => {
		const dir = tempDir();
		const first = path.join(dir, 'a.csv');
		writeFileSync(
			first,
			'id,submitted_at,csat,الفرع\nS-1,2026-11-22 10:00,4,حائل\nS-2,2026-11-22 11:00,5,حائل\n'
		);
		await ingest(first, 'responses');
		const second = path.join(dir, 'b.csv');
		writeFileSync(
			second,
			'id,submitted_at,csat,الفرع\nS-1,2026-11-22 10:00,4,بقعاء\nS-2,2026-11-22 11:00,5,حائل\n'
		);
		const result = await ingest(second, 'responses');
		expect(result).toMatchObject({ updated: 1, unchanged: 1 });
		expect(await store.all("select value from response_answer where response_id = 'S-1'")).toEqual([
			{ value: 'بقعاء' }
		]);
	});
});

describe('masking', () => {
	it('masks personal data in comments and answers as the TypeScript rules do, and counts it', async () => {
		const texts = [
			'اتصلوا على 0551234567 بعد العصر',
			'جوالي +966 55 123 4567 و ٠٥٥١٢٣٤٥٦٧',
			'هاتف الجمعية 016- 5383555 و TEL : +96614198833',
			'رقم الهوية 1012345678 والإقامة 2412345678',
			'0551234567 0561234567',
			'انتظرت 14 يوما والمبلغ 1500 ريال'
		];
		const file = tempFile(
			'masking.csv',
			'id,submitted_at,comment,سؤال آخر\n' +
				texts.map((t, i) => `M-${i},2026-11-22 10:00,"${t}","${t}"`).join('\n')
		);
		const result = await ingest(file, 'responses');
		const expected = texts.map((t) => maskPersonalData(t));
		expect(result.masked).toBe(2 * expected.reduce((n, e) => n + e.masked, 0));
		const rows = await store.all<{ comment: string; value: string }>(
			'select r.comment, a.value from response r join response_answer a on a.response_id = r.id order by r.id'
		);
		expect(rows.map((r) => r.comment)).toEqual(expected.map((e) => e.text));
		expect(rows.map((r) => r.value)).toEqual(expected.map((e) => e.text));
	});

	it('masks personal data in a rejected row’s stored raw values too', async () => {
		const file = tempFile(
			'bad.csv',
			'id,channel,type,received_at,beneficiary_ref\nB-1,pigeon,inquiry,2026-11-22,0551234567\n'
		);
		const result = await ingest(file, 'interactions');
		expect(result).toMatchObject({ rejected: 1, masked: 1 });
		const [row] = await rejectedRows(store, result.run_id);
		expect(row!.raw.beneficiary_ref).toBe('[هاتف محجوب]');
	});
});

describe('file-level problems change nothing', () => {
	it.each([
		['no such file', () => fixture('missing.csv'), 'no_such_file', []],
		['unsupported format', () => tempFile('log.pdf', '%PDF-1.4'), 'unsupported_format', ['.pdf']],
		['empty file', () => tempFile('empty.csv', ''), 'empty_file', ['empty.csv']],
		[
			'header but no rows',
			() => tempFile('header.csv', 'id,channel,type,received_at\n'),
			'empty_file',
			['header.csv']
		],
		[
			'required columns missing',
			() => tempFile('partial.csv', 'id,channel,foo\n1,phone,x\n'),
			'missing_columns',
			['type', 'received_at']
		]
	] as const)('%s', async (_name, make, code, detail) => {
		await ingest(fixture('interactions-ar.csv'), 'interactions');
		const before = await snapshot();
		const error = await ingest(make(), 'interactions').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(IngestFileError);
		expect((error as IngestFileError).code).toBe(code);
		if (detail.length) expect((error as IngestFileError).detail).toEqual(detail);
		expect((error as Error).message.split('\n')).toHaveLength(1);
		expect(await snapshot()).toEqual(before);
	});
});

describe('column mappings', () => {
	const headers = 'رقم,وسيلة الوصول,التصنيف,متى\n';
	it('suggests from headers, saves a mapping by name and uses it for later files with the same headers', async () => {
		const dir = tempDir();
		const first = path.join(dir, 'branch-a.csv');
		writeFileSync(first, headers + 'A-1,هاتف,استفسار,2026-11-22 10:00\n');
		const inspection = await inspectFile(store, { path: first, kind: 'interactions' });
		expect(inspection.suggestion.columns).toEqual({ id: 'رقم', type: 'التصنيف' });
		expect(inspection.preview).toEqual([
			{ line: 2, values: ['A-1', 'هاتف', 'استفسار', '2026-11-22 10:00'] }
		]);
		await expect(ingest(first, 'interactions')).rejects.toMatchObject({
			code: 'missing_columns',
			detail: ['channel', 'received_at']
		});
		const columns = { id: 'رقم', channel: 'وسيلة الوصول', type: 'التصنيف', received_at: 'متى' };
		const saved = await ingest(first, 'interactions', {
			mapping: { columns: { columns }, saveAs: 'فرع أ' }
		});
		expect(saved).toMatchObject({ inserted: 1, mappingName: 'فرع أ', mappingSource: 'given' });

		const second = path.join(dir, 'branch-a-december.csv');
		writeFileSync(second, headers + 'A-2,الموقع,شكوى,2026-12-01 10:00\n');
		expect((await inspectFile(store, { path: second, kind: 'interactions' })).saved?.name).toBe(
			'فرع أ'
		);
		const auto = await ingest(second, 'interactions');
		expect(auto).toMatchObject({ inserted: 1, mappingName: 'فرع أ', mappingSource: 'saved' });
		const named = await ingest(second, 'interactions', { mapping: { name: 'فرع أ' } });
		expect(named).toMatchObject({ unchanged: 1, mappingSource: 'named' });
		await expect(
			ingest(second, 'interactions', { mapping: { name: 'لا يوجد' } })
		).rejects.toMatchObject({
			code: 'unknown_mapping'
		});
		const run = await getRun(store, auto.run_id);
		expect(run?.mapping_name).toBe('فرع أ');
	});

	it('copies of a file under another name are the same data', async () => {
		const file = path.join(tempDir(), 'copy.csv');
		copyFileSync(fixture('interactions-update.csv'), file);
		await ingest(fixture('interactions-update.csv'), 'interactions');
		expect(await ingest(file, 'interactions')).toMatchObject({ unchanged: 4, inserted: 0 });
	});
});
