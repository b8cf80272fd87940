// Encodes a dataset as Apache Arrow IPC (stream format) for the browser's charts.
import {
	Bool,
	Float64,
	Table as ArrowTable,
	Utf8,
	tableToIPC,
	vectorFromArray
} from 'apache-arrow';
import type { Table } from './tables';

export function tableToArrow(table: Table): Uint8Array {
	const vectors = Object.fromEntries(
		table.columns.map((column) => {
			const values = table.rows.map((row) => row[column.name] ?? null);
			const type =
				column.type === 'number'
					? new Float64()
					: column.type === 'boolean'
						? new Bool()
						: new Utf8();
			return [column.name, vectorFromArray(values, type)];
		})
	);
	return tableToIPC(new ArrowTable(vectors), 'stream');
}
