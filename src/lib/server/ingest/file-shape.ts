// A file to ingest as the app first meets it: its format (by its name), that it is there and not
// empty, its SHA-256, its headers (and for a CSV the dialect DuckDB found), its rows read into a
// temporary table of text (ingest_raw), and an error from reading it turned into a file-level one.
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import type { TextEncoding } from '../../domain/text-encoding';
import { StorageError, type Session, type SqlValue, type Store } from '../db';
import { sql } from '../sql';
import { utf8Source } from './encoding';
import { IngestFileError } from './errors';
import { refuseDeepJson } from './json-depth';
import { readXlsx, type SheetRows } from './read-xlsx';
import { NotSinglePass, type CsvDialect } from './single-pass';

export type IngestFormat = 'csv' | 'xlsx' | 'json' | 'parquet';

const extensions: Record<string, IngestFormat> = {
	'.csv': 'csv',
	'.tsv': 'csv',
	'.txt': 'csv',
	'.xlsx': 'xlsx',
	'.jsonl': 'json',
	'.ndjson': 'json',
	'.json': 'json',
	'.parquet': 'parquet'
};

/** The format a file name says, or a file-level error. */
export function formatOf(fileName: string): IngestFormat {
	const format = extensions[path.extname(fileName).toLowerCase()];
	if (!format) {
		throw new IngestFileError(
			'unsupported_format',
			`${path.basename(fileName)} is not a supported format: use CSV, XLSX, JSON Lines (.jsonl) or Parquet.`,
			[path.extname(fileName) || fileName]
		);
	}
	return format;
}

/** The file's size in bytes; a file-level error when it is not there or empty. */
export function checkFile(filePath: string, fileName: string): number {
	let size: number;
	try {
		const stat = statSync(filePath);
		if (!stat.isFile()) throw new Error('not a file');
		size = stat.size;
	} catch {
		throw new IngestFileError('no_such_file', `There is no file ${filePath}.`, [fileName]);
	}
	if (size === 0) throw new IngestFileError('empty_file', `${fileName} is empty.`, [fileName]);
	return size;
}

/** The SHA-256 of the file as given, recorded with its run. */
export function sha256(filePath: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const hash = createHash('sha256');
		// chunks of 1 MiB: hashing a large file in the default 64 KiB chunks costs twice the CPU
		createReadStream(filePath, { highWaterMark: 1 << 20 })
			.on('data', (chunk) => hash.update(chunk))
			.on('error', reject)
			.on('end', () => resolve(hash.digest('hex')));
	});
}

/** The first line of an error's message, for a file-level error. */
export function firstLine(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}

/**
 * Runs `read` on the file as UTF-8: a CSV or JSON Lines file in another encoding than UTF-8 is
 * read from a UTF-8 copy (encoding.ts), removed afterwards; `converted` names its encoding.
 */
export async function readAsUtf8<T>(
	filePath: string,
	fileName: string,
	read: (utf8Path: string, converted: TextEncoding | null) => Promise<T>
): Promise<T> {
	const format = formatOf(fileName);
	const source = format === 'csv' || format === 'json' ? await utf8Source(filePath) : null;
	try {
		return await read(source?.path ?? filePath, source?.converted ?? null);
	} finally {
		await source?.cleanup();
	}
}

/** The file's headers (and for XLSX its rows, read once; for CSV the dialect DuckDB found). */
export interface FileShape {
	format: IngestFormat;
	headers: string[];
	sheet?: SheetRows;
	dialect?: CsvDialect;
}

export async function readShape(
	db: Store | Session,
	filePath: string,
	fileName: string,
	sheet?: string,
	/** XLSX: read only this many rows (the preview). */
	limit?: number
): Promise<FileShape> {
	const format = formatOf(fileName);
	if (format === 'xlsx') {
		const rows = await readXlsx(filePath, sheet, { limit });
		if (!rows.headers.length) {
			throw new IngestFileError('empty_file', `${fileName} has no rows.`, [fileName]);
		}
		return { format, headers: rows.headers, sheet: rows };
	}
	// DuckDB's JSON reader recurses per level: a deeply nested line would crash the process
	if (format === 'json') await refuseDeepJson(filePath, fileName);
	try {
		if (format === 'csv') {
			const { headers, ...dialect } = (await db.one<
				{ headers: string[] } & CsvDialect & Record<string, unknown>
			>(sql('ingest/headers_csv'), { path: filePath }))!;
			return { format, headers, dialect };
		}
		const query = { json: 'ingest/headers_json', parquet: 'ingest/headers_parquet' }[format];
		const rows = await db.all<{ column_name: string }>(sql(query), { path: filePath });
		return { format, headers: rows.map((r) => r.column_name) };
	} catch (error) {
		if (error instanceof StorageError) throw error;
		throw new IngestFileError(
			'unreadable_file',
			`${fileName} could not be read as ${format === 'json' ? 'JSON Lines' : format.toUpperCase()}: ${firstLine(error)}`,
			[fileName]
		);
	}
}

/** The file's rows into the temporary table ingest_raw: line number and values as text. */
export async function loadRaw(tx: Session, shape: FileShape, filePath: string): Promise<void> {
	await tx.run(sql('ingest/rows_in_order'));
	await tx.run(sql('ingest/create_raw'));
	if (shape.sheet) {
		await tx.appendRows('ingest_raw', toRawRows(shape.sheet), { temp: true });
		return;
	}
	const query = {
		csv: 'ingest/load_csv',
		json: 'ingest/load_json',
		parquet: 'ingest/load_parquet'
	}[shape.format as 'csv' | 'json' | 'parquet'];
	await tx.run(sql(query), { path: filePath });
}

function* toRawRows(sheet: SheetRows): Generator<SqlValue[]> {
	for (const [line, values] of sheet.rows) {
		yield [line, values.map((v) => v ?? '')];
	}
}

/** Runs `read`, turning an error from reading the file into a file-level error. */
export async function readingFile<T>(fileName: string, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (error) {
		if (
			error instanceof IngestFileError ||
			error instanceof StorageError ||
			error instanceof NotSinglePass
		) {
			throw error;
		}
		throw new IngestFileError(
			'unreadable_file',
			`${fileName} could not be read: ${firstLine(error)}`,
			[fileName]
		);
	}
}
