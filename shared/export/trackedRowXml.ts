import { blockStyle } from './blockStyles.ts';
import { changeComment } from './changeComment.ts';
import type { ComparisonRow, ComparisonSide, ComparisonToken } from './comparisonRow.ts';
import { CLOSING, textWidthTwips } from './layout.ts';
import { exportBlockPrefix } from './numberPrefix.ts';
import { paragraphXml, type ParagraphProps } from './paragraphProperties.ts';
import type { RevisionIds } from './revisionMarks.ts';
import { runContentXml, textRunXml } from './runs.ts';
import { joinOffsets, trackedParagraphs, type TrackedParagraph } from './trackedParagraphs.ts';

/** A comment to attach to a row; collected into comments.xml by the caller. */
export interface RowComment {
  id: number;
  attrs: string;
  text: string;
}

/** The paragraphs of one row and whether the last one's mark is tracked (it then needs a successor). */
export interface TrackedRowOutput {
  xml: string;
  endsTracked: boolean;
}

/** One paragraph to write: its block (for style), how its mark is tracked, its pieces. */
interface Spec {
  side: ComparisonSide;
  mark: 'ins' | 'del' | null;
  pieces: ComparisonToken[];
}

const prefixOf = (side: ComparisonSide) => exportBlockPrefix(side.type, side.number, side.text);

function piecesXml(pieces: readonly ComparisonToken[], ids: RevisionIds): string {
  return pieces
    .map(({ op, text }) => {
      if (!text) return '';
      if (op === 'equal') return textRunXml(text);
      if (op === 'insert') return `<w:ins${ids.attrs()}><w:r>${runContentXml(text)}</w:r></w:ins>`;
      return `<w:del${ids.attrs()}><w:r>${runContentXml(text, 'delText')}</w:r></w:del>`;
    })
    .join('');
}

function sideProps(side: ComparisonSide): ParagraphProps {
  const signature = side.type === 'signature' ? { leftTwips: Math.round(textWidthTwips() * CLOSING.leftShare) } : {};
  return { styleId: blockStyle(side.type, side.level).styleId, ...signature };
}

/** Paragraph XML for specs; a comment, when given, spans them all. */
function specsXml(specs: readonly Spec[], ids: RevisionIds, comment: RowComment | null): string {
  return specs
    .map((spec, i) => {
      const markXml = spec.mark ? `<w:rPr><w:${spec.mark}${ids.attrs()}/></w:rPr>` : undefined;
      let runs = piecesXml(spec.pieces, ids);
      if (comment && i === 0) runs = `<w:commentRangeStart w:id="${comment.id}"/>${runs}`;
      if (comment && i === specs.length - 1) runs += `<w:commentRangeEnd w:id="${comment.id}"/><w:r><w:commentReference w:id="${comment.id}"/></w:r>`;
      return paragraphXml({ ...sideProps(spec.side), markXml }, runs);
    })
    .join('');
}

/** Blocks wholly deleted, then blocks wholly inserted: each a paragraph with its mark tracked. */
function wholeSpecs(deleted: readonly ComparisonSide[], inserted: readonly ComparisonSide[]): Spec[] {
  return [
    ...deleted.map((side): Spec => ({ side, mark: 'del', pieces: [{ op: 'delete', text: prefixOf(side) + side.text }] })),
    ...inserted.map((side): Spec => ({ side, mark: 'ins', pieces: [{ op: 'insert', text: prefixOf(side) + side.text }] })),
  ];
}

/** The tokens if they rebuild both texts exactly, else null. */
function checkedTokens(tokens: readonly ComparisonToken[], leftText: string, rightText: string): ComparisonToken[] | null {
  const left = tokens.filter((t) => t.op !== 'insert').map((t) => t.text).join('');
  const right = tokens.filter((t) => t.op !== 'delete').map((t) => t.text).join('');
  return left === leftText && right === rightText ? [...tokens] : null;
}

/**
 * Specs of a paired row (modified, split, merged, or moved without links): its word diff after the
 * newer number, which is not tracked (renumbering is not a change). Joins of a split or merge are
 * tracked paragraph marks, the extra blocks' numbers tracked with them. Tokens that do not rebuild
 * both texts give whole deletion + insertion: coarser, never wrong.
 */
function pairedSpecs(row: ComparisonRow, left: ComparisonSide, right: ComparisonSide): Spec[] {
  const lefts = row.op === 'merged' && row.parts?.length ? row.parts : [left];
  const rights = row.op === 'split' && row.parts?.length ? row.parts : [right];
  const tokens = checkedTokens(row.tokens, lefts.map((s) => s.text).join('\n'), rights.map((s) => s.text).join('\n'));
  const paragraphs: TrackedParagraph[] | null = tokens && trackedParagraphs(tokens, joinOffsets(lefts.map((s) => s.text)), joinOffsets(rights.map((s) => s.text)));
  if (!paragraphs || paragraphs.length !== Math.max(lefts.length, rights.length)) return wholeSpecs(lefts, rights);
  return paragraphs.map((p, k): Spec => {
    const last = k === paragraphs.length - 1;
    const side = rights.length > 1 ? rights[k] : last ? right : lefts[k];
    const number: ComparisonToken =
      k === 0 ? { op: 'equal', text: prefixOf(right) } : rights.length > 1 ? { op: 'insert', text: prefixOf(rights[k]) } : { op: 'delete', text: prefixOf(lefts[k]) };
    return { side, mark: p.mark, pieces: [number, ...p.pieces] };
  });
}

function rowSpecs(row: ComparisonRow, rows: readonly ComparisonRow[]): Spec[] {
  const { left, right } = row;
  if (row.moveTo !== undefined && left) {
    const destination = rows[row.moveTo];
    return wholeSpecs(destination?.op === 'merged' && destination.parts?.length ? destination.parts : [left], []);
  }
  if (row.moveFrom !== undefined && right) return wholeSpecs([], row.op === 'split' && row.parts?.length ? row.parts : [right]);
  if (right && !left) return wholeSpecs([], [right]);
  if (left && !right) return wholeSpecs([left], []);
  if (!left || !right) return [];
  if (row.op === 'equal' && left.text === right.text) return [{ side: right, mark: null, pieces: [{ op: 'equal', text: prefixOf(right) + right.text }] }];
  return pairedSpecs(row, left, right);
}

/**
 * One comparison row as paragraphs of the newer draft with tracked changes, so that accepting all
 * gives the newer blocks and rejecting all the older ones. Moves are a deletion at the old place
 * and an insertion at the new, linked by comments; splits, merges and moves carry a comment.
 */
export function trackedRowXml(row: ComparisonRow, rows: readonly ComparisonRow[], ids: RevisionIds, comments: RowComment[]): TrackedRowOutput {
  const specs = rowSpecs(row, rows);
  if (specs.length === 0) return { xml: '', endsTracked: false };
  const note = changeComment(row, rows);
  let comment: RowComment | null = null;
  if (note) {
    comment = { id: ids.peek(), attrs: ids.attrs(), text: note };
    comments.push(comment);
  }
  return { xml: specsXml(specs, ids, comment), endsTracked: specs[specs.length - 1].mark !== null };
}
