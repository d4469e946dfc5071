import { FEEDBACK_LIMITS } from '../limits.ts';
import type { RowProblem } from '../model.ts';
import type { FeedbackRow } from './feedbackRow.ts';

/** Where a row came from, as a reason names it: "Dòng 3", "Đoạn 12", or for pasted text "Ý kiến 4". */
function placeOf(row: FeedbackRow, index: number): string {
  if (row.row !== null) return `Dòng ${row.row}`;
  if (row.paragraph !== null) return `Đoạn ${row.paragraph}`;
  return `Ý kiến ${index + 1}`;
}

/**
 * The rows every reader gives (sheets, reports, pasted text) within the one limit on a comment's
 * length: a longer one is not imported but reported as `text_too_long`, with where it is and what
 * to do, so no reader can let a 1 MB paragraph through as one comment.
 */
export function limitItems(rows: readonly FeedbackRow[]): { rows: FeedbackRow[]; problems: RowProblem[] } {
  const kept: FeedbackRow[] = [];
  const problems: RowProblem[] = [];
  rows.forEach((row, index) => {
    if (row.text.length <= FEEDBACK_LIMITS.itemCharacters) return void kept.push(row);
    const reason = `${placeOf(row, index)}: ý kiến dài ${row.text.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${FEEDBACK_LIMITS.itemCharacters.toLocaleString('vi-VN')}; hãy tách thành nhiều ý kiến.`;
    problems.push({ sheet: row.sheet, row: row.row, paragraph: row.paragraph, code: 'text_too_long', reason });
  });
  return { rows: kept, problems };
}
