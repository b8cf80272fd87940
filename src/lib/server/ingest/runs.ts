// Reading past ingest runs and their rejected rows (the page, the CSV download).
import { describeReason } from '../../i18n/ingest-messages';
import type { Session, Store } from '../db';
import { sql } from '../sql';

export interface IngestRun {
	id: number;
	kind: 'interactions' | 'responses';
	file_name: string;
	file_size: number | null;
	file_sha256: string | null;
	mapping_name: string | null;
	status: 'running' | 'done' | 'failed';
	inserted: number;
	updated: number;
	unchanged: number;
	rejected: number;
	masked: number;
	duplicates: number | null;
	user_id: number | null;
	actor: string | null;
	format: string | null;
	started_at: Date;
	finished_at: Date | null;
	duration_ms: number | null;
}

export interface RejectedRow {
	line: number;
	raw: Record<string, string | null>;
	reasons: string[];
}

export async function listRuns(db: Store | Session, limit = 50): Promise<IngestRun[]> {
	return db.all<IngestRun & Record<string, unknown>>(sql('ingest/runs_list'), { limit });
}

export async function getRun(db: Store | Session, id: number): Promise<IngestRun | undefined> {
	return db.one<IngestRun & Record<string, unknown>>(sql('ingest/run_get'), { id });
}

export async function rejectedRows(
	db: Store | Session,
	runId: number,
	limit = 1_000_000
): Promise<RejectedRow[]> {
	const rows = await db.all<{ line_number: number; raw: string; reasons: string[] }>(
		sql('ingest/rejected_rows'),
		{ run_id: runId, limit }
	);
	return rows.map((r) => ({
		line: r.line_number,
		raw: JSON.parse(r.raw) as Record<string, string | null>,
		reasons: r.reasons
	}));
}

function csvField(value: string | number | null | undefined): string {
	const text = value === null || value === undefined ? '' : String(value);
	// a leading = + - @ would run as a formula in a spreadsheet
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A run's rejected rows as CSV (UTF-8 with BOM, for Excel): line, the reason codes, the reasons in
 * English and Arabic, then the row's values under the file's headers.
 */
export async function rejectedRowsCsv(db: Store | Session, runId: number): Promise<string> {
	const rows = await rejectedRows(db, runId);
	const headers: string[] = [];
	const seen = new Set<string>();
	for (const row of rows) {
		for (const key of Object.keys(row.raw)) {
			if (!seen.has(key)) {
				seen.add(key);
				headers.push(key);
			}
		}
	}
	const lines = [
		['line', 'reason_codes', 'reasons', 'الأسباب', ...headers].map(csvField).join(',')
	];
	for (const row of rows) {
		lines.push(
			[
				row.line,
				row.reasons.join(' | '),
				row.reasons.map((r) => describeReason(r, 'en')).join(' | '),
				row.reasons.map((r) => describeReason(r, 'ar')).join(' | '),
				...headers.map((h) => row.raw[h] ?? null)
			]
				.map(csvField)
				.join(',')
		);
	}
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
