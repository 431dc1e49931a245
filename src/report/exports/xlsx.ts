import ExcelJS from 'exceljs';
import { paragraphsOf } from '../document/format.ts';
import type { Block, ReportDocument, ReportTable } from '../document/model.ts';

const BOLD = { bold: true };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF3F2F1' },
};

function addTable(sheet: ExcelJS.Worksheet, table: ReportTable): void {
  sheet.addRow([table.caption]).font = BOLD;
  const head = sheet.addRow(table.head);
  head.font = BOLD;
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const row of table.rows) sheet.addRow(row);
  sheet.addRow([]);
}

function addBlock(sheet: ExcelJS.Worksheet, block: Block): void {
  switch (block.type) {
    case 'heading':
      sheet.addRow([block.text]).font = { bold: true, size: 12 };
      return;
    case 'paragraph':
      sheet.addRow([block.text]);
      return;
    case 'summary':
      for (const item of block.items) sheet.addRow([`${item.direction} ${item.text}`]);
      return;
    case 'table':
    case 'chart':
      // A spreadsheet holds a chart's figures: its data table.
      addTable(sheet, block.table);
      return;
    case 'quote':
      sheet.addRow([block.lead]).font = BOLD;
      for (const line of paragraphsOf(block.text)) sheet.addRow([line]);
      return;
  }
}

/** The report as a workbook: one sheet per section, each table under its caption and headers. */
export async function reportXlsx(report: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Heard';
  workbook.title = `${report.title} – ${report.organisation}`;
  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(section.short);
    sheet.getColumn(1).width = 60;
    sheet.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
    for (let column = 2; column <= 8; column++) sheet.getColumn(column).width = 18;
    sheet.addRow([section.title]).font = { bold: true, size: 14 };
    sheet.addRow([`${report.organisation}: ${report.title}. ${report.bracketsNote}`]);
    sheet.addRow([]);
    for (const block of section.blocks) addBlock(sheet, block);
    if (section.commentary) {
      sheet.addRow(['Commentary']).font = { bold: true, size: 12 };
      for (const line of paragraphsOf(section.commentary)) sheet.addRow([line]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
