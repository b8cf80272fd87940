// Ingest of interaction logs and survey responses: every rule on small fixture files (timestamps;
// JSON Lines, Parquet and XLSX).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rejectedRows } from '../src/lib/server/ingest/runs';
import { createOrganisation } from '../src/lib/server/organisation';
import { tempDir } from './helpers/temp';
import { fixture } from './helpers/ingest-files';
import { ingest, interactions, store, useIngestStore } from './helpers/ingest-store';

useIngestStore();

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
