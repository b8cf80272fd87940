// A guard before DuckDB reads an uploaded JSON Lines file: DuckDB's JSON reader recurses once per
// level of nesting, and a line nested some 20,000 levels deep (120 KB) overflows the process's
// stack (SIGSEGV: the server dies, not just the import). The file is scanned as a stream first,
// counting brackets outside strings line by line, and refused when any value nests deeper than
// MAX_JSON_DEPTH; nothing is stored. Ingest data are flat rows, so a real file is far below it.
import { createReadStream } from 'node:fs';
import { IngestFileError } from './errors';

/** The deepest nesting read (a row object holding a list holding objects is 3 levels). */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/** The first line (1-based) whose values nest deeper than `limit`, or null; streams the file. */
export async function deepJsonLine(
	filePath: string,
	limit = MAX_JSON_DEPTH
): Promise<number | null> {
	let depth = 0;
	let inString = false;
	let escaped = false;
	let line = 1;
	for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 })) {
		const bytes = chunk as Buffer;
		for (let i = 0; i < bytes.length; i++) {
			const b = bytes[i]!;
			if (b === NEWLINE) {
				// JSON Lines: a value ends with its line (a raw line break cannot be inside a string)
				line++;
				depth = 0;
				inString = false;
				escaped = false;
			} else if (inString) {
				if (escaped) escaped = false;
				else if (b === BACKSLASH) escaped = true;
				else if (b === QUOTE) inString = false;
			} else if (b === QUOTE) {
				inString = true;
			} else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
				if (++depth > limit) return line;
			} else if ((b === CLOSE_BRACE || b === CLOSE_BRACKET) && depth > 0) {
				depth--;
			}
		}
	}
	return null;
}

/** Throws IngestFileError('nested_too_deep') when a line of the file nests deeper than allowed. */
export async function refuseDeepJson(filePath: string, fileName: string): Promise<void> {
	const line = await deepJsonLine(filePath);
	if (line === null) return;
	throw new IngestFileError(
		'nested_too_deep',
		`${fileName} line ${line} holds values nested more than ${MAX_JSON_DEPTH} levels deep; such a file is not read.`,
		[fileName, String(line)]
	);
}
