// What an ingest is asked (IngestOptions) and what it answers (IngestResult).
import type { IngestKind } from '../../domain/ingest-columns';
import type { IngestFormat } from './file-shape';
import type { IngestNote } from './hijri';
import type { MappingChoice, MappingSource } from './mapping';
import type { IngestProgress } from './progress';

export interface IngestOptions {
	/** The file on disk. */
	path: string;
	/** The name to record (the uploaded file's name); defaults to the path's base name. */
	fileName?: string;
	kind: IngestKind;
	/** A saved mapping by name, or a mapping given in full (optionally saved under `saveAs`). */
	mapping?: MappingChoice;
	/** XLSX: the sheet to read (default the first). */
	sheet?: string;
	userId?: number | null;
	/** Who ran it: 'cli', 'web', or an e-mail address. */
	actor: string;
	clientAddress?: string | null;
	onProgress?: (progress: IngestProgress) => void;
	/** False: settle even a clean interaction CSV the staged way (the tests compare the two ways). */
	singlePass?: boolean;
}

export interface IngestResult {
	run_id: number;
	inserted: number;
	updated: number;
	unchanged: number;
	rejected: number;
	masked: number;
	duplicates: number;
	rows: number;
	/** Whether the file went into the store in one pass (single-pass.ts) or through staging tables. */
	method: 'single_pass' | 'staged';
	seconds: number;
	format: IngestFormat;
	mappingName: string | null;
	mappingSource: MappingSource;
	/** What was done to read the file: dates read as Hijri, an encoding converted to UTF-8. */
	notes: IngestNote[];
}
