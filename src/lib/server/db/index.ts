// The one owner of DuckDB: opens the embedded store, hands out connections, binds parameters.
// Nothing outside this folder imports @duckdb/node-api (an eslint rule keeps it so).
//   errors.ts    what a DuckDB error means: the file locked elsewhere, a disk failure
//   binding.ts   values bound to placeholders, rows read back as plain values
//   prepared.ts  statements kept prepared on a connection
//   session.ts   queries on one connection (or one transaction)
//   store.ts     the database file, its connection pool, transactions, recovery
export type { Row, SqlParams, SqlValue } from './binding';
export { DatabaseInUseError, StorageError, storageProblemOf } from './errors';
export { Session, type RunOptions } from './session';
export { Store } from './store';
