import ExcelJS from 'exceljs';
import type { CommentCell } from '../../../shared/feedback/export/commentRows.ts';
import type { ExportedFile } from './exportJobs.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The column of the comments' own text, wrapped in its cells. */
const TEXT_HEADING = 'Nội dung góp ý';

/**
 * The table of all comments (shared/feedback/export/commentRows.ts) as an .xlsx written by ExcelJS:
 * one sheet, its heading row bold, frozen and filterable, the comments' text wrapped, every
 * other field as plain values a spreadsheet can sort and filter (numbers stay numbers).
 */
export async function exportCommentsJob(input: { headings: string[]; widths: number[]; rows: CommentCell[][]; fileName: string; title: string }): Promise<ExportedFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Văn Kiện Studio';
  workbook.title = input.title;
  const sheet = workbook.addWorksheet('Ý kiến góp ý', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = input.headings.map((header, i) => ({ header, width: input.widths[i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: input.headings.length } };
  const textColumn = input.headings.indexOf(TEXT_HEADING) + 1;
  if (textColumn > 0) sheet.getColumn(textColumn).alignment = { wrapText: true, vertical: 'top' };
  for (const row of input.rows) sheet.addRow(row);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { fileName: input.fileName, mimeType: XLSX_MIME, bytes };
}
