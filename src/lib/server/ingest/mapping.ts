// The column mapping of a file: which of its headers is which canonical column, chosen by name,
// given in full, saved for files with the same headers, or suggested; checked against the file's
// headers; and the names and positions the SQL of the staged path and the single pass read.
import { createHash } from 'node:crypto';
import {
	answerHeaders,
	headersText,
	missingRequired,
	suggestMapping,
	unknownHeaders,
	type ColumnMapping,
	type IngestKind
} from '../../domain/ingest-columns';
import type { Session, Store } from '../db';
import { sql } from '../sql';
import { IngestFileError } from './errors';

/** How the mapping was chosen. */
export type MappingSource = 'named' | 'given' | 'saved' | 'suggested';

/** A saved mapping by name, or a mapping given in full (optionally saved under `saveAs`). */
export type MappingChoice = { name: string } | { columns: ColumnMapping; saveAs?: string };

export function headersSignature(headers: readonly string[]): string {
	return createHash('sha256').update(headersText(headers)).digest('hex');
}

export interface ResolvedMapping {
	mapping: ColumnMapping;
	name: string | null;
	source: MappingSource;
	save?: string;
}

export function parseStoredMapping(text: string): ColumnMapping {
	const value = JSON.parse(text) as ColumnMapping;
	return {
		columns: value.columns ?? {},
		ignore: value.ignore ?? [],
		...(value.hijri?.length ? { hijri: value.hijri } : {})
	};
}

export async function resolveMapping(
	db: Store | Session,
	kind: IngestKind,
	headers: string[],
	given: MappingChoice | undefined
): Promise<ResolvedMapping> {
	let resolved: ResolvedMapping;
	if (given && 'name' in given) {
		const row = await db.one<{ kind: string; mapping: string }>(sql('ingest/mapping_get'), {
			name: given.name
		});
		if (!row) {
			throw new IngestFileError(
				'unknown_mapping',
				`There is no saved mapping named "${given.name}".`,
				[given.name]
			);
		}
		if (row.kind !== kind) {
			throw new IngestFileError(
				'mapping_kind',
				`The mapping "${given.name}" is for ${row.kind}, not ${kind}.`,
				[given.name]
			);
		}
		resolved = { mapping: parseStoredMapping(row.mapping), name: given.name, source: 'named' };
	} else if (given) {
		resolved = {
			mapping: given.columns,
			name: given.saveAs ?? null,
			source: 'given',
			save: given.saveAs
		};
	} else {
		const saved = await db.one<{ name: string; mapping: string }>(
			sql('ingest/mapping_by_signature'),
			{ kind, signature: headersSignature(headers) }
		);
		resolved = saved
			? { mapping: parseStoredMapping(saved.mapping), name: saved.name, source: 'saved' }
			: { mapping: suggestMapping(kind, headers), name: null, source: 'suggested' };
	}
	const unknown = unknownHeaders(resolved.mapping, headers);
	if (unknown.length) {
		throw new IngestFileError(
			'unknown_headers',
			`The mapping names columns the file does not have: ${unknown.join(', ')}.`,
			unknown
		);
	}
	const missing = missingRequired(kind, resolved.mapping);
	if (missing.length) {
		throw new IngestFileError(
			'missing_columns',
			`Required columns missing: ${missing.join(', ')} (the file has: ${headers.join(', ')}). Map them with a mapping.`,
			missing
		);
	}
	return resolved;
}

/**
 * Names for the columns of a CSV read straight into the staging table: the canonical name of a
 * mapped column, "#n" for the others. False when one header is mapped to two columns.
 */
export function csvNames(mapping: ColumnMapping, headers: string[]): string[] | false {
	const byHeader = new Map<string, string>();
	for (const [column, header] of Object.entries(mapping.columns)) {
		if (!header) continue;
		if (byHeader.has(header)) return false;
		byHeader.set(header, column);
	}
	return headers.map((h, i) => byHeader.get(h) ?? `#${i + 1}`);
}

/**
 * What each of a response file's columns is, to name a value too long to store: the canonical
 * column it is mapped to, the header of an answer kept, or '' for a column set aside.
 */
export function valueNames(mapping: ColumnMapping, headers: string[]): string[] {
	const answers = new Set(answerHeaders(mapping, headers));
	const mapped = new Map(
		Object.entries(mapping.columns).map(([column, header]) => [header, column])
	);
	return headers.map((h) => mapped.get(h) ?? (answers.has(h) ? h : ''));
}

/** 1-based position of each canonical column in the file (0 when not mapped). */
export function positions(mapping: ColumnMapping, headers: string[], columns: readonly string[]) {
	const out: Record<string, number> = {};
	for (const column of columns) {
		const header = mapping.columns[column as keyof ColumnMapping['columns']];
		out[`p_${column}`] = header ? headers.indexOf(header) + 1 : 0;
	}
	return out;
}

/** Saves a mapping under a name for files with these headers. */
export async function saveMapping(
	db: Store | Session,
	input: {
		name: string;
		kind: IngestKind;
		headers: string[];
		mapping: ColumnMapping;
		userId?: number | null;
	}
): Promise<void> {
	await db.run(sql('ingest/mapping_save'), {
		name: input.name,
		kind: input.kind,
		signature: headersSignature(input.headers),
		mapping: JSON.stringify(input.mapping),
		user_id: input.userId ?? null
	});
}
