// File-level ingest problems: the whole file is refused and nothing changes.

export type IngestErrorCode =
	| 'no_such_file'
	| 'unsupported_format'
	| 'empty_file'
	| 'unreadable_file'
	| 'nested_too_deep'
	| 'missing_columns'
	| 'unknown_headers'
	| 'unknown_mapping'
	| 'mapping_kind'
	| 'no_sheet'
	| 'no_organisation';

/** A problem with the file as a whole; `message` is one English line, `detail` names what is wrong. */
export class IngestFileError extends Error {
	constructor(
		readonly code: IngestErrorCode,
		message: string,
		readonly detail: string[] = []
	) {
		super(message);
		this.name = 'IngestFileError';
	}
}
