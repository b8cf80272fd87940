// The single pass: a clean interaction CSV (every row storable as written, ISO local times, no id
// repeated, every name one the app knows) goes from the file into the store in one statement,
// without the staged path's temporary tables (sql/ingest/single_pass_*.sql). Most exports are
// clean, and the staged path costs about 1.7 times as much. When the file turns out not to be
// clean, the pass throws NotSinglePass, the ingest rolls its transaction back and takes the staged
// path. That costs the part of a read DuckDB does before the statement stops; measured on a
// million rows: 1 to 3 s for a bad first row or a bad row in every hundred, about 3 s for a bad
// last row. A
// first look at the first rows would send a file off throughout the staged way sooner, but costs
// every clean file about 0.1 s; not done.
import {
	fixedOffsetSpan,
	type FixedOffsetSpan,
	type OffsetSample
} from '../../domain/fixed-offset';
import { knownNames, type ChannelNames } from '../../domain/ingest-columns';
import { StorageError, type Session } from '../db';
import { sql } from '../sql';
import { writeInteractionValueMap, type FoundValue } from './value-map';

/** The file is not one the single pass can take; nothing it did must be kept. */
export class NotSinglePass extends Error {
	constructor(readonly why: string) {
		super(`The single pass cannot take this file: ${why}.`);
		this.name = 'NotSinglePass';
	}
}

/** The message of the SQL error() that stops single_pass_insert.sql. */
const notSinglePassMark = 'tahseen:not_single_pass';

/** How a CSV file is written, as DuckDB's sniffer found it (sql/ingest/headers_csv.sql). */
export interface CsvDialect {
	delim: string;
	quote: string;
	escape: string;
	new_line: string;
}

export interface SinglePassInput {
	runId: number;
	path: string;
	/** The file's columns renamed (see csvNames in mapping.ts). */
	names: string[];
	/** Read with the dialect found for its headers rather than sniffed again. */
	dialect: CsvDialect;
	zone: string;
	/** The masking rules as bound parameters ($p1, $r1 …). */
	mask: Record<string, string>;
	/** Runs a step while reporting its progress as the given stage, between two fractions. */
	track: <T>(
		stage: 'reading' | 'merging',
		from: number,
		to: number,
		work: () => Promise<T>
	) => Promise<T>;
}

export interface SinglePassCounts {
	rows: number;
	inserted: number;
	unchanged: number;
	masked: number;
	changed: { from: Date; to: Date } | null;
}

const spans = new Map<string, FixedOffsetSpan | null>();

/** Where the zone keeps one offset (cached: a zone's rules do not change while the process runs). */
async function zoneSpan(tx: Session, zone: string): Promise<FixedOffsetSpan | null> {
	if (!spans.has(zone)) {
		const samples = await tx.all<OffsetSample & Record<string, unknown>>(
			sql('ingest/zone_offsets'),
			{ zone }
		);
		spans.set(zone, fixedOffsetSpan(samples, new Date()));
	}
	return spans.get(zone)!;
}

function wallClock(date: Date): string {
	return date.toISOString().slice(0, 23).replace('T', ' ');
}

/** The names the file may use: the app's own and those met in earlier files, matched to codes. */
async function writeKnownValueMap(tx: Session): Promise<void> {
	const channels = await tx.all<ChannelNames & Record<string, unknown>>(sql('ingest/channels'));
	const met = await tx.all<FoundValue & Record<string, unknown>>(sql('ingest/spellings'));
	const seen = new Set<string>();
	const names = [...knownNames(channels), ...met].filter(({ field, raw }) => {
		const key = `${field}\u0000${raw}`;
		return !seen.has(key) && !!seen.add(key);
	});
	await writeInteractionValueMap(tx, names);
}

/**
 * A statement reading the file: a failure other than the disk's sends the file the staged way, which
 * gives the file-level error in its own words when the file cannot be read at all.
 */
async function passing<T>(statement: Promise<T>): Promise<T> {
	try {
		return await statement;
	} catch (error) {
		if (error instanceof StorageError) throw error;
		const text = error instanceof Error ? error.message : String(error);
		throw new NotSinglePass(
			text.includes(notSinglePassMark)
				? 'a row is not clean, is stored already or holds a masking mark'
				: `it could not be read this way (${text.split('\n')[0]})`
		);
	}
}

/**
 * Whether the file is likely all new ("insert") or all stored already ("compare"), from the ids of
 * its first rows; a file that mixes them goes the staged way.
 */
async function chooseWay(tx: Session, input: SinglePassInput): Promise<'insert' | 'compare'> {
	// nothing stored yet (a first import): every id is new, no need to look
	if (!(await tx.one<{ stored: boolean }>(sql('ingest/interactions_exist')))!.stored) {
		return 'insert';
	}
	const probe = await input.track('reading', 0, 0.05, () =>
		tx
			.one<{ ids: number; stored: number }>(sql('ingest/single_pass_probe'), {
				path: input.path,
				names: input.names,
				...input.dialect
			})
			.catch((error: unknown) => {
				if (error instanceof StorageError) throw error;
				throw new NotSinglePass(`its first rows could not be read (${String(error)})`);
			})
	);
	if (!probe || probe.ids === 0) throw new NotSinglePass('no ids in its first rows');
	if (probe.stored === 0) return 'insert';
	if (probe.stored === probe.ids) return 'compare';
	throw new NotSinglePass('some ids are stored, some not');
}

/**
 * Stores a clean file in one pass, or finds every row stored unchanged. Throws NotSinglePass when
 * the staged path must settle the file (the caller rolls back what this did).
 */
export async function singlePass(tx: Session, input: SinglePassInput): Promise<SinglePassCounts> {
	const way = await chooseWay(tx, input);
	// lends the file every canonical column it lacks (see type_interactions_csv.sql); the macros
	// read it
	await tx.run(sql('ingest/create_stage_interactions'));
	await writeKnownValueMap(tx);
	await tx.run(sql('ingest/single_pass_macros'));
	const span = await zoneSpan(tx, input.zone);
	const rowsOf = {
		path: input.path,
		names: input.names,
		...input.dialect,
		zone: input.zone,
		// an empty span (from after to) sends every time through the zone's rules
		fixed_from: wallClock(span?.from ?? new Date(Date.UTC(2200, 0))),
		fixed_to: wallClock(span?.to ?? new Date(Date.UTC(1900, 0))),
		offset_us: span?.offsetUs ?? 0,
		...input.mask
	};

	if (way === 'compare') {
		const found = (await input.track('merging', 0.05, 0.9, () =>
			passing(
				tx.one<{ rows: number; unchanged: number; ids: number }>(
					sql('ingest/single_pass_unchanged'),
					rowsOf
				)
			)
		))!;
		if (found.unchanged !== found.rows || found.ids !== found.rows) {
			throw new NotSinglePass('not every row is stored unchanged');
		}
		return { rows: found.rows, inserted: 0, unchanged: found.rows, masked: 0, changed: null };
	}

	await tx.run(sql('ingest/rows_in_any_order'));
	// reading, checking and merging at once
	await input.track('merging', 0.05, 0.9, () =>
		passing(tx.run(sql('ingest/single_pass_insert'), { run_id: input.runId, ...rowsOf }))
	);
	const stored = (await tx.one<{
		rows: number;
		repeated: number;
		masked: number;
		changed_from: Date | null;
		changed_to: Date | null;
	}>(sql('ingest/single_pass_stored'), { run_id: input.runId }))!;
	if (stored.rows === 0) throw new NotSinglePass('no rows');
	if (stored.repeated > 0) throw new NotSinglePass('an id may be repeated');
	return {
		rows: stored.rows,
		inserted: stored.rows,
		unchanged: 0,
		masked: stored.masked,
		changed:
			stored.changed_from && stored.changed_to
				? { from: stored.changed_from, to: stored.changed_to }
				: null
	};
}
