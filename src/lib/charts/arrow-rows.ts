// Decodes an Arrow IPC response into plain rows (browser side of the chart data endpoints).
import { tableFromIPC } from 'apache-arrow';

export type Row = Record<string, string | number | boolean | null>;

export function arrowToRows(bytes: Uint8Array): Row[] {
	const table = tableFromIPC(bytes);
	const names = table.schema.fields.map((f) => f.name);
	const rows: Row[] = [];
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		for (const name of names) {
			const value = table.getChild(name)!.get(i) as unknown;
			row[name] = value === undefined ? null : (value as Row[string]);
		}
		rows.push(row);
	}
	return rows;
}
