// A dataset as an Excel workbook (one sheet, right to left for Arabic).
import ExcelJS from 'exceljs';
import type { Table } from './tables';

export async function tableToXlsx(
	table: Table,
	sheetName: string,
	rtl: boolean
): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ rightToLeft: rtl }] });
	sheet.columns = table.columns.map((c) => ({
		header: c.name,
		key: c.name,
		width: Math.max(12, c.name.length + 2)
	}));
	for (const row of table.rows) sheet.addRow(row);
	sheet.getRow(1).font = { bold: true };
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
