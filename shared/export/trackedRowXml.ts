import { blockStyle } from './blockStyles.ts';
import type { ComparisonRow, ComparisonSide, ComparisonToken } from './comparisonRow.ts';
import { CLOSING, textWidthTwips } from './layout.ts';
import { exportNumberPrefix } from './numberPrefix.ts';
import { paragraphXml, type ParagraphProps } from './paragraphProperties.ts';
import type { RevisionIds } from './revisionMarks.ts';
import { runContentXml, textRunXml } from './runs.ts';

/** A comment to attach to a whole paragraph; collected into comments.xml by the caller. */
export interface RowComment {
  id: number;
  attrs: string;
  text: string;
}

const insXml = (text: string, ids: RevisionIds) => (text ? `<w:ins${ids.attrs()}><w:r>${runContentXml(text)}</w:r></w:ins>` : '');
const delXml = (text: string, ids: RevisionIds) => (text ? `<w:del${ids.attrs()}><w:r>${runContentXml(text, 'delText')}</w:r></w:del>` : '');

/** Adjacent tokens of the same kind joined, empty ones dropped: one revision per change. */
function mergeTokens(tokens: readonly ComparisonToken[]): ComparisonToken[] {
  const out: ComparisonToken[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (!t.text) continue;
    if (last && last.op === t.op) last.text += t.text;
    else out.push({ op: t.op, text: t.text });
  }
  return out;
}

/**
 * The tokens of a paired row, checked against both texts. Tokens that do not rebuild the texts
 * would make "accept all" or "reject all" wrong, so they are replaced by one deletion of the left
 * text and one insertion of the right: coarser, never wrong.
 */
export function consistentTokens(row: ComparisonRow, left: ComparisonSide, right: ComparisonSide): ComparisonToken[] {
  const tokens = mergeTokens(row.tokens);
  const leftText = tokens.filter((t) => t.op !== 'insert').map((t) => t.text).join('');
  const rightText = tokens.filter((t) => t.op !== 'delete').map((t) => t.text).join('');
  if (leftText === left.text && rightText === right.text) return tokens;
  return mergeTokens([{ op: 'delete', text: left.text }, { op: 'insert', text: right.text }]);
}

function tokensXml(tokens: readonly ComparisonToken[], ids: RevisionIds): string {
  return tokens.map((t) => (t.op === 'equal' ? textRunXml(t.text) : t.op === 'insert' ? insXml(t.text, ids) : delXml(t.text, ids))).join('');
}

function sideProps(side: ComparisonSide): ParagraphProps {
  const style = blockStyle(side.type, side.level);
  const signature = side.type === 'signature' ? { leftTwips: Math.round(textWidthTwips() * CLOSING.leftShare) } : {};
  return { styleId: style.styleId, ...signature };
}

const prefixOf = (side: ComparisonSide) => exportNumberPrefix(side.type, side.number);

/** What a moved, split or merged paragraph's comment says. */
function commentText(row: ComparisonRow, left: ComparisonSide): string | null {
  const from = left.number ? ` (trước là mục ${left.number})` : '';
  if (row.op === 'moved') return `Đoạn này được chuyển vị trí${from}.`;
  if (row.op === 'split') return `Đoạn này được tách ra từ một đoạn của dự thảo trước${from}.`;
  if (row.op === 'merged') return `Đoạn này được gộp từ nhiều đoạn của dự thảo trước${from}.`;
  return null;
}

/**
 * One comparison row as one paragraph of the newer draft with tracked changes: a whole inserted
 * or deleted block has its paragraph mark tracked too (accepting or rejecting removes the
 * paragraph, not only its words); a paired block shows its word diff after the newer number,
 * which is not tracked because renumbering is not a change. Rows with neither side give "".
 */
export function trackedRowXml(row: ComparisonRow, ids: RevisionIds, comments: RowComment[]): string {
  const { left, right } = row;
  if (right && !left) {
    const text = prefixOf(right) + right.text;
    return paragraphXml({ ...sideProps(right), markXml: `<w:rPr><w:ins${ids.attrs()}/></w:rPr>` }, insXml(text, ids));
  }
  if (left && !right) {
    const text = prefixOf(left) + left.text;
    return paragraphXml({ ...sideProps(left), markXml: `<w:rPr><w:del${ids.attrs()}/></w:rPr>` }, delXml(text, ids));
  }
  if (!left || !right) return '';
  if (row.op === 'equal' && left.text === right.text) return paragraphXml(sideProps(right), textRunXml(prefixOf(right) + right.text));
  let runs = textRunXml(prefixOf(right)) + tokensXml(consistentTokens(row, left, right), ids);
  const note = commentText(row, left);
  if (note) {
    const id = ids.peek();
    comments.push({ id, attrs: ids.attrs(), text: note });
    runs = `<w:commentRangeStart w:id="${id}"/>${runs}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
  }
  return paragraphXml(sideProps(right), runs);
}
