// Values in and out of DuckDB: app values bound to `$name` or `?` placeholders, and result values
// made plain (BIGINT as number where it fits).
import {
	LIST,
	listValue,
	timestampTZValue,
	VARCHAR,
	type DuckDBType,
	type DuckDBValue
} from '@duckdb/node-api';

/** A value that can be bound to a `$name` or `?` placeholder. */
export type SqlValue =
	string | number | boolean | bigint | null | Date | readonly string[] | readonly number[];
export type SqlParams = Record<string, SqlValue> | readonly SqlValue[];
export type Row = Record<string, unknown>;

export function toDuckValue(value: SqlValue): DuckDBValue {
	if (value instanceof Date) return timestampTZValue(BigInt(value.getTime()) * 1000n);
	if (Array.isArray(value)) return listValue(value as DuckDBValue[]);
	return value as DuckDBValue;
}

export function bindable(params: SqlParams | undefined) {
	if (params === undefined) return undefined;
	if (Array.isArray(params)) return (params as SqlValue[]).map(toDuckValue);
	return Object.fromEntries(
		Object.entries(params as Record<string, SqlValue>).map(([k, v]) => [k, toDuckValue(v)])
	);
}

export type BindTypes = DuckDBType[] | Record<string, DuckDBType | undefined> | undefined;

/**
 * Types for the parameters DuckDB cannot type by itself: an empty list (no item to tell its type)
 * binds as an empty VARCHAR[], which casts to any list type (`$days::integer[]`). Used only when a
 * statement failed without them, since a list given a type no longer takes the type its function
 * expects (`list_select(vals, $positions)`).
 */
function bindTypes(params: SqlParams | undefined): BindTypes {
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

/** Runs `run` without parameter types, and again with bindTypes when DuckDB could not type one. */
export async function withTypesIfNeeded<T>(
	params: SqlParams | undefined,
	run: (types: BindTypes) => Promise<T>
): Promise<T> {
	try {
		return await run(undefined);
	} catch (error) {
		const types = bindTypes(params);
		if (!types || !/item type of ANY/.test(String(error))) throw error;
		return run(types);
	}
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

export function plainRows(rows: Record<string, unknown>[]): Row[] {
	for (const row of rows) for (const key in row) row[key] = plain(row[key]);
	return rows;
}
