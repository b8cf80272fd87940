// Hostile and unusual files through the real ingest (issue 18, "Honest imports"): Hijri dates,
// dates outside the supported range, impossible offsets, other encodings, an oversized cell, a large
// XLSX preview. Each row is stored honestly or rejected with its reason; nothing becomes 1447 AD.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../src/lib/server/db';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import type { IngestOptions } from '../src/lib/server/ingest/types';
import { inspectFile } from '../src/lib/server/ingest/inspect';
import { readXlsx } from '../src/lib/server/ingest/read-xlsx';
import { migrate } from '../src/lib/server/migrate';
import { createOrganisation } from '../src/lib/server/organisation';
import { removeTempDirs, tempDir } from './helpers/temp';

let store: Store;
beforeEach(async () => {
	store = await Store.open(':memory:');
	await migrate(store);
	await createOrganisation(store, { nameAr: 'جمعية', nameEn: 'Association' });
});
afterEach(() => store.close());
afterAll(() => removeTempDirs());

function write(name: string, content: string | Buffer): string {
	const file = path.join(tempDir(), name);
	writeFileSync(file, content);
	return file;
}

function ingest(
	file: string,
	kind: IngestOptions['kind'] = 'interactions',
	extra: Partial<IngestOptions> = {}
) {
	return ingestFile(store, { path: file, kind, actor: 'test', ...extra });
}

async function stored(table = 'interaction', column = 'received_at') {
	return (
		await store.all<{ id: string; at: Date }>(
			`select id, ${column} as at from ${table} order by id`
		)
	).map((r) => ({ id: r.id, at: r.at.toISOString() }));
}

async function rejected() {
	return store.all<{ line: number; reasons: string[] }>(
		'select line_number as line, reasons from ingest_rejected_row order by run_id, line_number'
	);
}

const header = 'id,channel,type,received_at\n';

describe('Hijri dates', () => {
	// 1 Jumada al-Awwal 1447 is 23 October 2025 (Umm al-Qura, as Intl computes it)
	const shapes = ['1447-05-01 10:00', '01/05/1447', '1447/05/01', '١٤٤٧/٠٥/٠١'];

	it('a column whose every date has a Hijri year is read as Hijri, with a note; never 1447 AD', async () => {
		const file = write(
			'hijri.csv',
			header + shapes.map((s, i) => `H-${i},phone,inquiry,${s}`).join('\n') + '\n'
		);
		for (const singlePass of [true, false]) {
			const result = await ingest(file, 'interactions', { singlePass });
			expect(result.rejected).toBe(0);
			expect(result.notes).toContainEqual({
				code: 'hijri_dates',
				detail: ['received_at', 'detected']
			});
		}
		expect(await stored()).toEqual([
			{ id: 'H-0', at: '2025-10-23T07:00:00.000Z' },
			{ id: 'H-1', at: '2025-10-22T21:00:00.000Z' },
			{ id: 'H-2', at: '2025-10-22T21:00:00.000Z' },
			{ id: 'H-3', at: '2025-10-22T21:00:00.000Z' }
		]);
		const years = await store.all<{ y: number }>(
			'select min(year(received_at)) as y from interaction'
		);
		expect(years[0]!.y).toBe(2025);
	});

	it('a header saying Hijri reads the column as Hijri, even a date whose year alone would not tell', async () => {
		const file = write(
			'declared.csv',
			'id,channel,type,التاريخ الهجري\nD-1,phone,inquiry,1447-05-01 10:00\nD-2,phone,inquiry,1447-09-30\n'
		);
		const result = await ingest(file);
		expect(result).toMatchObject({ inserted: 2, rejected: 0, method: 'staged' });
		expect(result.notes).toContainEqual({ code: 'hijri_dates', detail: ['received_at', 'header'] });
		expect(await stored()).toEqual([
			{ id: 'D-1', at: '2025-10-23T07:00:00.000Z' },
			// 30 Ramadan 1447 = 19 March 2026
			{ id: 'D-2', at: '2026-03-18T21:00:00.000Z' }
		]);
	});

	it('the mapping can say a column is Hijri; a day the month does not have is unparseable', async () => {
		const file = write(
			'mapped.csv',
			'رقم,قناة,نوع,وقت\nM-1,phone,inquiry,١٤٤٧/٠٥/٠١ ٢:٠٥ م\nM-2,phone,inquiry,1447-13-01\n'
		);
		const result = await ingest(file, 'interactions', {
			mapping: {
				columns: {
					columns: { id: 'رقم', channel: 'قناة', type: 'نوع', received_at: 'وقت' },
					hijri: ['received_at']
				}
			}
		});
		expect(result).toMatchObject({ inserted: 1, rejected: 1 });
		expect(result.notes).toContainEqual({
			code: 'hijri_dates',
			detail: ['received_at', 'mapping']
		});
		expect(await stored()).toEqual([{ id: 'M-1', at: '2025-10-23T11:05:00.000Z' }]);
		expect(await rejected()).toEqual([{ line: 3, reasons: ['unparseable_date:received_at'] }]);
	});

	it('in a column of Gregorian dates, a date with a Hijri year is rejected with its reason', async () => {
		const file = write(
			'mixed.csv',
			header +
				'G-1,phone,inquiry,2026-11-22 10:00\nG-2,phone,inquiry,1447-05-01 10:00\nG-3,phone,inquiry,01/05/1447\n'
		);
		for (const singlePass of [true, false]) {
			const result = await ingest(file, 'interactions', { singlePass });
			expect(result).toMatchObject({ rejected: 2, method: 'staged' });
			expect(result.notes).toEqual([]);
		}
		expect(await stored()).toEqual([{ id: 'G-1', at: '2026-11-22T07:00:00.000Z' }]);
		expect((await rejected()).slice(-2)).toEqual([
			{ line: 3, reasons: ['hijri_date:received_at'] },
			{ line: 4, reasons: ['hijri_date:received_at'] }
		]);
	});

	it('survey responses: Hijri submission times are read as Hijri, never 1447 AD', async () => {
		const file = write(
			'responses.csv',
			'id,submitted_at,csat\nR-1,1447/05/01 10:00,5\nR-2,١٤٤٧/٠٥/٠٢,4\n'
		);
		const result = await ingest(file, 'responses');
		expect(result).toMatchObject({ inserted: 2, rejected: 0 });
		expect(result.notes).toContainEqual({
			code: 'hijri_dates',
			detail: ['submitted_at', 'detected']
		});
		expect(await stored('response', 'submitted_at')).toEqual([
			{ id: 'R-1', at: '2025-10-23T07:00:00.000Z' },
			{ id: 'R-2', at: '2025-10-23T21:00:00.000Z' }
		]);
	});
});

describe('dates outside the supported range and impossible offsets', () => {
	it('rejects 9999-12-31 and 0001-01-01 with their reason and stores the rest (no 500)', async () => {
		const file = write(
			'range.csv',
			'id,channel,type,received_at,decided_at\n' +
				'A-1,phone,support_request,2026-11-22 10:00,2026-11-23 10:00\n' +
				'A-2,phone,inquiry,9999-12-31,\n' +
				'A-3,phone,inquiry,0001-01-01,\n' +
				'A-4,phone,support_request,2026-11-22 10:00,2099-01-01\n' +
				'A-5,phone,inquiry,1936-12-31 23:00,\n' +
				'A-6,phone,inquiry,2077-12-31 23:59,\n'
		);
		for (const singlePass of [true, false]) {
			const result = await ingest(file, 'interactions', { singlePass });
			expect(result.rejected).toBe(4);
		}
		expect((await stored()).map((r) => r.id)).toEqual(['A-1', 'A-6']);
		expect((await rejected()).slice(-4)).toEqual([
			{ line: 3, reasons: ['date_out_of_range:received_at'] },
			{ line: 4, reasons: ['date_out_of_range:received_at'] },
			{ line: 5, reasons: ['date_out_of_range:decided_at'] },
			{ line: 6, reasons: ['date_out_of_range:received_at'] }
		]);
	});

	it('rejects survey answers outside the range', async () => {
		const file = write('answers.csv', 'id,submitted_at,csat\nR-1,2026-11-22,5\nR-2,9999-12-31,4\n');
		const result = await ingest(file, 'responses');
		expect(result).toMatchObject({ inserted: 1, rejected: 1 });
		expect(await rejected()).toEqual([{ line: 3, reasons: ['date_out_of_range:submitted_at'] }]);
	});

	it('rejects an offset beyond ±14:00', async () => {
		const file = write(
			'offsets.csv',
			header +
				'O-1,phone,inquiry,2026-11-22T10:00:00+25:00\nO-2,phone,inquiry,2026-11-22 10:00 +25:00\n' +
				'O-3,phone,inquiry,2026-11-22T10:00+03:75\nO-4,phone,inquiry,2026-11-22T10:00+14:00\n'
		);
		const result = await ingest(file);
		expect(result).toMatchObject({ inserted: 1, rejected: 3 });
		expect(await stored()).toEqual([{ id: 'O-4', at: '2026-11-21T20:00:00.000Z' }]);
		expect((await rejected()).map((r) => r.reasons)).toEqual([
			['unparseable_date:received_at'],
			['unparseable_date:received_at'],
			['unparseable_date:received_at']
		]);
	});
});

describe('an oversized cell', () => {
	it('rejects the row holding a 10 MB comment and keeps the rest', async () => {
		const file = write(
			'long.csv',
			'id,submitted_at,csat,comment,other\n' +
				'R-1,2026-11-22,5,ok,\n' +
				`R-2,2026-11-22,4,"${'تعليق طويل '.repeat(1_000_000)}",\n` +
				`R-3,2026-11-22,3,fine,${'y'.repeat(20_000)}\n` +
				'R-4,2026-11-22,2,"still, fine",\n'
		);
		const result = await ingest(file, 'responses');
		expect(result).toMatchObject({ inserted: 2, rejected: 2 });
		expect((await stored('response', 'submitted_at')).map((r) => r.id)).toEqual(['R-1', 'R-4']);
		expect(await rejected()).toEqual([
			{ line: 3, reasons: ['value_too_long:comment'] },
			{ line: 4, reasons: ['value_too_long:other'] }
		]);
		// the rejected row keeps the start of the value, not megabytes
		const raw = await store.all<{ n: number }>(
			'select max(length(raw::varchar))::int as n from ingest_rejected_row'
		);
		expect(raw[0]!.n).toBeLessThan(2000);
	});

	it('an interaction log with a 10 MB value: that row rejected, the rest stored, both ways', async () => {
		const file = write(
			'long-interactions.csv',
			'id,channel,type,received_at,service\n' +
				'L-1,phone,inquiry,2026-11-22 10:00,a\n' +
				`L-2,phone,inquiry,2026-11-22 10:00,"${'x'.repeat(10_000_000)}"\n` +
				'L-3,phone,inquiry,2026-11-22 10:00,b\n'
		);
		for (const singlePass of [true, false]) {
			const result = await ingest(file, 'interactions', { singlePass });
			expect(result.rejected).toBe(1);
		}
		expect((await stored()).map((r) => r.id)).toEqual(['L-1', 'L-3']);
		expect((await rejected()).map((r) => r.reasons)).toEqual([
			['value_too_long:service'],
			['value_too_long:service']
		]);
	});
});

describe('encodings other than UTF-8', () => {
	const csv =
		'id,channel,type,received_at,service\r\n' +
		'E-1,هاتف,استفسار,2026-11-22 10:00,الإسكان\r\n' +
		'E-2,واتساب,شكوى,22/11/2026 14:05,السلال الغذائية\r\n';

	function utf16be(text: string): Buffer {
		const le = Buffer.from(text, 'utf16le');
		for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
		return le;
	}

	/** Windows-1256 bytes of a text (every character of `csv` has one). */
	function windows1256(text: string): Buffer {
		const table = new Map<string, number>();
		const decoder = new TextDecoder('windows-1256');
		for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
		return Buffer.from([...text].map((c) => table.get(c)!));
	}

	const files: [string, Buffer, string][] = [
		['Windows-1256 (Excel on an Arabic Windows)', windows1256(csv), 'windows-1256'],
		['UTF-16 LE with a BOM', Buffer.from('\ufeff' + csv, 'utf16le'), 'utf-16le'],
		['UTF-16 LE without a BOM', Buffer.from(csv, 'utf16le'), 'utf-16le'],
		['UTF-16 BE with a BOM', utf16be('\ufeff' + csv), 'utf-16be'],
		['UTF-16 BE without a BOM', utf16be(csv), 'utf-16be']
	];

	it.each(files)(
		'%s is converted to UTF-8 and imported, with a note',
		async (_, bytes, encoding) => {
			const file = write('excel.csv', bytes);
			const result = await ingest(file);
			expect(result).toMatchObject({ inserted: 2, rejected: 0 });
			expect(result.notes).toContainEqual({ code: 'encoding', detail: [encoding] });
			const rows = await store.all<{ id: string; channel: string; type: string; service: string }>(
				'select id, channel, type, service from interaction order by id'
			);
			expect(rows).toEqual([
				{ id: 'E-1', channel: 'phone', type: 'inquiry', service: 'الإسكان' },
				{ id: 'E-2', channel: 'social_media', type: 'complaint', service: 'السلال الغذائية' }
			]);
			// the run records the file as given
			const [run] = await store.all<{ file_size: number }>('select file_size from ingest_run');
			expect(Number(run!.file_size)).toBe(bytes.length);
		}
	);

	it('a UTF-16 JSON Lines file too', async () => {
		const lines = '{"id":"J-1","submitted_at":"2026-11-22","csat":"5","comment":"ممتاز"}\n';
		const result = await ingest(write('answers.jsonl', Buffer.from(lines, 'utf16le')), 'responses');
		expect(result).toMatchObject({ inserted: 1 });
		expect(result.notes).toContainEqual({ code: 'encoding', detail: ['utf-16le'] });
		expect(await store.all('select comment from response')).toEqual([{ comment: 'ممتاز' }]);
	});

	it('the preview converts too', async () => {
		const found = await inspectFile(store, {
			path: write('preview.csv', windows1256(csv)),
			kind: 'interactions'
		});
		expect(found.encoding).toBe('windows-1256');
		expect(found.headers).toEqual(['id', 'channel', 'type', 'received_at', 'service']);
		expect(found.preview[0]!.values).toEqual([
			'E-1',
			'هاتف',
			'استفسار',
			'2026-11-22 10:00',
			'الإسكان'
		]);
	});
});

describe('the preview of a large XLSX', () => {
	async function bigWorkbook(rows: number): Promise<string> {
		const file = path.join(tempDir(), 'big.xlsx');
		const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
		const sheet = workbook.addWorksheet('السجل');
		sheet.addRow(['id', 'channel', 'type', 'received_at']).commit();
		for (let i = 1; i <= rows; i++) {
			sheet.addRow([`X-${i}`, 'phone', 'inquiry', '2026-11-22 10:00']).commit();
		}
		sheet.commit();
		await workbook.commit();
		return file;
	}

	it('reads only the rows it shows, not the whole sheet', async () => {
		const file = await bigWorkbook(40_000);
		const head = await readXlsx(file, undefined, { limit: 5 });
		expect(head.rows.map(([line]) => line)).toEqual([2, 3, 4, 5, 6]);
		expect(head.complete).toBe(false);
		expect(head.read).toBeLessThanOrEqual(7);
		const found = await inspectFile(store, { path: file, kind: 'interactions' });
		expect(found.preview).toHaveLength(5);
		expect(found.preview[0]).toEqual({
			line: 2,
			values: ['X-1', 'phone', 'inquiry', '2026-11-22 10:00']
		});
		// the count is not known without reading the sheet whole
		expect(found.rows).toBeNull();
		// the import still reads every row
		const whole = await readXlsx(file);
		expect(whole).toMatchObject({ complete: true, read: 40_001 });
		expect(whole.rows).toHaveLength(40_000);
	});

	it('a sheet no longer than the preview gives its row count', async () => {
		const file = await bigWorkbook(3);
		const found = await inspectFile(store, { path: file, kind: 'interactions' });
		expect(found.rows).toBe(3);
		expect(found.preview).toHaveLength(3);
	});
});
