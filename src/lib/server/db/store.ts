// The store: the embedded DuckDB database file, a pool of connections to it, transactions, and
// recovery after DuckDB stopped the database on a disk failure (the file is opened again).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../sql';
import type { Row, SqlParams } from './binding';
import { asLockError, isFatal, StorageError, storageProblemOf } from './errors';
import { Session } from './session';

/**
 * A folder as an SQL string literal, for the two statements that cannot bind it: DuckDB's parser
 * takes no parameter in EXPORT DATABASE or IMPORT DATABASE ("syntax error at or near $"), so these
 * two are written here rather than in sql/ with a `$dir`. The folder is made absolute, its quotes
 * doubled, and a name with a NUL or line break refused.
 */
function pathLiteral(dir: string): string {
	if (/[\0\r\n]/.test(dir)) throw new Error(`Unusable folder name: ${JSON.stringify(dir)}`);
	return `'${path.resolve(dir).replace(/'/g, "''")}'`;
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
		if (storage && isFatal(error)) {
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
		// EXPORT and IMPORT DATABASE take no bound parameters (DuckDB's parser refuses one there), so
		// they are not in sql/: the folder is written as a checked, quoted literal (pathLiteral)
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
