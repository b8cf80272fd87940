// Queries on one DuckDB connection: statements run with bound parameters, rows read as plain
// objects, bulk appends, progress. A Store hands sessions out (store.ts).
import type { DuckDBConnection } from '@duckdb/node-api';
import {
	bindable,
	plainRows,
	toDuckValue,
	withTypesIfNeeded,
	type Row,
	type SqlParams,
	type SqlValue
} from './binding';
import { withPrepared } from './prepared';

/** How a statement is run: `reuse` keeps it prepared on its connection for the next run. */
export interface RunOptions {
	/**
	 * For a single statement run many times a second (the public survey's group commit): parsed,
	 * bound and planned once per connection, then only bound and run, which saves a few ms of CPU
	 * each time. DuckDB plans it again by itself when the schema changes.
	 */
	reuse?: boolean;
}

/** The set-up texts runOnce ran, per connection (a closed connection drops out by itself). */
const setUp = new WeakMap<DuckDBConnection, Set<string>>();

/** Queries on one connection; inside `Store.transaction` it is the transaction. */
export class Session {
	constructor(
		protected readonly connection: DuckDBConnection,
		/** Turns a DuckDB error into the error to throw (a StorageError for disk failures). */
		private readonly failure: (error: unknown) => unknown = (error) => error
	) {}

	/** Runs a statement kept prepared (RunOptions.reuse) with `params`. */
	private runPrepared(text: string, params: SqlParams | undefined, read: false): Promise<void>;
	private runPrepared(text: string, params: SqlParams | undefined, read: true): Promise<Row[]>;
	private runPrepared(
		text: string,
		params: SqlParams | undefined,
		read: boolean
	): Promise<void | Row[]> {
		return withTypesIfNeeded(params, (types) =>
			withPrepared(this.connection, text, async (statement) => {
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
				await withTypesIfNeeded(params, (types) =>
					this.connection.run(text, bindable(params), types)
				);
		} catch (error) {
			throw this.failure(error);
		}
	}

	/**
	 * Runs `text` (statements without parameters, such as `create temp macro`) on this connection
	 * unless it already ran there: for set-up a connection needs only once, and only when used.
	 */
	async runOnce(text: string): Promise<void> {
		const done = setUp.get(this.connection) ?? new Set<string>();
		if (done.has(text)) return;
		await this.run(text);
		done.add(text);
		setUp.set(this.connection, done);
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
						await withTypesIfNeeded(params, (types) =>
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
