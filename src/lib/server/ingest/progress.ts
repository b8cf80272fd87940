// Progress of an ingest: its stages, DuckDB's progress on the statement running in each, and the
// progress of running web ingests, by a token the page chose, for the page to poll while it waits.
import type { Session } from '../db';

export type IngestStage = 'reading' | 'checking' | 'merging' | 'recording';
export const ingestStages: readonly IngestStage[] = ['reading', 'checking', 'merging', 'recording'];

export interface IngestProgress {
	stage: IngestStage;
	/** 0–1 within the whole ingest */
	fraction: number;
}

/** Runs `work` while reporting DuckDB's progress on the running statement between `from` and `to`. */
export async function tracked<T>(
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

const running = new Map<string, IngestProgress & { at: number }>();

export const progressTokenPattern = /^[0-9a-f]{32}$/;

export function reportProgress(token: string, progress: IngestProgress): void {
	running.set(token, { ...progress, at: Date.now() });
	// forget finished or abandoned runs after a minute
	for (const [key, value] of running) if (Date.now() - value.at > 60_000) running.delete(key);
}

export function readProgress(token: string): IngestProgress | null {
	const value = running.get(token);
	return value ? { stage: value.stage, fraction: value.fraction } : null;
}
