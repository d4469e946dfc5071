import type { ComparisonRow, ComparisonToken } from './comparisonRow.ts';

const MAX_ITEMS = 3;
const MAX_CHARS = 40;

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > MAX_CHARS ? `${t.slice(0, MAX_CHARS - 1)}…` : t}”`;
}

/** "bỏ “10%”, thêm “13% trở lên”": the wording changes of a moved block, shortened. */
function wordingChanges(tokens: readonly ComparisonToken[]): string {
  const items = tokens.filter((t) => t.op !== 'equal' && t.text.trim()).map((t) => `${t.op === 'insert' ? 'thêm' : 'bỏ'} ${quote(t.text)}`);
  if (items.length === 0) return '';
  const more = items.length > MAX_ITEMS ? ` và ${items.length - MAX_ITEMS} chỗ sửa khác` : '';
  return `; sửa câu chữ: ${items.slice(0, MAX_ITEMS).join(', ')}${more}`;
}

const item = (number: string | null | undefined) => (number ? ` (mục ${number})` : '');

/**
 * What the Word comment on a row says, in Vietnamese, or null when the tracked changes say it
 * all. Moves are shown as a deletion at the old place and an insertion at the new one, so the
 * comments are what tells a reviewer the two belong together.
 */
export function changeComment(row: ComparisonRow, rows: readonly ComparisonRow[]): string | null {
  if (row.moveTo !== undefined) return `Đoạn này được chuyển đến vị trí mới${item(rows[row.moveTo]?.right?.number)}.`;
  if (row.moveFrom !== undefined) return `Đoạn này được chuyển từ vị trí cũ${item(row.left?.number)}${wordingChanges(row.tokens)}.`;
  if (row.op === 'moved') return `Đoạn này được chuyển vị trí${item(row.left?.number)}.`;
  if (row.op === 'split') return `Đoạn${item(row.left?.number)} của dự thảo trước được tách thành ${row.parts?.length ?? 2} đoạn.`;
  if (row.op === 'merged') return `${row.parts?.length ?? 2} đoạn của dự thảo trước được gộp thành một.`;
  return null;
}
