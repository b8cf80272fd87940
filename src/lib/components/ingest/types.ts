// What the ingest page's parts show: the mapping step as the page's action returns it, and the
// helpers every part shares (the messages, the reader's preferences, numbers in the chosen digits).
import type { IngestMessages } from '$lib/i18n/ingest-messages';
import type { Preferences } from '$lib/i18n/preferences';

/** The mapping step: the saved upload, the file's headers, the suggested mapping and a preview. */
export interface MappingView {
	token: string;
	fileName: string;
	kind: 'interactions' | 'responses';
	sheet: string | null;
	headers: string[];
	mapping: { columns: Record<string, string>; ignore: string[] };
	savedName: string | null;
	preview: { line: number; values: (string | null)[] }[];
	rows: number | null;
	encoding: string | null;
	columns: string[];
	required: string[];
}

/** The page's words and number format, handed to each part. */
export interface IngestText {
	t: IngestMessages;
	prefs: Preferences;
	num: (n: number | null | undefined) => string;
}
