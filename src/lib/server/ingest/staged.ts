// The staged path: a file the single pass does not take is read into temporary tables, typed and
// checked there (stageFile, before the ingest's transaction), then each row settled against the
// stored ones and merged, the rejected rows kept (mergeStaged, in the transaction). See sql/ingest/.
import {
	answerHeaders,
	canonicalColumns,
	type CanonicalColumn,
	type IngestKind
} from '../../domain/ingest-columns';
import type { Session } from '../db';
import { sql } from '../sql';
import { IngestFileError } from './errors';
import { loadRaw, readingFile, type FileShape } from './file-shape';
import { readHijriInteractions, responsesHijri, type HijriReason } from './hijri';
import { csvNames, positions, valueNames, type ResolvedMapping } from './mapping';
import { tracked, type IngestStage } from './progress';
import { buildValueMaps } from './value-map';

/** What the staged path needs to know of the ingest. */
export interface StagedInput {
	kind: IngestKind;
	/** The file on disk (as UTF-8). */
	path: string;
	fileName: string;
	shape: FileShape;
	resolved: ResolvedMapping;
	zone: string;
	mask: Record<string, string>;
	report: (stage: IngestStage) => (fraction: number) => void;
	/** Time columns the header or the mapping say are Hijri. */
	declared: Map<CanonicalColumn, HijriReason>;
}

/** A file staged in the session's temporary tables (stageFile), for mergeStaged. */
export interface StagedFile {
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
export type RunCounts = Record<
	'inserted' | 'updated' | 'unchanged' | 'rejected' | 'masked' | 'duplicates',
	number
> & {
	changed_from: Date | null;
	changed_to: Date | null;
};

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

/**
 * The staged path, first half: the file is read into temporary tables, typed and checked there
 * (every file the single pass does not take). It writes nothing but temporary tables, and runs
 * before the ingest's transaction begins, so that mergeStaged's inserts read committed data (see
 * Store.transactionAfter).
 */
export async function stageFile(
	tx: Session,
	{ kind, path, fileName, shape, resolved, zone, mask, report, declared }: StagedInput
): Promise<StagedFile> {
	const interactions = kind === 'interactions';
	const columns = [...canonicalColumns(kind)];
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
					path,
					names: direct,
					zone
				});
			} else {
				await loadRaw(tx, shape, path);
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
	await buildValueMaps(tx, kind, pos);

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
export async function mergeStaged(
	tx: Session,
	staged: StagedFile,
	{ kind, path, shape, resolved, runId, mask, report, zone }: StagedInput & { runId: number }
): Promise<{ counts: RunCounts; rows: number }> {
	const interactions = kind === 'interactions';
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
				path,
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
