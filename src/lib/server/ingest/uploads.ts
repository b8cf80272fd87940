// Uploaded files waiting to be ingested: written to a private temporary folder under a random token,
// so the mapping step can refer to them without sending the file twice.
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { formatOf } from './file-shape';

const folder = path.join(tmpdir(), 'tahseen-uploads');
const maxAgeMs = 24 * 60 * 60 * 1000;

export const uploadTokenPattern = /^[0-9a-f]{32}$/;

export interface SavedUpload {
	token: string;
	path: string;
	fileName: string;
}

function removeStale(): void {
	if (!existsSync(folder)) return;
	const now = Date.now();
	for (const name of readdirSync(folder)) {
		const file = path.join(folder, name);
		try {
			if (now - statSync(file).mtimeMs > maxAgeMs) rmSync(file, { force: true });
		} catch {
			// removed meanwhile
		}
	}
}

/** Writes an uploaded file (streamed) to the uploads folder; the format is checked by its name first. */
export async function saveUpload(file: File): Promise<SavedUpload> {
	const fileName = path.basename(file.name || 'upload');
	formatOf(fileName);
	removeStale();
	mkdirSync(folder, { recursive: true, mode: 0o700 });
	const token = randomBytes(16).toString('hex');
	const target = path.join(folder, token + path.extname(fileName).toLowerCase());
	await pipeline(
		Readable.fromWeb(file.stream() as unknown as WebReadableStream<Uint8Array>),
		createWriteStream(target, { mode: 0o600 })
	);
	return { token, path: target, fileName };
}

/** The saved upload for a token and original file name, or undefined when it is gone. */
export function findUpload(token: string, fileName: string): SavedUpload | undefined {
	if (!uploadTokenPattern.test(token)) return undefined;
	const target = path.join(folder, token + path.extname(path.basename(fileName)).toLowerCase());
	return existsSync(target)
		? { token, path: target, fileName: path.basename(fileName) }
		: undefined;
}

export function removeUpload(upload: SavedUpload): void {
	rmSync(upload.path, { force: true });
}
