// A dataset as the dashboard serves it: typed columns and plain rows, for charts (Arrow), CSV and XLSX.

export type ColumnType = 'string' | 'number' | 'boolean';

export interface Column {
	name: string;
	type: ColumnType;
}

export type Cell = string | number | boolean | null;

export interface Table {
	columns: Column[];
	rows: Record<string, Cell>[];
}

/** RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheet programs read Arabic correctly. */
export function tableToCsv(table: Table): string {
	const escape = (value: Cell) => {
		if (value === null) return '';
		const text = String(value);
		// a leading =, +, - or @ would be run as a formula by spreadsheet programs
		const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
		return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
	};
	const lines = [table.columns.map((c) => escape(c.name)).join(',')];
	for (const row of table.rows)
		lines.push(table.columns.map((c) => escape(row[c.name] ?? null)).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
