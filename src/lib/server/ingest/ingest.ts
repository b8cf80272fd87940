// Ingest of interaction logs and survey responses: the file is read into a staging table, checked
// and merged by SQL inside one transaction (see sql/ingest/), so a file is stored whole or not at all.
// A clean interaction CSV goes into the store in one pass instead (single-pass.ts); a file that turns
// out not to be clean is rolled back and taken the staged way (staged.ts). This module runs the
// steps: the file read as UTF-8 and its shape found (file-shape.ts), its mapping (mapping.ts), the
// way chosen, and the transaction that records the run and tells the roll-ups (commit.ts).
import path from 'node:path';
import { canonicalColumns } from '../../domain/ingest-columns';
import { maskingRules } from '../../domain/masking';
import type { TextEncoding } from '../../domain/text-encoding';
import type { Store } from '../db';
import { getOrganisation } from '../organisation';
import { sql } from '../sql';
import { recordRun, type SinglePassRead } from './commit';
import { IngestFileError } from './errors';
import { checkFile, readAsUtf8, readShape, sha256 } from './file-shape';
import { declaredHijri, type IngestNote } from './hijri';
import { csvNames, resolveMapping } from './mapping';
import { profiled } from './profile';
import type { IngestStage } from './progress';
import { NotSinglePass } from './single-pass';
import { stageFile, type StagedInput } from './staged';
import type { IngestOptions, IngestResult } from './types';

function maskParams(): Record<string, string> {
	const out: Record<string, string> = {};
	maskingRules.forEach((rule, i) => {
		out[`p${i + 1}`] = rule.pattern;
		out[`r${i + 1}`] = rule.replacement;
	});
	return out;
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
	return readAsUtf8(options.path, fileName, (utf8Path, converted) =>
		ingestRead(
			store,
			{ ...options, path: utf8Path, fileName },
			{ started, size, hashing, converted }
		)
	);
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
	const taken = { runId: null as number | null };
	const staging: StagedInput = {
		kind: options.kind,
		path: options.path,
		fileName,
		shape,
		resolved,
		zone,
		mask,
		report,
		declared
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
			(session, way) =>
				recordRun(profiled(session), way, {
					options,
					size,
					started,
					hashing,
					encodingNotes,
					staging,
					taken
				}),
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
