// The mapping step's look at an uploaded file: its headers, a suggested or saved mapping, its first
// rows and how many there are. Reads the file into temporary tables only; changes nothing stored.
import path from 'node:path';
import { suggestMapping, type ColumnMapping, type IngestKind } from '../../domain/ingest-columns';
import type { TextEncoding } from '../../domain/text-encoding';
import { StorageError, type Store } from '../db';
import { sql } from '../sql';
import { IngestFileError } from './errors';
import {
	checkFile,
	firstLine,
	loadRaw,
	readAsUtf8,
	readShape,
	type IngestFormat
} from './file-shape';
import { headersSignature, parseStoredMapping } from './mapping';

export interface FileInspection {
	format: IngestFormat;
	headers: string[];
	suggestion: ColumnMapping;
	saved: { name: string; mapping: ColumnMapping } | null;
	preview: { line: number; values: (string | null)[] }[];
	/** The file's rows; null for a sheet longer than the preview (read only as far as it shows). */
	rows: number | null;
	sheet?: string;
	/** The encoding the file was converted from to be read, when it was not UTF-8. */
	encoding: TextEncoding | null;
}

/** Headers, a suggested (or saved) mapping and the first rows, for the mapping step. Changes nothing. */
export async function inspectFile(
	store: Store,
	options: {
		path: string;
		fileName?: string;
		kind: IngestKind;
		sheet?: string;
		previewRows?: number;
	}
): Promise<FileInspection> {
	const fileName = options.fileName ?? path.basename(options.path);
	checkFile(options.path, fileName);
	return readAsUtf8(options.path, fileName, async (utf8Path, encoding) => ({
		...(await inspectRead(store, { ...options, path: utf8Path, fileName })),
		encoding
	}));
}

async function inspectRead(
	store: Store,
	options: {
		path: string;
		fileName: string;
		kind: IngestKind;
		sheet?: string;
		previewRows?: number;
	}
): Promise<Omit<FileInspection, 'encoding'>> {
	const fileName = options.fileName;
	const limit = options.previewRows ?? 5;
	const shape = await readShape(store, options.path, fileName, options.sheet, limit);
	const saved = await store.one<{ name: string; mapping: string }>(
		sql('ingest/mapping_by_signature'),
		{
			kind: options.kind,
			signature: headersSignature(shape.headers)
		}
	);
	let preview: FileInspection['preview'];
	let rows: number | null;
	if (shape.sheet) {
		// a sheet is read only as far as the preview shows: its row count is known when it ends there
		rows = shape.sheet.complete ? shape.sheet.rows.length : null;
		preview = shape.sheet.rows.slice(0, limit).map(([line, values]) => ({ line, values }));
	} else {
		const read = async () =>
			store.use(async (session) => {
				await loadRaw(session, shape, options.path);
				const out = await session.all<{ line: number; vals: (string | null)[] }>(
					sql('ingest/preview'),
					{ limit }
				);
				const n = await session.one<{ n: number }>(sql('ingest/raw_count'));
				await session.run(sql('ingest/drop_temp'));
				return { out, n: n?.n ?? 0 };
			});
		try {
			const { out, n } = await read();
			preview = out.map((r) => ({ line: r.line, values: r.vals }));
			rows = n;
		} catch (error) {
			if (error instanceof StorageError) throw error;
			throw new IngestFileError(
				'unreadable_file',
				`${fileName} could not be read: ${firstLine(error)}`,
				[fileName]
			);
		}
	}
	return {
		format: shape.format,
		headers: shape.headers,
		suggestion: suggestMapping(options.kind, shape.headers),
		saved: saved ? { name: saved.name, mapping: parseStoredMapping(saved.mapping) } : null,
		preview,
		rows,
		sheet: shape.sheet?.sheet
	};
}
