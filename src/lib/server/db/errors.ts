// What a DuckDB error means for the app: the store file locked by another process
// (DatabaseInUseError), or a disk failure behind a write (StorageError). Any other error is left
// as it is.
import { readFileSync } from 'node:fs';
import type { StorageProblem } from '../../storage-problem';

/** The store file is open for writing in another process (DuckDB allows only one). */
export class DatabaseInUseError extends Error {
	constructor(
		readonly databasePath: string,
		readonly pid: number | undefined,
		readonly program: string | undefined
	) {
		const holder = pid ? `process ${pid}${program ? ` (${program})` : ''}` : 'another process';
		super(
			`The database ${databasePath} is in use by ${holder}, probably the running Tahseen server. ` +
				`Stop that process (Ctrl+C in its terminal${pid ? `, or kill ${pid}` : ''}) and run this command again, ` +
				`or set DATABASE_PATH to another file.`
		);
		this.name = 'DatabaseInUseError';
	}
}

function describeProcess(pid: number): string | undefined {
	try {
		const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
		return cmdline.length ? cmdline.join(' ').slice(0, 120) : undefined;
	} catch {
		return undefined;
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** The DatabaseInUseError behind an error opening the store, or undefined. */
export function asLockError(error: unknown, databasePath: string): DatabaseInUseError | undefined {
	const message = messageOf(error);
	if (!/Could not set lock on file/i.test(message)) return undefined;
	const match = /Conflicting lock is held in (.+?) \(PID (\d+)\)/.exec(message);
	const pid = match?.[2] ? Number(match[2]) : undefined;
	const program = pid ? (describeProcess(pid) ?? match?.[1]) : undefined;
	return new DatabaseInUseError(databasePath, pid, program);
}

/**
 * The store could not write (disk full, read-only file or file system) or was stopped by DuckDB
 * after such a failure. Nothing half-written is kept: the transaction was rolled back, and the
 * store reopens from its file (replaying its write-ahead log) once the disk is usable again.
 */
export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		readonly databasePath: string,
		readonly detail: string
	) {
		const what = {
			no_space: 'there is no space left on its disk',
			read_only: 'its file or folder is read-only',
			unavailable: 'it stopped after a disk error'
		}[problem];
		super(`The database ${databasePath} cannot be written: ${what}. (${detail})`);
		this.name = 'StorageError';
	}
}

const noSpace = /No space left on device|Disk quota exceeded|File too large|ENOSPC|EDQUOT|EFBIG/i;
const readOnly =
	/Read-only file system|Operation not permitted|Permission denied|EROFS|EACCES|EPERM/i;
/** DuckDB stops a database after a failed checkpoint or WAL write until it is opened again. */
const fatal = /database has been invalidated|FATAL Error/i;

/** Whether DuckDB stopped the database with this error (it must be opened again). */
export function isFatal(error: unknown): boolean {
	return fatal.test(messageOf(error));
}

/**
 * The disk failure behind a DuckDB error, or undefined for any other error. An error about some
 * other file (an ingest reading a missing upload) is not the store's: only messages naming the
 * database file, its WAL or its spill folder, or a fatal stop, count.
 */
export function storageProblemOf(error: unknown, databasePath: string): StorageError | undefined {
	const message = messageOf(error);
	const stopped = fatal.test(message);
	const ours =
		stopped ||
		(databasePath !== ':memory:' && message.includes(databasePath)) ||
		/Failed to commit|checkpoint/i.test(message);
	if (!ours) return undefined;
	const detail = message.split('\n').find((l) => noSpace.test(l) || readOnly.test(l)) ?? message;
	const line = detail.replace(/^Original error: /, '').slice(0, 300);
	if (noSpace.test(message)) return new StorageError('no_space', databasePath, line);
	if (readOnly.test(message)) return new StorageError('read_only', databasePath, line);
	if (stopped) return new StorageError('unavailable', databasePath, line);
	return undefined;
}
