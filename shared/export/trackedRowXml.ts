import type { Emphasis } from '../document/flatBlock.ts';
import { blockStyle } from './blockStyles.ts';
import { changeComment } from './changeComment.ts';
import type { ComparisonRow, ComparisonSide, ComparisonToken } from './comparisonRow.ts';
import { CLOSING, textWidthTwips } from './layout.ts';
import { exportBlockPrefix } from './numberPrefix.ts';
import { paragraphPropertiesXml, paragraphXml, type ParagraphProps } from './paragraphProperties.ts';
import type { RevisionIds } from './revisionMarks.ts';
import { releasesKeepWithNext } from './runInHeading.ts';
import { joinOffsets, trackedParagraphs } from './trackedParagraphs.ts';
import { type RunInToken, runInTokens } from './trackedRunIn.ts';
import { piecesXml, type Piece, type PieceMark } from './trackedRuns.ts';

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

type MarkKind = Exclude<PieceMark, 'equal'>;

/**
 * One paragraph to write: the block it is once all is accepted (`side`, for its style) and, when
 * rejecting gives another style, the block it is then (`before`); how its mark is tracked; its pieces.
 */
interface Spec {
  side: ComparisonSide;
  before?: ComparisonSide;
  mark: MarkKind | null;
  pieces: Piece[];
}

const prefixOf = (side: ComparisonSide) => exportBlockPrefix(side.type, side.number, side.text);

/**
 * The paragraph properties the block's own export gives it (blockParagraphXml): its style, and
 * keep-with-next released for a heading that runs in or is long, so a chain of run-in points
 * does not push a page's last third to the next page here either. The side's text has its hard
 * breaks as "\n", which the block's `textContent` does not.
 */
function sideProps(side: ComparisonSide): ParagraphProps {
  const style = blockStyle(side.type, side.level);
  const props: ParagraphProps = { styleId: style.styleId };
  if (side.type === 'signature') props.leftTwips = Math.round(textWidthTwips() * CLOSING.leftShare);
  if (style.look.keepNext && releasesKeepWithNext(side.text.replaceAll('\n', ''))) props.keepNext = false;
  return props;
}

/** Paragraph properties of a spec: its mark tracked, and a tracked style change (`w:pPrChange`). */
function specProps(spec: Spec, ids: RevisionIds): ParagraphProps {
  const props = sideProps(spec.side);
  const markXml = spec.mark ? `<w:rPr><w:${spec.mark}${ids.attrs()}/></w:rPr>` : undefined;
  const old = spec.before ? paragraphPropertiesXml(sideProps(spec.before)) : '';
  const changeXml = old && old !== paragraphPropertiesXml(props) ? `<w:pPrChange${ids.attrs()}>${old}</w:pPrChange>` : undefined;
  return { ...props, markXml, changeXml };
}

/** A range of moved paragraphs: `w:moveFromRangeStart/End` or `w:moveToRangeStart/End`, named for its pair. */
interface MoveRange {
  kind: 'moveFrom' | 'moveTo';
  name: string;
}

/** Paragraph XML for specs; a comment, when given, spans them all, as does a move range. */
function specsXml(specs: readonly Spec[], ids: RevisionIds, comment: RowComment | null, move: MoveRange | null): string {
  const rangeId = move ? ids.peek() : 0;
  const rangeStart = move ? `<w:${move.kind}RangeStart${ids.attrs()} w:name="${move.name}"/>` : '';
  return specs
    .map((spec, i) => {
      const props = specProps(spec, ids);
      let runs = piecesXml(spec.pieces, ids);
      if (comment && i === 0) runs = `<w:commentRangeStart w:id="${comment.id}"/>${runs}`;
      if (move && i === 0) runs = rangeStart + runs;
      if (comment && i === specs.length - 1) runs += `<w:commentRangeEnd w:id="${comment.id}"/><w:r><w:commentReference w:id="${comment.id}"/></w:r>`;
      if (move && i === specs.length - 1) runs += `<w:${move.kind}RangeEnd w:id="${rangeId}"/>`;
      return paragraphXml(props, runs);
    })
    .join('');
}

const piece = (mark: PieceMark, text: string, emphasis?: Emphasis): Piece => (emphasis ? { mark, text, emphasis } : { mark, text });

/** A token's run-in plainness (trackedRunIn.ts) on a piece, only where it is set. */
const plainOf = (t: RunInToken): Pick<Piece, 'plain' | 'plainBefore'> => ({ ...(t.plain ? { plain: true } : {}), ...(t.plainBefore ? { plainBefore: true } : {}) });

/** A token of a paired row as a piece: equal stays, insert and delete are tracked. */
const tokenPiece = (t: RunInToken): Piece => ({
  ...piece(t.op === 'equal' ? 'equal' : t.op === 'insert' ? 'ins' : 'del', t.text, t.emphasis),
  ...(t.emphasisBefore ? { emphasisBefore: t.emphasisBefore } : {}),
  ...plainOf(t),
});

/** The number of a block in both drafts: unchanged, or the old one deleted and the new one inserted. */
function numberPieces(left: ComparisonSide, right: ComparisonSide): Piece[] {
  const [before, after] = [prefixOf(left), prefixOf(right)];
  return before === after ? [piece('equal', after)] : [piece('del', before), piece('ins', after)];
}

/** The tokens if they rebuild both texts exactly, else null. */
function checkedTokens(tokens: readonly ComparisonToken[], leftText: string, rightText: string): ComparisonToken[] | null {
  const left = tokens.filter((t) => t.op !== 'insert').map((t) => t.text).join('');
  const right = tokens.filter((t) => t.op !== 'delete').map((t) => t.text).join('');
  return left === leftText && right === rightText ? [...tokens] : null;
}

const textOf = (sides: readonly ComparisonSide[]) => sides.map((s) => s.text).join('\n');

/** Blocks wholly on one side, their number and text tracked as `mark`, with the tokens' emphasis when they spell the text. */
function wholeSpecs(sides: readonly ComparisonSide[], mark: MarkKind, tokens: readonly ComparisonToken[] | null): Spec[] {
  const text = textOf(sides);
  const joins = joinOffsets(sides.map((s) => s.text));
  const oneSide = tokens && tokens.map((t) => t.text).join('') === text ? tokens : [{ op: 'equal' as const, text }];
  const plainTokens = runInTokens(oneSide.map((t) => ({ ...t, op: 'equal' as const })), sides, sides);
  const paragraphs = trackedParagraphs(plainTokens, joins, joins);
  if (paragraphs.length !== sides.length) return wholeSpecs(sides, mark, null);
  return paragraphs.map((p, k) => ({
    side: sides[k],
    mark,
    pieces: [piece(mark, prefixOf(sides[k])), ...p.pieces.map((t) => ({ ...piece(mark, t.text, t.emphasis), ...(t.plain ? { plain: true } : {}) }))],
  }));
}

/** One side's tokens with that side's emphasis, for writing the side alone (the two places of a move). */
function sideTokens(tokens: readonly ComparisonToken[], side: 'left' | 'right'): ComparisonToken[] {
  const skip = side === 'left' ? 'insert' : 'delete';
  return tokens.filter((t) => t.op !== skip).map((t) => ({ op: 'equal', text: t.text, emphasis: side === 'left' && t.op === 'equal' && t.emphasisBefore ? t.emphasisBefore : t.emphasis }));
}

/**
 * Specs of a paired row (modified, split, merged, equal, or moved without links): its word diff
 * after the number (tracked when it changed: the old deleted, the new inserted). Joins of a split
 * or merge are tracked paragraph marks, the extra blocks' numbers tracked with them. Each
 * paragraph has the style of the newer block it is part of, the older block's tracked as its
 * change; a run-in heading's body prints plain on each side as its own export prints it. Tokens that do not rebuild both texts give whole deletion + insertion: coarser, never wrong.
 */
function pairedSpecs(row: ComparisonRow, left: ComparisonSide, right: ComparisonSide): Spec[] {
  // Most rows of a comparison: one block whose text did not change (its number and style may have).
  if (!row.parts && left.text === right.text && row.tokens.every((t) => t.op === 'equal') && row.tokens.map((t) => t.text).join('') === right.text) {
    return [{ side: right, before: left, mark: null, pieces: [...numberPieces(left, right), ...runInTokens(row.tokens, [left], [right]).map(tokenPiece)] }];
  }
  const lefts = row.op === 'merged' && row.parts?.length ? row.parts : [left];
  const rights = row.op === 'split' && row.parts?.length ? row.parts : [right];
  const tokens = checkedTokens(row.tokens, textOf(lefts), textOf(rights));
  const paragraphs = tokens && trackedParagraphs(runInTokens(tokens, lefts, rights), joinOffsets(lefts.map((s) => s.text)), joinOffsets(rights.map((s) => s.text)));
  if (!paragraphs || paragraphs.length !== Math.max(lefts.length, rights.length)) return [...wholeSpecs(lefts, 'del', null), ...wholeSpecs(rights, 'ins', null)];
  return paragraphs.map((p, k): Spec => {
    const [older, newer] = [lefts[lefts.length > 1 ? k : 0], rights[rights.length > 1 ? k : 0]];
    const number = k === 0 ? numberPieces(left, right) : rights.length > 1 ? [piece('ins', prefixOf(newer))] : [piece('del', prefixOf(older))];
    return { side: newer, before: older, mark: p.mark, pieces: [...number, ...p.pieces.map(tokenPiece)] };
  });
}

/** The blocks at the old place of a moved group: its left block, or all the blocks merged at the new place. */
function movedLefts(row: ComparisonRow, rows: readonly ComparisonRow[]): readonly ComparisonSide[] {
  const destination = rows[row.moveTo!];
  return destination?.op === 'merged' && destination.parts?.length ? destination.parts : [row.left!];
}

/**
 * The specs of a row and the move range they make, if any. A moved block is a real move: all of
 * it, number and paragraph marks included, `w:moveFrom` at its old place and `w:moveTo` at its new
 * one, edits made while moving included (LibreOffice removes a paragraph cleanly only when one
 * kind of revision covers all of it); the comments say what was edited.
 */
function rowSpecs(row: ComparisonRow, index: number, rows: readonly ComparisonRow[]): { specs: Spec[]; move: MoveRange | null } {
  const { left, right } = row;
  if (row.moveTo !== undefined && left) {
    const destination = rows[row.moveTo];
    const specs = wholeSpecs(movedLefts(row, rows), 'moveFrom', destination ? sideTokens(destination.tokens, 'left') : null);
    return { specs, move: { kind: 'moveFrom', name: `move${index + 1}` } };
  }
  if (row.moveFrom !== undefined && right) {
    const rights = row.op === 'split' && row.parts?.length ? row.parts : [right];
    return { specs: wholeSpecs(rights, 'moveTo', sideTokens(row.tokens, 'right')), move: { kind: 'moveTo', name: `move${row.moveFrom + 1}` } };
  }
  if (right && !left) return { specs: wholeSpecs([right], 'ins', sideTokens(row.tokens, 'right')), move: null };
  if (left && !right) return { specs: wholeSpecs([left], 'del', sideTokens(row.tokens, 'left')), move: null };
  if (!left || !right) return { specs: [], move: null };
  return { specs: pairedSpecs(row, left, right), move: null };
}

/**
 * One comparison row as paragraphs of the newer draft with tracked changes, so that accepting all
 * gives the newer blocks and rejecting all the older ones, numbers, styles and bold, italic and
 * underline included. Moves are `w:moveFrom`/`w:moveTo` pairs linked by name, with comments;
 * splits and merges carry a comment too.
 */
export function trackedRowXml(row: ComparisonRow, index: number, rows: readonly ComparisonRow[], ids: RevisionIds, comments: RowComment[]): TrackedRowOutput {
  const { specs, move } = rowSpecs(row, index, rows);
  if (specs.length === 0) return { xml: '', endsTracked: false };
  const note = changeComment(row, rows);
  let comment: RowComment | null = null;
  if (note) {
    comment = { id: ids.peek(), attrs: ids.attrs(), text: note };
    comments.push(comment);
  }
  return { xml: specsXml(specs, ids, comment, move), endsTracked: specs[specs.length - 1].mark !== null };
}
