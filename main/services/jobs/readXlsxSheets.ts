/**
 * The sheets of an .xlsx as plain cells, with ExcelJS (maintained; not `xlsx` 0.18.5, which has
 * known unfixed vulnerabilities): a formula gives its cached value (flagged when the file holds
 * none), a merged range is undone by giving every cell its first cell's text (and marking the
 * others, so a merged comment is imported once), rich text and links give their text.
 */
import ExcelJS from 'exceljs';
import type { Sheet, SheetCell } from '../../../shared/feedback/ingest/feedbackRow.ts';
import { FEEDBACK_LIMITS } from '../../../shared/feedback/limits.ts';
import { feedbackMalformed, feedbackTooManyRows } from '../../../shared/feedback/feedbackErrors.ts';
import { AppError, isAppError } from '../../../shared/errors.ts';
import { partNames, unzipParts } from '../../../shared/import/docx/unzipParts.ts';

type Value = ExcelJS.CellValue;

function plain(value: Value): { text: string; formulaWithoutValue: boolean } {
  if (value === null || value === undefined) return { text: '', formulaWithoutValue: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), formulaWithoutValue: false };
  if (typeof value !== 'object') return { text: String(value), formulaWithoutValue: false };
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join(''), formulaWithoutValue: false };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: Value }).result;
    if (result === undefined || result === null) return { text: '', formulaWithoutValue: true };
    return plain(typeof result === 'object' && 'error' in (result as object) ? null : result);
  }
  if ('hyperlink' in value) return { text: String((value as { text?: unknown }).text ?? ''), formulaWithoutValue: false };
  if ('error' in value) return { text: '', formulaWithoutValue: false };
  return { text: '', formulaWithoutValue: false };
}

function cellOf(cell: ExcelJS.Cell, rowNumber: number): SheetCell {
  const master = cell.isMerged ? cell.master : cell;
  const { text, formulaWithoutValue } = plain(master.value);
  const mergedFromRow = master !== cell && Number(master.row) !== rowNumber ? Number(master.row) : null;
  return { text, formulaWithoutValue, mergedFromRow };
}

/**
 * ExcelJS (through JSZip) inflates every part whole, trusting the sizes the package declares, so
 * the package is first inflated by our own bounded reader (shared/import's `unzipParts`: part,
 * total and ratio limits): a deflate bomb is refused in milliseconds instead of filling memory.
 */
function checkPackage(bytes: Uint8Array, fileName: string): void {
  try {
    unzipParts(bytes, partNames(bytes, fileName), fileName);
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === 'file_malformed') throw feedbackMalformed(fileName, 'Excel (.xlsx)');
    throw new AppError(error.code, `Tệp “${fileName}” giải nén ra quá lớn hoặc quá nhiều phần nên không được nhập. Tệp có thể bị hỏng; hãy mở bằng Excel, lưu lại rồi nhập lại.`, { detail: error.message });
  }
}

export async function readXlsxSheets(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  checkPackage(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw feedbackMalformed(fileName, 'Excel (.xlsx)', String((error as Error)?.message ?? error));
  }
  const sheets: Sheet[] = [];
  let rowsRead = 0;
  for (const worksheet of workbook.worksheets) {
    const columns = Math.min(worksheet.columnCount, FEEDBACK_LIMITS.columns);
    const rows: Sheet['rows'] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (++rowsRead > FEEDBACK_LIMITS.rows) throw feedbackTooManyRows(fileName);
      const cells: SheetCell[] = [];
      for (let c = 1; c <= columns; c++) cells.push(cellOf(row.getCell(c), number));
      rows.push({ number, cells });
    });
    sheets.push({ name: worksheet.name, rows });
  }
  return sheets;
}
