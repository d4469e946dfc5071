import ExcelJS from 'exceljs';
import type { ServerAuditEntry } from './auditQuery.ts';
import { AUDIT_COLUMNS, auditRows } from './auditTable.ts';

export type AuditFileFormat = 'csv' | 'xlsx';

export interface AuditFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * Text a spreadsheet would run as a formula when it opens the .csv (=, +, -, @, a tab or a
 * carriage return first): names typed at the sign-in form reach the log as typed, so such a cell
 * is written with a leading apostrophe (OWASP's advice for CSV injection).
 */
function defused(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: every cell quoted, quotes doubled, rows ended with CRLF; UTF-8 with a BOM, so Excel reads Vietnamese. */
export function auditCsv(entries: readonly ServerAuditEntry[]): Uint8Array {
  const line = (cells: readonly string[]) => cells.map((cell) => `"${defused(cell).replaceAll('"', '""')}"`).join(',');
  const text = [line(AUDIT_COLUMNS), ...auditRows(entries).map(line)].join('\r\n') + '\r\n';
  return new TextEncoder().encode('\uFEFF' + text);
}

/** One sheet, "Nhật ký", headings bold and frozen; every cell text (never a formula). */
export async function auditXlsx(entries: readonly ServerAuditEntry[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Văn Kiện Studio';
  const sheet = workbook.addWorksheet('Nhật ký', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...AUDIT_COLUMNS]).font = { bold: true };
  for (const row of auditRows(entries)) sheet.addRow(row);
  const widths = [20, 26, 20, 24, 28, 38, 60];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The export file of `entries` in `format`, named after the day it was made. */
export async function auditFile(entries: readonly ServerAuditEntry[], format: AuditFileFormat, now: Date): Promise<AuditFile> {
  const day = now.toISOString().slice(0, 10);
  if (format === 'csv') return { fileName: `nhat-ky-${day}.csv`, mimeType: 'text/csv; charset=utf-8', bytes: auditCsv(entries) };
  return { fileName: `nhat-ky-${day}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: await auditXlsx(entries) };
}
