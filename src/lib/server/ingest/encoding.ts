// Files in another encoding than UTF-8 (UTF-16 with or without a byte-order mark, Windows-1256 as
// Excel saves a "CSV" on an Arabic Windows) are converted to UTF-8 before DuckDB reads them, which
// reads UTF-8 only ("CSV Error on Line: 1", headers such as "i d , c h a n…"). The conversion
// streams: chunks are decoded and written as they are read, so a large file is never held whole.
import { open, mkdtemp, rm } from 'node:fs/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { detectEncoding, type TextEncoding } from '../../domain/text-encoding';

/** How much of the file the encoding is judged from. */
const sampleBytes = 1 << 20;

export interface Utf8Source {
	/** The file to read: the file itself, or its UTF-8 copy. */
	path: string;
	/** The encoding converted from; null when the file was UTF-8 already. */
	converted: TextEncoding | null;
	/** Removes the copy (nothing when there is none). */
	cleanup: () => Promise<void>;
}

async function sampleOf(filePath: string): Promise<Uint8Array> {
	const handle = await open(filePath, 'r');
	try {
		const buffer = Buffer.alloc(sampleBytes);
		const { bytesRead } = await handle.read(buffer, 0, sampleBytes, 0);
		return buffer.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

/** The file as UTF-8: itself when it is, else a converted copy in a temporary folder. */
export async function utf8Source(filePath: string): Promise<Utf8Source> {
	const { encoding } = detectEncoding(await sampleOf(filePath));
	if (encoding === 'utf-8') {
		return { path: filePath, converted: null, cleanup: () => Promise.resolve() };
	}
	const dir = await mkdtemp(path.join(tmpdir(), 'tahseen-utf8-'));
	const target = path.join(dir, path.basename(filePath));
	const cleanup = () => rm(dir, { recursive: true, force: true });
	try {
		// the byte-order mark is dropped (TextDecoder's default); DuckDB reads plain UTF-8
		const decoder = new TextDecoder(encoding);
		await pipeline(
			createReadStream(filePath, { highWaterMark: 1 << 20 }),
			async function* (chunks: AsyncIterable<Buffer>) {
				for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
				yield decoder.decode();
			},
			createWriteStream(target)
		);
	} catch (error) {
		await cleanup();
		throw error;
	}
	return { path: target, converted: encoding, cleanup };
}
