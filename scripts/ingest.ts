// npm run ingest -- <file> --kind interactions|responses [--mapping NAME|FILE.json] [--sheet NAME] [--json]
// Reads, checks and merges one file (CSV, XLSX, JSON Lines, Parquet) in one transaction.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import {
	canonicalColumns,
	type CanonicalColumn,
	type IngestKind
} from '../src/lib/domain/ingest-columns';
import { ingestFile } from '../src/lib/server/ingest/ingest';
import type { IngestProgress } from '../src/lib/server/ingest/progress';
import { IngestFileError } from '../src/lib/server/ingest/errors';
import { organisationForIngest } from '../src/lib/server/ingest/organisation-check';
import { rejectedRows } from '../src/lib/server/ingest/runs';
import { describeNote, describeReason } from '../src/lib/i18n/ingest-messages';
import { migrate } from '../src/lib/server/migrate';
import { sql } from '../src/lib/server/sql';
import { openStore, parseFlags, runCli, UsageError } from './cli';

const usage =
	'npm run ingest -- <file> --kind interactions|responses [--mapping NAME|FILE.json] [--sheet NAME] [--json]';

const stageNames: Record<IngestProgress['stage'], string> = {
	reading: 'reading',
	checking: 'checking',
	merging: 'merging',
	recording: 'recording'
};

function progressBar(): (p: IngestProgress) => void {
	const width = 30;
	let last = '';
	return (p) => {
		const filled = Math.round(p.fraction * width);
		const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(p.fraction * 100)).padStart(3)}% ${stageNames[p.stage]}`;
		if (line === last) return;
		last = line;
		process.stderr.write(`\r${line}`);
		if (p.fraction >= 1) process.stderr.write('\n');
	};
}

function mappingFromFile(file: string, kind: IngestKind) {
	const columns = z.enum(canonicalColumns(kind) as [string, ...string[]]);
	const schema = z.union([
		z.object({
			columns: z.partialRecord(columns, z.string().min(1)),
			ignore: z.array(z.string()).optional(),
			hijri: z.array(columns).optional()
		}),
		z.partialRecord(columns, z.string().min(1))
	]);
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new UsageError(
			`The mapping file ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
		);
	}
	const result = schema.safeParse(parsed);
	if (!result.success) {
		throw new UsageError(
			`The mapping file ${file} must map ${kind} columns (${canonicalColumns(kind).join(', ')}) to the file's headers: ${result.error.issues[0]?.message ?? ''}`
		);
	}
	const value = result.data as {
		columns?: Record<string, string>;
		ignore?: string[];
		hijri?: CanonicalColumn[];
	};
	return 'columns' in value && typeof value.columns === 'object'
		? { columns: value.columns, ignore: value.ignore, hijri: value.hijri }
		: { columns: value as Record<string, string> };
}

runCli(async () => {
	const { values, positionals } = parseFlags(
		{
			kind: { type: 'string' },
			mapping: { type: 'string' },
			sheet: { type: 'string' },
			json: { type: 'boolean' }
		},
		usage
	);
	if (positionals.length !== 1) throw new UsageError(`Give exactly one file.\nUsage: ${usage}`);
	const kind = values.kind;
	if (kind !== 'interactions' && kind !== 'responses') {
		throw new UsageError(`--kind must be interactions or responses.\nUsage: ${usage}`);
	}
	const file = positionals[0]!;
	const mapping = values.mapping
		? /\.json$/i.test(values.mapping) || existsSync(values.mapping)
			? { columns: mappingFromFile(values.mapping, kind) }
			: { name: values.mapping }
		: undefined;
	const showProgress = !values.json && process.stderr.isTTY;

	const store = await openStore();
	try {
		await migrate(store);
		await organisationForIngest(store);
		await store.run(sql('ingest/cli_settings'));
		const result = await ingestFile(store, {
			path: file,
			kind,
			mapping,
			sheet: values.sheet,
			actor: 'cli',
			onProgress: showProgress ? progressBar() : undefined
		});
		if (values.json) {
			console.log(
				JSON.stringify({
					inserted: result.inserted,
					updated: result.updated,
					unchanged: result.unchanged,
					rejected: result.rejected,
					masked: result.masked,
					duplicates: result.duplicates,
					run_id: result.run_id,
					seconds: result.seconds,
					notes: result.notes
				})
			);
			return;
		}
		const mappingNote =
			result.mappingSource === 'saved'
				? ` (mapping "${result.mappingName}" used automatically: same headers)`
				: result.mappingName
					? ` (mapping "${result.mappingName}")`
					: result.mappingSource === 'suggested'
						? ' (columns matched by name)'
						: '';
		console.log(
			`Run ${result.run_id}: ${result.rows} rows from ${file}${mappingNote} in ${result.seconds.toFixed(2)} s\n` +
				`  inserted ${result.inserted}, updated ${result.updated}, unchanged ${result.unchanged}, rejected ${result.rejected}` +
				(result.duplicates ? ` (${result.duplicates} repeated rows counted once)` : '') +
				`\n  personal data masked: ${result.masked}` +
				(result.rejected
					? `\n  rejected rows and reasons: the ingest page, or /api/ingest/runs/${result.run_id}/rejected.csv`
					: '')
		);
		for (const note of result.notes) console.log(`  note: ${describeNote(note, 'en')}`);
		for (const row of await rejectedRows(store, result.run_id, 5)) {
			console.log(
				`  line ${row.line}: ${row.reasons.map((r) => describeReason(r, 'en')).join('; ')}`
			);
		}
		if (result.rejected > 5) console.log(`  … and ${result.rejected - 5} more`);
	} catch (error) {
		if (error instanceof IngestFileError) throw new Error(error.message, { cause: error });
		throw error;
	} finally {
		store.close();
	}
});
