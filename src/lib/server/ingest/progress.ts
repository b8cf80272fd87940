// Progress of running web ingests, by a token the page chose, for the page to poll while it waits.
import type { IngestProgress } from './ingest';

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
