// Generated interaction logs for tests (the crash test's large file).
import { createWriteStream } from 'node:fs';

/** A CSV interaction log with canonical headers and `rows` rows with ids `${prefix}-0000001` …. */
export async function writeInteractionLog(file: string, rows: number, prefix = 'G'): Promise<void> {
	const out = createWriteStream(file);
	const write = (text: string) =>
		out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
	await write('id,channel,type,received_at,decided_at,decision,service,branch,team\n');
	const base = Date.UTC(2025, 0, 1);
	let chunk = '';
	for (let i = 0; i < rows; i++) {
		const received = new Date(base + (i % 500_000) * 60_000).toISOString().slice(0, 19);
		chunk += `${prefix}-${String(i).padStart(7, '0')},phone,inquiry,${received},,,svc-${i % 9},branch-${i % 4},team-${i % 5}\n`;
		if (chunk.length > 1 << 20) {
			await write(chunk);
			chunk = '';
		}
	}
	await write(chunk);
	await new Promise<void>((resolve, reject) =>
		out.end((error?: Error | null) => (error ? reject(error) : resolve()))
	);
}
