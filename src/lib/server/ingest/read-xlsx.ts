// Reads one sheet of an XLSX workbook (streaming) into header names and rows of text.
import ExcelJS from 'exceljs';
import { IngestFileError } from './errors';

export interface SheetRows {
	sheet: string;
	headers: string[];
	/** [sheet row number, values in header order] */
	rows: [number, (string | null)[]][];
	/** False when reading stopped at the limit asked for, before the sheet's end. */
	complete: boolean;
	/** How many of the sheet's rows were read (empty ones and the header included). */
	read: number;
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** Excel stores wall-clock times without a zone; exceljs hands them over as UTC dates. */
function wallClock(date: Date): string {
	const d = new Date(Math.round(date.getTime() / 1000) * 1000);
	const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
	return time === '00:00:00' ? day : `${day} ${time}`;
}

function cellText(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (value instanceof Date) return wallClock(value);
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value === 'object') {
		const v = value as {
			richText?: { text: string }[];
			text?: unknown;
			result?: unknown;
			error?: string;
		};
		if (v.richText) return v.richText.map((r) => r.text).join('');
		if ('result' in v) return cellText(v.result);
		if (v.text !== undefined) return cellText(v.text);
		if (v.error) return v.error;
	}
	return String(value);
}

/**
 * The first sheet (or the one named `sheet`): its first non-empty row is the header. With `limit`,
 * reading stops after that many rows below the header (the preview reads only what it shows: a
 * 300,000-row sheet took 34 s of CPU to read whole).
 */
export async function readXlsx(
	path: string,
	sheet?: string,
	options: { limit?: number } = {}
): Promise<SheetRows> {
	const limit = options.limit ?? Infinity;
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
		worksheets: 'emit',
		sharedStrings: 'cache',
		styles: 'cache',
		hyperlinks: 'ignore',
		entries: 'emit'
	});
	const seen: string[] = [];
	try {
		for await (const worksheet of reader) {
			const ws = worksheet as unknown as {
				name?: string;
				[Symbol.asyncIterator](): AsyncIterator<{ number: number; values: unknown[] }>;
			};
			const name = ws.name ?? `Sheet${seen.length + 1}`;
			seen.push(name);
			if (sheet !== undefined && name !== sheet) continue;
			let headers: string[] | undefined;
			const rows: [number, (string | null)[]][] = [];
			let read = 0;
			for await (const row of ws) {
				if (rows.length >= limit)
					return { sheet: name, headers: headers ?? [], rows, complete: false, read };
				read++;
				const values = (row.values ?? []).slice(1).map(cellText);
				if (!values.some((v) => v !== null && v.trim() !== '')) continue;
				if (!headers) {
					headers = uniqueHeaders(values);
					continue;
				}
				const out: (string | null)[] = headers.map((_, i) => values[i] ?? null);
				rows.push([row.number, out]);
			}
			return { sheet: name, headers: headers ?? [], rows, complete: true, read };
		}
	} catch (error) {
		throw new IngestFileError(
			'unreadable_file',
			`The file could not be read as an Excel workbook: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
		);
	}
	if (sheet !== undefined) {
		throw new IngestFileError(
			'no_sheet',
			`The workbook has no sheet named "${sheet}" (sheets: ${seen.join(', ') || 'none'}).`,
			[sheet]
		);
	}
	return { sheet: '', headers: [], rows: [], complete: true, read: 0 };
}

/** Blank headers become column_N; repeated ones get _2, _3 … (as DuckDB names CSV columns). */
function uniqueHeaders(values: (string | null)[]): string[] {
	const used = new Map<string, number>();
	return values.map((v, i) => {
		const base = v?.trim() || `column${i}`;
		const n = used.get(base) ?? 0;
		used.set(base, n + 1);
		return n ? `${base}_${n}` : base;
	});
}
