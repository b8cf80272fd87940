// Which encoding a text file (CSV, JSON Lines) is in, from its first bytes, so ingest can convert it
// to UTF-8 before DuckDB reads it: a byte-order mark; UTF-16 without one by its zero bytes (ASCII
// letters, digits, commas and line ends in UTF-16 have a zero byte beside them, all on one side);
// otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1256 (the "CSV" Excel saves on an
// Arabic Windows).

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface DetectedEncoding {
	encoding: TextEncoding;
	/** Whether the file starts with a byte-order mark. */
	bom: boolean;
}

/** Whether `bytes` are valid UTF-8, allowing a character cut off at the end of the sample. */
export function isUtf8Prefix(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
		return true;
	} catch {
		return false;
	}
}

/** The encoding of a file whose first bytes are `sample` (a few kilobytes or more). */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
	if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
		return { encoding: 'utf-8', bom: true };
	}
	if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
	if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: true };
	const pairs = Math.floor(Math.min(sample.length, 1 << 16) / 2);
	let even = 0;
	let odd = 0;
	for (let i = 0; i < pairs * 2; i += 2) {
		if (sample[i] === 0) even++;
		if (sample[i + 1] === 0) odd++;
	}
	const zeros = even + odd;
	if (pairs > 0 && zeros >= Math.max(1, pairs / 100)) {
		if (odd >= zeros * 0.9) return { encoding: 'utf-16le', bom: false };
		if (even >= zeros * 0.9) return { encoding: 'utf-16be', bom: false };
	}
	return { encoding: isUtf8Prefix(sample) ? 'utf-8' : 'windows-1256', bom: false };
}
