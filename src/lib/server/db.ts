// The one owner of DuckDB: opens the embedded store, hands out connections, binds parameters.
// Nothing else in the app imports @duckdb/node-api.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
	DuckDBConnection,
	DuckDBInstance,
	DuckDBPreparedStatement,
	LIST,
	listValue,
	timestampTZValue,
	VARCHAR,
	type DuckDBType,
	type DuckDBValue
} from '@duckdb/node-api';
import type { StorageProblem } from '../storage-problem';
import { sql } from './sql';

/** A value that can be bound to a `$name` or `?` placeholder. */
export type SqlValue =
	string | number | boolean | bigint | null | Date | readonly string[] | readonly number[];
export type SqlParams = Record<string, SqlValue> | readonly SqlValue[];
export type Row = Record<string, unknown>;

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

function asLockError(error: unknown, databasePath: string): DatabaseInUseError | undefined {
	const message = error instanceof Error ? error.message : String(error);
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

/**
 * The disk failure behind a DuckDB error, or undefined for any other error. An error about some
 * other file (an ingest reading a missing upload) is not the store's: only messages naming the
 * database file, its WAL or its spill folder, or a fatal stop, count.
 */
export function storageProblemOf(error: unknown, databasePath: string): StorageError | undefined {
	const message = error instanceof Error ? error.message : String(error);
	const isFatal = fatal.test(message);
	const ours =
		isFatal ||
		(databasePath !== ':memory:' && message.includes(databasePath)) ||
		/Failed to commit|checkpoint/i.test(message);
	if (!ours) return undefined;
	const detail = message.split('\n').find((l) => noSpace.test(l) || readOnly.test(l)) ?? message;
	const line = detail.replace(/^Original error: /, '').slice(0, 300);
	if (noSpace.test(message)) return new StorageError('no_space', databasePath, line);
	if (readOnly.test(message)) return new StorageError('read_only', databasePath, line);
	if (isFatal) return new StorageError('unavailable', databasePath, line);
	return undefined;
}

/** A folder as an SQL string literal, for the two statements that cannot bind it. */
function pathLiteral(dir: string): string {
	if (/[\0\r\n]/.test(dir)) throw new Error(`Unusable folder name: ${JSON.stringify(dir)}`);
	return `'${path.resolve(dir).replace(/'/g, "''")}'`;
}

function toDuckValue(value: SqlValue): DuckDBValue {
	if (value instanceof Date) return timestampTZValue(BigInt(value.getTime()) * 1000n);
	if (Array.isArray(value)) return listValue(value as DuckDBValue[]);
	return value as DuckDBValue;
}

function bindable(params: SqlParams | undefined) {
	if (params === undefined) return undefined;
	if (Array.isArray(params)) return (params as SqlValue[]).map(toDuckValue);
	return Object.fromEntries(
		Object.entries(params as Record<string, SqlValue>).map(([k, v]) => [k, toDuckValue(v)])
	);
}

/**
 * Types for the parameters DuckDB cannot type by itself: an empty list (no item to tell its type)
 * binds as an empty VARCHAR[], which casts to any list type (`$days::integer[]`). Used only when a
 * statement failed without them, since a list given a type no longer takes the type its function
 * expects (`list_select(vals, $positions)`).
 */
function bindTypes(
	params: SqlParams | undefined
): DuckDBType[] | Record<string, DuckDBType | undefined> | undefined {
	if (params === undefined) return undefined;
	const empty = (v: SqlValue) => Array.isArray(v) && v.length === 0;
	if (Array.isArray(params)) {
		const list = params as SqlValue[];
		return list.some(empty)
			? (list.map((v) => (empty(v) ? LIST(VARCHAR) : undefined)) as DuckDBType[])
			: undefined;
	}
	const entries = Object.entries(params as Record<string, SqlValue>).filter(([, v]) => empty(v));
	return entries.length ? Object.fromEntries(entries.map(([k]) => [k, LIST(VARCHAR)])) : undefined;
}

function plain(value: unknown): unknown {
	if (typeof value === 'bigint') {
		return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
			? Number(value)
			: value.toString();
	}
	if (Array.isArray(value)) return value.map(plain);
	return value;
}

function plainRows(rows: Record<string, unknown>[]): Row[] {
	for (const row of rows) for (const key in row) row[key] = plain(row[key]);
	return rows;
}

/** How a statement is run: `reuse` keeps it prepared on its connection for the next run. */
export interface RunOptions {
	/**
	 * For a single statement run many times a second (the public survey's group commit): parsed,
	 * bound and planned once per connection, then only bound and run, which saves a few ms of CPU
	 * each time. DuckDB plans it again by itself when the schema changes.
	 */
	reuse?: boolean;
}

/** Statements kept prepared on a connection (RunOptions.reuse), by text; `busy` while one runs. */
const preparedOf = new WeakMap<
	DuckDBConnection,
	Map<string, { statement: DuckDBPreparedStatement; busy: boolean }>
>();
/** At most this many statements are kept prepared on one connection (others run once). */
const MAX_PREPARED = 32;

/** Queries on one connection; inside `Store.transaction` it is the transaction. */
export class Session {
	constructor(
		protected readonly connection: DuckDBConnection,
		/** Turns a DuckDB error into the error to throw (a StorageError for disk failures). */
		private readonly failure: (error: unknown) => unknown = (error) => error
	) {}

	private async withTypesIfNeeded<T>(
		params: SqlParams | undefined,
		run: (types: ReturnType<typeof bindTypes>) => Promise<T>
	): Promise<T> {
		try {
			return await run(undefined);
		} catch (error) {
			const types = bindTypes(params);
			if (!types || !/item type of ANY/.test(String(error))) throw error;
			return run(types);
		}
	}

	/**
	 * Runs `work` with the statement `text` prepared on this connection, kept for the next call;
	 * a statement under way (two calls at once) is not shared: the second gets one of its own.
	 */
	private async withPrepared<T>(
		text: string,
		work: (statement: DuckDBPreparedStatement) => Promise<T>
	): Promise<T> {
		let cache = preparedOf.get(this.connection);
		if (!cache) preparedOf.set(this.connection, (cache = new Map()));
		const once = async (statement: DuckDBPreparedStatement) => {
			try {
				return await work(statement);
			} finally {
				statement.destroySync();
			}
		};
		let entry = cache.get(text);
		if (entry?.busy) return once(await this.connection.prepare(text));
		if (!entry) {
			const statement = await this.connection.prepare(text);
			// prepared meanwhile by another call, or too many kept: this one is used once
			if (cache.has(text) || cache.size >= MAX_PREPARED) return once(statement);
			cache.set(text, (entry = { statement, busy: false }));
		}
		entry.busy = true;
		try {
			return await work(entry.statement);
		} finally {
			entry.busy = false;
		}
	}

	/** Runs a statement kept prepared (RunOptions.reuse) with `params`. */
	private runPrepared(text: string, params: SqlParams | undefined, read: false): Promise<void>;
	private runPrepared(text: string, params: SqlParams | undefined, read: true): Promise<Row[]>;
	private runPrepared(
		text: string,
		params: SqlParams | undefined,
		read: boolean
	): Promise<void | Row[]> {
		return this.withTypesIfNeeded(params, (types) =>
			this.withPrepared(text, async (statement) => {
				statement.clearBindings();
				const values = bindable(params);
				if (values) statement.bind(values, types);
				if (!read) {
					await statement.run();
					return;
				}
				const reader = await statement.runAndReadAll();
				return reader.getRowObjectsJS() as Row[];
			})
		);
	}

	/** Runs statements and discards their results. Parameters bind only to a single statement. */
	async run(text: string, params?: SqlParams, options: RunOptions = {}): Promise<void> {
		try {
			if (options.reuse) await this.runPrepared(text, params, false);
			else
				await this.withTypesIfNeeded(params, (types) =>
					this.connection.run(text, bindable(params), types)
				);
		} catch (error) {
			throw this.failure(error);
		}
	}

	/** Runs a query and returns its rows as plain objects (BIGINT as number, TIMESTAMPTZ as Date). */
	async all<T extends Row = Row>(
		text: string,
		params?: SqlParams,
		options: RunOptions = {}
	): Promise<T[]> {
		let rows: Record<string, unknown>[];
		try {
			rows = options.reuse
				? await this.runPrepared(text, params, true)
				: ((
						await this.withTypesIfNeeded(params, (types) =>
							this.connection.runAndReadAll(text, bindable(params), types)
						)
					).getRowObjectsJS() as Record<string, unknown>[]);
		} catch (error) {
			throw this.failure(error);
		}
		return plainRows(rows) as T[];
	}

	/** The first row, or undefined. */
	async one<T extends Row = Row>(
		text: string,
		params?: SqlParams,
		options: RunOptions = {}
	): Promise<T | undefined> {
		return (await this.all<T>(text, params, options))[0];
	}

	/**
	 * Appends rows (values in the table's column order) through DuckDB's appender, for bulk loads.
	 * `temp: true` appends to a temporary table of this connection.
	 */
	async appendRows(
		table: string,
		rows: Iterable<readonly SqlValue[]>,
		options: { temp?: boolean } = {}
	): Promise<number> {
		const appender = options.temp
			? await this.connection.createAppender(table, 'main', 'temp')
			: await this.connection.createAppender(table);
		let count = 0;
		try {
			for (const row of rows) {
				for (const value of row) {
					if (value === null) appender.appendNull();
					else appender.appendValue(toDuckValue(value));
				}
				appender.endRow();
				count++;
			}
			appender.flushSync();
		} catch (error) {
			throw this.failure(error);
		} finally {
			appender.closeSync();
		}
		return count;
	}

	/** How far the statement now running on this session is, 0–100 (-1 when DuckDB cannot tell). */
	progress(): number {
		return this.connection.progress.percentage;
	}
}

export class Store {
	private idle: DuckDBConnection[] = [];
	/** Connections of the current instance (those of an instance replaced after a failure close). */
	private live = new WeakSet<DuckDBConnection>();
	private closed = false;
	private changes = 0;
	/** Set when DuckDB stopped the instance after a disk failure: the next use reopens the file. */
	private broken: StorageError | undefined;
	private reopening: Promise<void> | undefined;
	private lastReopen = 0;

	private constructor(
		private instance: DuckDBInstance,
		readonly path: string
	) {}

	/** Opens (creating if needed) the store at `databasePath`, or an in-memory one for ':memory:'. */
	static async open(databasePath: string): Promise<Store> {
		if (databasePath !== ':memory:') {
			const dir = path.dirname(databasePath);
			if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
		}
		return new Store(await Store.create(databasePath), databasePath);
	}

	private static async create(databasePath: string): Promise<DuckDBInstance> {
		try {
			return await DuckDBInstance.create(databasePath);
		} catch (error) {
			throw asLockError(error, databasePath) ?? storageProblemOf(error, databasePath) ?? error;
		}
	}

	/** The error to throw for a DuckDB error; a fatal one marks the instance for reopening. */
	private failure = (error: unknown): unknown => {
		const storage = storageProblemOf(error, this.path);
		if (storage && fatal.test(error instanceof Error ? error.message : String(error))) {
			this.broken ??= storage;
		}
		return storage ?? error;
	};

	/**
	 * Replaces an instance DuckDB stopped (after a failed checkpoint on a full or read-only disk)
	 * by opening the file again, which replays its write-ahead log: committed work is kept. Tried
	 * at most once a second; until it succeeds every use fails with the StorageError.
	 */
	private async recover(): Promise<void> {
		if (!this.broken) return;
		if (this.reopening) return this.reopening;
		if (Date.now() - this.lastReopen < 1000) throw this.broken;
		this.lastReopen = Date.now();
		this.reopening = (async () => {
			for (const connection of this.idle) connection.closeSync();
			this.idle = [];
			this.live = new WeakSet();
			try {
				this.instance.closeSync();
			} catch {
				// the stopped instance may refuse to close cleanly; the new one replaces it anyway
			}
			try {
				this.instance = await Store.create(this.path);
			} catch (error) {
				if (error instanceof StorageError) this.broken = error;
				throw this.broken;
			}
			this.broken = undefined;
			this.changes++;
			console.error(`Tahseen: the database ${this.path} was reopened after a disk error.`);
		})().finally(() => (this.reopening = undefined));
		return this.reopening;
	}

	private async acquire(): Promise<DuckDBConnection> {
		if (this.closed) throw new Error('The store is closed.');
		if (this.broken) await this.recover();
		const idle = this.idle.pop();
		if (idle) return idle;
		const connection = await this.instance.connect();
		this.live.add(connection);
		try {
			await connection.run(sql('store/connection_setup'));
			await connection.run(sql('metrics/macros'));
		} catch (error) {
			throw this.failure(error);
		}
		return connection;
	}

	private release(connection: DuckDBConnection): void {
		if (this.closed || this.idle.length >= 8 || !this.live.has(connection)) connection.closeSync();
		else this.idle.push(connection);
	}

	/** Runs `work` on a connection of its own (no transaction). */
	async use<T>(work: (session: Session) => Promise<T>): Promise<T> {
		const connection = await this.acquire();
		try {
			return await work(new Session(connection, this.failure));
		} finally {
			this.release(connection);
		}
	}

	/**
	 * Runs `work` in one transaction: committed when it resolves, rolled back when it throws.
	 * `figures: false` for writes no cached figure depends on (the generation stays as it is).
	 */
	transaction<T>(
		work: (tx: Session) => Promise<T>,
		options: { figures?: boolean } = {}
	): Promise<T> {
		return this.transactionAfter(
			() => Promise.resolve(),
			(tx) => work(tx),
			options
		);
	}

	/**
	 * Runs `prepare` on a connection outside any transaction, then `work` in one transaction on the
	 * same connection (as transaction()), then `cleanup` there, whatever happened. For work that
	 * first fills temporary tables: DuckDB inserts into a stored table with all its threads only
	 * from data committed before the transaction began; from a temporary table filled inside it, it
	 * uses one thread.
	 */
	async transactionAfter<P, T>(
		prepare: (session: Session) => Promise<P>,
		work: (tx: Session, prepared: P) => Promise<T>,
		options: { figures?: boolean; cleanup?: (session: Session) => Promise<void> } = {}
	): Promise<T> {
		const connection = await this.acquire();
		const session = new Session(connection, this.failure);
		try {
			const prepared = await prepare(session);
			await connection.run('begin transaction').catch((error: unknown) => {
				throw this.failure(error);
			});
			try {
				const result = await work(session, prepared);
				await connection.run('commit').catch((error: unknown) => {
					throw this.failure(error);
				});
				if (options.figures !== false) this.changes++;
				return result;
			} catch (error) {
				await connection.run('rollback').catch(() => undefined);
				throw error;
			}
		} finally {
			await options.cleanup?.(session).catch(() => undefined);
			this.release(connection);
		}
	}

	run(text: string, params?: SqlParams): Promise<void> {
		return this.use((s) => s.run(text, params));
	}

	/**
	 * Writes the whole store to `dir` (which must not exist yet or be empty): every table as Parquet,
	 * schema.sql (tables, sequences at their current values) and load.sql — DuckDB's EXPORT DATABASE.
	 */
	exportDatabase(dir: string): Promise<void> {
		// EXPORT and IMPORT take no bound parameters: the folder is written as a quoted literal
		return this.run(`export database ${pathLiteral(dir)} (format parquet)`);
	}

	/** Loads a folder written by exportDatabase into this (empty) store: DuckDB's IMPORT DATABASE. */
	importDatabase(dir: string): Promise<void> {
		return this.run(`import database ${pathLiteral(dir)}`);
	}

	/**
	 * Counts committed changes: every transaction, and every write outside one that calls
	 * markChanged(). Caches of derived figures key on it (a read under way sees the old data).
	 */
	get generation(): number {
		return this.changes;
	}

	markChanged(): void {
		this.changes++;
	}

	all<T extends Row = Row>(text: string, params?: SqlParams): Promise<T[]> {
		return this.use((s) => s.all<T>(text, params));
	}

	one<T extends Row = Row>(text: string, params?: SqlParams): Promise<T | undefined> {
		return this.use((s) => s.one<T>(text, params));
	}

	/** Releases the file (DuckDB checkpoints the WAL into it on close); the store is unusable after. */
	close(): void {
		if (this.closed) return;
		this.closed = true;
		for (const connection of this.idle) connection.closeSync();
		this.idle = [];
		this.instance.closeSync();
	}
}
