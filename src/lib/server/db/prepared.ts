// Statements kept prepared on a connection (RunOptions.reuse in session.ts): parsed, bound and
// planned once per connection, then only bound and run.
import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';

/** Statements kept prepared on a connection, by text; `busy` while one runs. */
const preparedOf = new WeakMap<
	DuckDBConnection,
	Map<string, { statement: DuckDBPreparedStatement; busy: boolean }>
>();
/** At most this many statements are kept prepared on one connection (others run once). */
const MAX_PREPARED = 32;

/**
 * Runs `work` with the statement `text` prepared on `connection`, kept for the next call;
 * a statement under way (two calls at once) is not shared: the second gets one of its own.
 */
export async function withPrepared<T>(
	connection: DuckDBConnection,
	text: string,
	work: (statement: DuckDBPreparedStatement) => Promise<T>
): Promise<T> {
	let cache = preparedOf.get(connection);
	if (!cache) preparedOf.set(connection, (cache = new Map()));
	const once = async (statement: DuckDBPreparedStatement) => {
		try {
			return await work(statement);
		} finally {
			statement.destroySync();
		}
	};
	let entry = cache.get(text);
	if (entry?.busy) return once(await connection.prepare(text));
	if (!entry) {
		const statement = await connection.prepare(text);
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
