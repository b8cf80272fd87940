// What the ingest page's parts show: the mapping step as the page's action returns it, and the
// helpers every part shares (the messages, the reader's preferences, numbers in the chosen digits).
import type { IngestKind } from '$lib/domain/ingest-columns';
import type { IngestMessages } from '$lib/i18n/ingest-messages';
import type { Preferences } from '$lib/i18n/preferences';
import type { FileInspection } from '$lib/server/ingest/inspect';

/**
 * The mapping step: the saved upload, the file's headers, the suggested mapping and a preview. The
 * ingest page's actions return it as it is typed here (the one type for the server and the page).
 */
export interface MappingView extends Pick<
	FileInspection,
	'format' | 'headers' | 'preview' | 'rows' | 'encoding'
> {
	token: string;
	fileName: string;
	kind: IngestKind;
	sheet: string | null;
	mapping: { columns: Record<string, string>; ignore: string[] };
	savedName: string | null;
	columns: string[];
	required: string[];
}

/** The page's words and number format, handed to each part. */
export interface IngestText {
	t: IngestMessages;
	prefs: Preferences;
	num: (n: number | null | undefined) => string;
}
