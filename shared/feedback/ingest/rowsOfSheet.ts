/**
 * A sheet's comments: the header row found (the first of its first ten rows whose cells name a
 * text column), then every later row with text, mapped by column. What is not imported is
 * reported with its row and a Vietnamese reason, never dropped in silence: a row without text,
 * text over the limit, a formula without a cached value, and the rows a merged text cell
 * covers (its text is imported once, at the merge's first row).
 */
import { limitItems } from './limitItems.ts';
import type { RowProblem } from '../model.ts';
import { type ColumnMapping, mappingOfHeader } from './columnRoles.ts';
import type { FeedbackRow, Sheet, SheetCell } from './feedbackRow.ts';

export interface SheetRead {
  /** The header row's texts (empty when none was found). */
  headers: string[];
  mapping: ColumnMapping | null;
  rows: FeedbackRow[];
  problems: RowProblem[];
}

const HEADER_SEARCH_ROWS = 10;

const cellText = (cells: readonly SheetCell[], column: number | null): string | null => {
  if (column === null) return null;
  const text = cells[column]?.text.normalize('NFC').trim() ?? '';
  return text === '' ? null : text;
};

/**
 * A title row ("BẢNG TỔNG HỢP Ý KIẾN", often merged across the columns, so repeated once
 * unmerged) is one long text; a header row has several texts, or one short one.
 */
const couldBeHeader = (texts: string[]) => {
  const filled = [...new Set(texts.map((text) => text.trim()).filter((text) => text !== ''))];
  return filled.length >= 2 || (filled.length === 1 && filled[0].length <= 16);
};

function findHeader(sheet: Sheet): { index: number; mapping: ColumnMapping } | null {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); i++) {
    const texts = sheet.rows[i].cells.map((cell) => cell.text);
    const mapping = couldBeHeader(texts) ? mappingOfHeader(texts) : null;
    if (mapping) return { index: i, mapping };
  }
  return null;
}

/** Reads one sheet; `mapping` (from the preview) overrides the header's, the header row still found by its text. */
export function rowsOfSheet(sheet: Sheet, override?: ColumnMapping): SheetRead {
  const header = findHeader(sheet);
  const mapping = override ?? header?.mapping ?? null;
  const where = (row: number) => ({ sheet: sheet.name, row, paragraph: null });
  if (!mapping) {
    const reason = `Không tìm thấy cột nội dung góp ý${sheet.name ? ` trong trang "${sheet.name}"` : ''}: hàng tiêu đề cần có cột "Nội dung góp ý", "Ý kiến" hoặc "text".`;
    return { headers: [], mapping: null, rows: [], problems: sheet.rows.length === 0 ? [] : [{ sheet: sheet.name, row: null, paragraph: null, code: 'sheet_without_text_column', reason }] };
  }
  const first = header ? header.index + 1 : 0;
  const rows: FeedbackRow[] = [];
  const problems: RowProblem[] = [];
  for (const { number, cells } of sheet.rows.slice(first)) {
    if (cells.every((cell) => cell.text.trim() === '')) continue; // a blank line between blocks of rows
    const textCell = cells[mapping.text];
    if (textCell?.formulaWithoutValue) {
      problems.push({ ...where(number), code: 'formula_without_value', reason: `Dòng ${number}: ô nội dung là công thức chưa có giá trị đã tính; hãy mở tệp trong Excel, lưu lại rồi nhập lại.` });
      continue;
    }
    if (textCell?.mergedFromRow != null) {
      problems.push({ ...where(number), code: 'merged_text', reason: `Dòng ${number}: ô nội dung gộp với dòng ${textCell.mergedFromRow}; ý kiến đã được nhập một lần ở dòng ${textCell.mergedFromRow}.` });
      continue;
    }
    const text = cellText(cells, mapping.text);
    if (text === null) {
      problems.push({ ...where(number), code: 'no_text', reason: `Dòng ${number}: không có nội dung góp ý; dòng này không được nhập.` });
      continue;
    }
    rows.push({ text, source: cellText(cells, mapping.source), document: cellText(cells, mapping.document), location: cellText(cells, mapping.location), ...where(number) });
  }
  const limited = limitItems(rows);
  return { headers: header ? sheet.rows[header.index].cells.map((cell) => cell.text) : [], mapping, rows: limited.rows, problems: [...problems, ...limited.problems] };
}
