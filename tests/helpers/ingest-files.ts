// Fixture files and throw-away files for the ingest-*.test.ts files.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/ingest');
export const fixture = (name: string) => path.join(fixtures, name);

/** A file of the given name and text in a new temporary folder. */
export function tempFile(name: string, text: string): string {
	const file = path.join(tempDir(), name);
	writeFileSync(file, text);
	return file;
}
