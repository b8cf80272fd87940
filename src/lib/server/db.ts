// The one owner of DuckDB: opens the embedded store, hands out connections, binds parameters.
// Nothing else in the app imports @duckdb/node-api.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
	DuckDBConnection,
	DuckDBInstance,
	listValue,
	timestampTZValue,
	type DuckDBValue
} from '@duckdb/node-api';
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

/** Queries on one connection; inside `Store.transaction` it is the transaction. */
export class Session {
	constructor(protected readonly connection: DuckDBConnection) {}

	/** Runs statements and discards their results. Parameters bind only to a single statement. */
	async run(text: string, params?: SqlParams): Promise<void> {
		await this.connection.run(text, bindable(params));
	}

	/** Runs a query and returns its rows as plain objects (BIGINT as number, TIMESTAMPTZ as Date). */
	async all<T extends Row = Row>(text: string, params?: SqlParams): Promise<T[]> {
		const reader = await this.connection.runAndReadAll(text, bindable(params));
		return plainRows(reader.getRowObjectsJS() as Record<string, unknown>[]) as T[];
	}

	/** The first row, or undefined. */
	async one<T extends Row = Row>(text: string, params?: SqlParams): Promise<T | undefined> {
		return (await this.all<T>(text, params))[0];
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
	private closed = false;
	private changes = 0;

	private constructor(
		private readonly instance: DuckDBInstance,
		readonly path: string
	) {}

	/** Opens (creating if needed) the store at `databasePath`, or an in-memory one for ':memory:'. */
	static async open(databasePath: string): Promise<Store> {
		if (databasePath !== ':memory:') {
			const dir = path.dirname(databasePath);
			if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
		}
		try {
			const instance = await DuckDBInstance.create(databasePath);
			return new Store(instance, databasePath);
		} catch (error) {
			throw asLockError(error, databasePath) ?? error;
		}
	}

	private async acquire(): Promise<DuckDBConnection> {
		if (this.closed) throw new Error('The store is closed.');
		const idle = this.idle.pop();
		if (idle) return idle;
		const connection = await this.instance.connect();
		await connection.run(sql('store/connection_setup'));
		return connection;
	}

	private release(connection: DuckDBConnection): void {
		if (this.closed || this.idle.length >= 8) connection.closeSync();
		else this.idle.push(connection);
	}

	/** Runs `work` on a connection of its own (no transaction). */
	async use<T>(work: (session: Session) => Promise<T>): Promise<T> {
		const connection = await this.acquire();
		try {
			return await work(new Session(connection));
		} finally {
			this.release(connection);
		}
	}

	/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
	async transaction<T>(work: (tx: Session) => Promise<T>): Promise<T> {
		const connection = await this.acquire();
		try {
			await connection.run('begin transaction');
			try {
				const result = await work(new Session(connection));
				await connection.run('commit');
				this.changes++;
				return result;
			} catch (error) {
				await connection.run('rollback').catch(() => undefined);
				throw error;
			}
		} finally {
			this.release(connection);
		}
	}

	run(text: string, params?: SqlParams): Promise<void> {
		return this.use((s) => s.run(text, params));
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
