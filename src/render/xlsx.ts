// Writes a simple spreadsheet (one sheet, a bold frozen header row, filters, sensible column widths).

export interface Sheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}

export async function renderXlsx(sheet: Sheet, created: Date): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on first export, not at every start
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'attest';
  workbook.created = created;
  workbook.modified = created;
  const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...sheet.header]);
  for (const row of sheet.rows) ws.addRow([...row]);
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } };
  ws.columns.forEach((column, i) => {
    const longest = Math.max(sheet.header[i]!.length, ...sheet.rows.map((r) => String(r[i] ?? '').length));
    column.width = Math.min(60, Math.max(10, longest + 2));
    column.alignment = { vertical: 'top', wrapText: longest > 60 };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
