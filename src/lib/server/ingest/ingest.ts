// Ingest of interaction logs and survey responses: the file is read into a staging table, checked
// and merged by SQL inside one transaction (see sql/ingest/), so a file is stored whole or not at all.
// A clean interaction CSV goes into the store in one pass instead (single-pass.ts); a file that turns
// out not to be clean is rolled back and taken the staged way.
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import {
	answerHeaders,
	canonicalColumns,
	headersText,
	missingRequired,
	suggestMapping,
	unknownHeaders,
	type CanonicalColumn,
	type ColumnMapping,
	type IngestKind
} from '../../domain/ingest-columns';
import { maskingRules } from '../../domain/masking';
import type { TextEncoding } from '../../domain/text-encoding';
import { audit } from '../audit';
import { onDataChanged } from '../data-changes';
import { answersFollowInteractions, interactionsAnswered } from './linked-answers';
import { StorageError, type Session, type SqlValue, type Store } from '../db';
import { getOrganisation } from '../organisation';
import { sql } from '../sql';
import { refuseDeepJson } from './json-depth';
import { IngestFileError } from './errors';
import {
	declaredHijri,
	hijriNotes,
	readHijriInteractions,
	responsesHijri,
	type HijriReason,
	type IngestNote
} from './hijri';
import { utf8Source } from './encoding';
import { readXlsx, type SheetRows } from './read-xlsx';
import {
	NotSinglePass,
	singlePass,
	type CsvDialect,
	type SinglePassCounts,
	type SinglePassInput
} from './single-pass';
import { buildValueMaps } from './value-map';

export type IngestFormat = 'csv' | 'xlsx' | 'json' | 'parquet';

export type IngestStage = 'reading' | 'checking' | 'merging' | 'recording';
export const ingestStages: readonly IngestStage[] = ['reading', 'checking', 'merging', 'recording'];

export interface IngestProgress {
	stage: IngestStage;
	/** 0–1 within the whole ingest */
	fraction: number;
}

/** How the mapping was chosen. */
export type MappingSource = 'named' | 'given' | 'saved' | 'suggested';

export interface IngestOptions {
	/** The file on disk. */
	path: string;
	/** The name to record (the uploaded file's name); defaults to the path's base name. */
	fileName?: string;
	kind: IngestKind;
	/** A saved mapping by name, or a mapping given in full (optionally saved under `saveAs`). */
	mapping?: { name: string } | { columns: ColumnMapping; saveAs?: string };
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

export type { IngestNote };

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

function checkFile(filePath: string, fileName: string): number {
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

function sha256(filePath: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const hash = createHash('sha256');
		// chunks of 1 MiB: hashing a large file in the default 64 KiB chunks costs twice the CPU
		createReadStream(filePath, { highWaterMark: 1 << 20 })
			.on('data', (chunk) => hash.update(chunk))
			.on('error', reject)
			.on('end', () => resolve(hash.digest('hex')));
	});
}

function firstLine(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}

/** The file's headers (and for XLSX its rows, read once; for CSV the dialect DuckDB found). */
interface FileShape {
	format: IngestFormat;
	headers: string[];
	sheet?: SheetRows;
	dialect?: CsvDialect;
}

async function readShape(
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

function headersSignature(headers: readonly string[]): string {
	return createHash('sha256').update(headersText(headers)).digest('hex');
}

interface ResolvedMapping {
	mapping: ColumnMapping;
	name: string | null;
	source: MappingSource;
	save?: string;
}

function parseStoredMapping(text: string): ColumnMapping {
	const value = JSON.parse(text) as ColumnMapping;
	return {
		columns: value.columns ?? {},
		ignore: value.ignore ?? [],
		...(value.hijri?.length ? { hijri: value.hijri } : {})
	};
}

async function resolveMapping(
	db: Store | Session,
	kind: IngestKind,
	headers: string[],
	given: IngestOptions['mapping']
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
function csvNames(mapping: ColumnMapping, headers: string[]): string[] | false {
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
function valueNames(mapping: ColumnMapping, headers: string[]): string[] {
	const answers = new Set(answerHeaders(mapping, headers));
	const mapped = new Map(
		Object.entries(mapping.columns).map(([column, header]) => [header, column])
	);
	return headers.map((h) => mapped.get(h) ?? (answers.has(h) ? h : ''));
}

/** 1-based position of each canonical column in the file (0 when not mapped). */
function positions(mapping: ColumnMapping, headers: string[], columns: readonly string[]) {
	const out: Record<string, number> = {};
	for (const column of columns) {
		const header = mapping.columns[column as keyof ColumnMapping['columns']];
		out[`p_${column}`] = header ? headers.indexOf(header) + 1 : 0;
	}
	return out;
}

function maskParams(): Record<string, string> {
	const out: Record<string, string> = {};
	maskingRules.forEach((rule, i) => {
		out[`p${i + 1}`] = rule.pattern;
		out[`r${i + 1}`] = rule.replacement;
	});
	return out;
}

async function loadRaw(tx: Session, shape: FileShape, filePath: string): Promise<void> {
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

function isKoboSubmissionTime(header: string | undefined): boolean {
	return header?.trim().toLowerCase() === '_submission_time';
}

/** Month-first when a slash-date column has dates that read only month-first and none only day-first. */
async function monthFirst(tx: Session, position: number): Promise<boolean> {
	if (!position) return false;
	const row = await tx.one<{ day_first_only: number; month_first_only: number }>(
		sql('ingest/date_order'),
		{ position }
	);
	return !!row && row.month_first_only > 0 && row.day_first_only === 0;
}

/** Runs `work` while reporting DuckDB's progress on the running statement between `from` and `to`. */
async function tracked<T>(
	tx: Session,
	report: ((fraction: number) => void) | undefined,
	from: number,
	to: number,
	work: () => Promise<T>
): Promise<T> {
	if (!report) return work();
	report(from);
	const timer = setInterval(() => {
		const pct = tx.progress();
		if (pct >= 0) report(from + ((to - from) * Math.min(pct, 100)) / 100);
	}, 200);
	try {
		return await work();
	} finally {
		clearInterval(timer);
		report(to);
	}
}

/** With TAHSEEN_INGEST_PROFILE set, prints each statement's time (wall and process CPU) to stderr. */
function profiled(session: Session): Session {
	if (!process.env.TAHSEEN_INGEST_PROFILE) return session;
	const wrap =
		<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
		async (...args: A): Promise<R> => {
			const start = performance.now();
			const cpu = process.cpuUsage();
			try {
				return await fn(...args);
			} finally {
				const used = process.cpuUsage(cpu);
				const text =
					String(args[0])
						.split('\n')
						.find((l) => !l.startsWith('--')) ?? '';
				const cpuMs = (used.user + used.system) / 1000;
				console.error(
					`${name} ${(performance.now() - start).toFixed(0)} ms (cpu ${cpuMs.toFixed(0)} ms)  ${text.slice(0, 60)}`
				);
			}
		};
	return Object.assign(Object.create(session) as Session, {
		run: wrap('run', session.run.bind(session)),
		all: wrap('all', session.all.bind(session)),
		one: wrap('one', session.one.bind(session)),
		appendRows: wrap('append', session.appendRows.bind(session))
	});
}

interface StagedInput {
	options: IngestOptions;
	fileName: string;
	shape: FileShape;
	resolved: ResolvedMapping;
	zone: string;
	mask: Record<string, string>;
	report: (stage: IngestStage) => (fraction: number) => void;
	/** Time columns the header or the mapping say are Hijri. */
	declared: Map<CanonicalColumn, HijriReason>;
}

/** How the single pass reads an interaction CSV. */
type SinglePassRead = Pick<SinglePassInput, 'names' | 'dialect'>;

/** A file staged in the session's temporary tables (stageFile), for mergeStaged. */
interface StagedFile {
	/** The file's rows. */
	rows: number;
	/** The interaction CSV's columns renamed, when it was typed straight from the file. */
	direct: string[] | false;
	/** Which time columns read slash dates month-first ($mf_received_at …). */
	monthFirstColumns: Record<string, boolean>;
	/** The row id of the file's first row (a CSV row's line is found from its row id). */
	firstRowid: bigint;
	/** Time columns read as Hijri, and why. */
	hijri: Map<CanonicalColumn, HijriReason>;
}

/** A run's counts, and the span of times it changed (for the roll-ups). */
type RunCounts = Pick<
	IngestResult,
	'inserted' | 'updated' | 'unchanged' | 'rejected' | 'masked' | 'duplicates'
> & {
	changed_from: Date | null;
	changed_to: Date | null;
};

/** Runs `read`, turning an error from reading the file into a file-level error. */
async function readingFile<T>(fileName: string, read: () => Promise<T>): Promise<T> {
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

/**
 * The staged path, first half: the file is read into temporary tables, typed and checked there
 * (every file the single pass does not take). It writes nothing but temporary tables, and runs
 * before the ingest's transaction begins, so that mergeStaged's inserts read committed data (see
 * Store.transactionAfter).
 */
async function stageFile(
	tx: Session,
	{ options, fileName, shape, resolved, zone, mask, report, declared }: StagedInput
): Promise<StagedFile> {
	const interactions = options.kind === 'interactions';
	const columns = [...canonicalColumns(options.kind)];
	const pos = positions(resolved.mapping, shape.headers, columns);
	// an interaction CSV is read straight into its staging columns; other files are read as lists
	// of text first, then staged by position
	const direct =
		interactions && shape.format === 'csv' && csvNames(resolved.mapping, shape.headers);
	// whether some interaction time needs the general parse (most files write ISO times only)
	let generalTimes = false;
	let hijri = new Map<CanonicalColumn, HijriReason>();
	await readingFile(fileName, () =>
		tracked(tx, report('reading'), 0, 0.4, async () => {
			if (interactions) await tx.run(sql('ingest/create_stage_interactions'));
			if (direct) {
				await tx.run(sql('ingest/type_interactions_csv'), {
					path: options.path,
					names: direct,
					zone
				});
			} else {
				await loadRaw(tx, shape, options.path);
				if (interactions) {
					await tx.run(sql('ingest/stage_from_raw'), pos);
					await tx.run(sql('ingest/type_interactions'), { zone });
				}
			}
			if (interactions) {
				await tx.run(sql('ingest/drop_stage'));
				await tx.run(sql('ingest/type_interactions_trim_times'));
				const unusual = await tx.one<{ n: number }>(sql('ingest/general_times_count'));
				generalTimes = unusual!.n > 0;
				if (generalTimes) await tx.run(sql('ingest/type_interactions_times'), { zone });
				hijri = await readHijriInteractions(tx, declared, zone);
				await tx.run(sql('ingest/type_interactions_mask'), mask);
			}
		})
	);
	const count = await tx.one<{ n: number }>(
		sql(interactions ? 'ingest/typed_count' : 'ingest/raw_count')
	);
	if (!count || count.n === 0) {
		throw new IngestFileError('empty_file', `${fileName} has a header but no rows.`, [fileName]);
	}
	await buildValueMaps(tx, options.kind, pos);

	let monthFirstColumns: Record<string, boolean> = {};
	let firstRowid = 0n;
	await tracked(tx, report('checking'), 0.4, 0.7, async () => {
		if (interactions) {
			const order = generalTimes
				? (await tx.one<Record<string, number>>(sql('ingest/date_order_interactions')))!
				: {};
			monthFirstColumns = Object.fromEntries(
				(['received_at', 'decided_at', 'closed_at'] as const).map((c) => [
					`mf_${c}`,
					// Hijri dates are never month-first
					!hijri.has(c) && (order[`${c}_month_only`] ?? 0) > 0 && order[`${c}_day_only`] === 0
				])
			);
		} else {
			const { p_id, ...rest } = pos;
			const mf = await monthFirst(tx, pos.p_submitted_at!);
			// KoboToolbox writes _submission_time in UTC without saying so
			const zoneSubmitted = isKoboSubmissionTime(resolved.mapping.columns.submitted_at)
				? 'UTC'
				: zone;
			const submittedHijri = await responsesHijri(tx, declared, pos.p_submitted_at!);
			if (submittedHijri) hijri.set('submitted_at', submittedHijri);
			await tx.run(sql('ingest/type_responses'), {
				...rest,
				p_id: p_id!,
				derive_id: p_id === 0,
				mf_submitted_at: mf && !submittedHijri,
				hijri_submitted_at: !!submittedHijri,
				value_names: valueNames(resolved.mapping, shape.headers),
				zone_submitted_at: zoneSubmitted,
				zone,
				...mask
			});
		}
		firstRowid = BigInt(
			(await tx.one<{ first_rowid: string }>(sql('ingest/first_rowid')))!.first_rowid
		);
		await tx.run(sql('ingest/rows_in_any_order'));
		await tx.run(sql('ingest/dupes'), { first_rowid: firstRowid });
	});
	return { rows: count.n, direct, monthFirstColumns, firstRowid, hijri };
}

/**
 * The staged path, second half, in the ingest's transaction: each staged row settled against the
 * stored ones and merged, the rejected rows kept. Returns the run's counts and the file's rows.
 */
async function mergeStaged(
	tx: Session,
	staged: StagedFile,
	{ options, shape, resolved, runId, mask, report, zone }: StagedInput & { runId: number }
): Promise<{ counts: RunCounts; rows: number }> {
	const interactions = options.kind === 'interactions';
	const { direct, monthFirstColumns, firstRowid } = staged;
	// the names that matched, for the single pass of later files
	if (interactions) await tx.run(sql('ingest/spelling_record'));
	await tracked(tx, report('merging'), 0.7, 0.95, async () => {
		if (interactions) {
			const checked = { ...monthFirstColumns, first_rowid: firstRowid, zone };
			await tx.run(sql('ingest/checked_interactions'));
			await tx.run(sql('ingest/outcome_interactions'), checked);
			const settled = (await tx.one<{ settled: number; updated: number; duplicates: number }>(
				sql('ingest/settled_count')
			))!;
			// an unchanged file inserts nothing: its rows are not settled a second time
			if (staged.rows - settled.duplicates - settled.settled > 0) {
				await tx.run(sql('ingest/insert_interactions'), { run_id: runId, ...checked });
			}
			await tx.run(sql('ingest/drop_typed'));
			if (settled.updated > 0) {
				await tx.run(sql('ingest/update_interactions'), { run_id: runId });
			}
		} else {
			const answers = answerHeaders(resolved.mapping, shape.headers);
			await tx.run(sql('ingest/answers_responses'), {
				questions: answers,
				positions: answers.map((h) => shape.headers.indexOf(h) + 1),
				...mask
			});
			await tx.run(sql('ingest/outcome_responses'));
			await tx.run(sql('ingest/insert_responses'), { run_id: runId });
			await tx.run(sql('ingest/update_responses'), { run_id: runId });
			await tx.run(sql('ingest/delete_changed_answers'));
			await tx.run(sql('ingest/insert_answers'));
		}
		await tx.run(sql('ingest/rows_in_order'));
		if (!direct) {
			await tx.run(sql('ingest/insert_rejected'), {
				run_id: runId,
				headers: shape.headers,
				...mask
			});
		} else if ((await tx.one<{ n: number }>(sql('ingest/rejected_count')))!.n > 0) {
			await tx.run(sql('ingest/insert_rejected_csv'), {
				run_id: runId,
				path: options.path,
				headers: shape.headers,
				...mask
			});
		}
	});

	const counts = (await tx.one<RunCounts & Record<string, unknown>>(
		interactions ? sql('ingest/counts_interactions') : sql('ingest/counts'),
		interactions ? { run_id: runId, rows: staged.rows } : { run_id: runId }
	))!;
	return { counts, rows: staged.rows };
}

/** The ingest under way on each store: the next waits for it (see ingestFile). */
const ingestsUnderWay = new WeakMap<Store, Promise<unknown>>();

/**
 * Reads, checks and merges one file in one transaction; a file-level problem throws IngestFileError.
 * Ingests into one store run one at a time: each merges its file against the ids stored before it
 * began, so two at once could both add the same new id (the interaction table has no key index;
 * sql/schema/005_interaction_without_index.sql). A store file is opened by one process only.
 */
export function ingestFile(store: Store, options: IngestOptions): Promise<IngestResult> {
	const previous = ingestsUnderWay.get(store) ?? Promise.resolve();
	const next = previous.then(
		() => ingestAlone(store, options),
		() => ingestAlone(store, options)
	);
	ingestsUnderWay.set(
		store,
		next.catch(() => undefined)
	);
	return next;
}

/**
 * A CSV or JSON Lines file in another encoding than UTF-8 is read from a UTF-8 copy (encoding.ts);
 * the run records the file as given (name, size, SHA-256) and notes the encoding converted.
 */
async function ingestAlone(store: Store, options: IngestOptions): Promise<IngestResult> {
	const started = performance.now();
	const fileName = options.fileName ?? path.basename(options.path);
	const size = checkFile(options.path, fileName);
	const hashing = sha256(options.path);
	hashing.catch(() => undefined);
	const format = formatOf(fileName);
	const source = format === 'csv' || format === 'json' ? await utf8Source(options.path) : null;
	try {
		return await ingestRead(
			store,
			{ ...options, path: source?.path ?? options.path, fileName },
			{ started, size, hashing, converted: source?.converted ?? null }
		);
	} finally {
		await source?.cleanup();
	}
}

async function ingestRead(
	store: Store,
	options: IngestOptions & { fileName: string },
	file: { started: number; size: number; hashing: Promise<string>; converted: TextEncoding | null }
): Promise<IngestResult> {
	const { started, size, hashing } = file;
	const fileName = options.fileName;
	const encodingNotes: IngestNote[] = file.converted
		? [{ code: 'encoding', detail: [file.converted] }]
		: [];
	const progress = options.onProgress;
	const report = (stage: IngestStage) => (fraction: number) => progress?.({ stage, fraction });

	const shape = await readShape(store, options.path, fileName, options.sheet);
	if (!shape.headers.length) throw new IngestFileError('empty_file', `${fileName} has no columns.`);
	const resolved = await resolveMapping(store, options.kind, shape.headers, options.mapping);
	const organisation = await getOrganisation(store);
	const zone = organisation?.timeZone ?? 'Asia/Riyadh';
	const mask = maskParams();

	const names =
		options.kind === 'interactions' &&
		shape.format === 'csv' &&
		csvNames(resolved.mapping, shape.headers);
	const declared = declaredHijri(resolved.mapping, canonicalColumns(options.kind));
	// what the single pass needs to read the file (it reads Gregorian ISO times only)
	const singlePassRead: SinglePassRead | null =
		names && shape.dialect && declared.size === 0 ? { names, dialect: shape.dialect } : null;

	// the run id the first attempt took, kept by a second
	let runIdTaken: number | null = null;
	const staging: StagedInput = {
		options,
		fileName,
		shape,
		resolved,
		zone,
		mask,
		report,
		declared
	};

	/** The ingest's transaction: the run recorded, the file's rows merged, the roll-ups told. */
	const recordRun = async (
		tx: Session,
		way: { method: 'single_pass'; read: SinglePassRead } | { method: 'staged'; staged: StagedFile }
	): Promise<IngestResult> => {
		const run = await tx.one<{ id: number }>(sql('ingest/run_insert'), {
			id: runIdTaken,
			kind: options.kind,
			file_name: fileName,
			file_size: size,
			mapping_name: resolved.name,
			mapping: JSON.stringify(resolved.mapping),
			user_id: options.userId ?? null,
			actor: options.actor,
			format: shape.format
		});
		const runId = run!.id;
		runIdTaken = runId;
		if (resolved.save) {
			await tx.run(sql('ingest/mapping_save'), {
				name: resolved.save,
				kind: options.kind,
				signature: headersSignature(shape.headers),
				mapping: JSON.stringify(resolved.mapping),
				user_id: options.userId ?? null
			});
		}

		const { counts, rows } =
			way.method === 'single_pass'
				? singlePassCounts(
						await readingFile(fileName, () =>
							singlePass(tx, {
								runId,
								path: options.path,
								...way.read,
								zone,
								mask,
								track: (stage, from, to, work) => tracked(tx, report(stage), from, to, work)
							})
						)
					)
				: await mergeStaged(tx, way.staged, { ...staging, runId });
		report('recording')(0.95);
		if (counts.changed_from && counts.changed_to) {
			const change = { from: counts.changed_from, to: counts.changed_to };
			await onDataChanged(
				tx,
				options.kind === 'interactions'
					? { interactions: change, responses: await answersFollowInteractions(tx, runId) }
					: { responses: change, answered: await interactionsAnswered(tx) }
			);
		}
		const durationMs = Math.round(performance.now() - started);
		const fileSha256 = await hashing;
		await tx.run(sql('ingest/run_finish'), {
			id: runId,
			file_sha256: fileSha256,
			inserted: counts.inserted,
			updated: counts.updated,
			unchanged: counts.unchanged,
			rejected: counts.rejected,
			masked: counts.masked,
			duplicates: counts.duplicates,
			duration_ms: durationMs
		});
		const outcome: IngestResult = {
			run_id: runId,
			inserted: counts.inserted,
			updated: counts.updated,
			unchanged: counts.unchanged,
			rejected: counts.rejected,
			masked: counts.masked,
			duplicates: counts.duplicates,
			rows,
			method: way.method,
			seconds: durationMs / 1000,
			format: shape.format,
			mappingName: resolved.name,
			mappingSource: resolved.source,
			notes: [...encodingNotes, ...(way.method === 'staged' ? hijriNotes(way.staged.hijri) : [])]
		};
		await audit(tx, {
			userId: options.userId ?? null,
			actor: options.actor,
			action: 'ingest.run',
			target: `ingest_run:${runId}`,
			detail: { file: fileName, kind: options.kind, sha256: fileSha256, ...outcome },
			clientAddress: options.clientAddress ?? null
		});
		return outcome;
	};

	const attempt = (method: IngestResult['method']) =>
		store.transactionAfter(
			async (session) => {
				const tx = profiled(session);
				await tx.run(sql('ingest/session_settings'));
				await tx.run(sql('ingest/rows_in_order'));
				await tx.run(sql('ingest/macros'));
				// the staged path fills its temporary tables before the transaction begins
				return method === 'single_pass' && singlePassRead
					? ({ method, read: singlePassRead } as const)
					: ({ method: 'staged', staged: await stageFile(tx, staging) } as const);
			},
			(session, way) => recordRun(profiled(session), way),
			{ cleanup: (session) => session.run(sql('ingest/drop_temp')) }
		);

	let result: IngestResult | null = null;
	if (singlePassRead && options.singlePass !== false) {
		try {
			result = await attempt('single_pass');
		} catch (error) {
			if (!(error instanceof NotSinglePass)) throw error;
		}
	}
	result ??= await attempt('staged');
	progress?.({ stage: 'recording', fraction: 1 });
	return result;
}

function singlePassCounts(single: SinglePassCounts): { counts: RunCounts; rows: number } {
	return {
		rows: single.rows,
		counts: {
			inserted: single.inserted,
			updated: 0,
			unchanged: single.unchanged,
			rejected: 0,
			masked: single.masked,
			duplicates: 0,
			changed_from: single.changed?.from ?? null,
			changed_to: single.changed?.to ?? null
		}
	};
}

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
	const format = formatOf(fileName);
	const source = format === 'csv' || format === 'json' ? await utf8Source(options.path) : null;
	try {
		return {
			...(await inspectRead(store, { ...options, path: source?.path ?? options.path, fileName })),
			encoding: source?.converted ?? null
		};
	} finally {
		await source?.cleanup();
	}
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

/** Saves a mapping under a name for files with these headers. */
export async function saveMapping(
	store: Store,
	input: {
		name: string;
		kind: IngestKind;
		headers: string[];
		mapping: ColumnMapping;
		userId?: number | null;
	}
): Promise<void> {
	await store.run(sql('ingest/mapping_save'), {
		name: input.name,
		kind: input.kind,
		signature: headersSignature(input.headers),
		mapping: JSON.stringify(input.mapping),
		user_id: input.userId ?? null
	});
}
