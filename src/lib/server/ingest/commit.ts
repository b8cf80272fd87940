// The ingest's transaction, once the file is read and mapped (and, the staged way, staged): the
// run recorded, the rows merged by the single pass or the staged path, the metrics roll-ups told of
// the days that changed, the run finished with its counts, and the audit row, all in one commit.
import { audit } from '../audit';
import { onDataChanged } from '../data-changes';
import type { Session } from '../db';
import { sql } from '../sql';
import { readingFile } from './file-shape';
import { hijriNotes, type IngestNote } from './hijri';
import { answersFollowInteractions, interactionsAnswered } from './linked-answers';
import { saveMapping } from './mapping';
import { tracked } from './progress';
import { singlePass, type SinglePassCounts, type SinglePassInput } from './single-pass';
import { mergeStaged, type RunCounts, type StagedFile, type StagedInput } from './staged';
import type { IngestOptions, IngestResult } from './types';

/** How the single pass reads an interaction CSV. */
export type SinglePassRead = Pick<SinglePassInput, 'names' | 'dialect'>;

/** How the file's rows go into the store. */
export type IngestWay =
	{ method: 'single_pass'; read: SinglePassRead } | { method: 'staged'; staged: StagedFile };

/** What the transaction records, besides the rows: the ingest, its file and how it was read. */
export interface RunInput {
	options: IngestOptions & { fileName: string };
	/** The file's size in bytes, as given (before any conversion to UTF-8). */
	size: number;
	/** When the ingest began (performance.now()). */
	started: number;
	/** The SHA-256 of the file as given. */
	hashing: Promise<string>;
	/** An encoding converted to UTF-8. */
	encodingNotes: IngestNote[];
	staging: StagedInput;
	/** The run id the first attempt took, kept by a second. */
	taken: { runId: number | null };
}

/**
 * The ingest's transaction: the run recorded (and the mapping saved when asked), the file's rows
 * merged the way chosen, the roll-ups told, the run's counts and the audit row written.
 */
export async function recordRun(
	tx: Session,
	way: IngestWay,
	input: RunInput
): Promise<IngestResult> {
	const { options, size, started, hashing, encodingNotes, staging, taken } = input;
	const { fileName, shape, resolved, zone, mask, report } = staging;
	const run = await tx.one<{ id: number }>(sql('ingest/run_insert'), {
		id: taken.runId,
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
	taken.runId = runId;
	if (resolved.save) {
		await saveMapping(tx, {
			name: resolved.save,
			kind: options.kind,
			headers: shape.headers,
			mapping: resolved.mapping,
			userId: options.userId
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
	const { inserted, updated, unchanged, rejected, masked, duplicates } = counts;
	const tally = { inserted, updated, unchanged, rejected, masked, duplicates };
	await tx.run(sql('ingest/run_finish'), {
		id: runId,
		file_sha256: fileSha256,
		...tally,
		duration_ms: durationMs
	});
	const outcome: IngestResult = {
		run_id: runId,
		...tally,
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
