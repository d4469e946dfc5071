import type { Emphasis } from '../document/flatBlock.ts';
import type { RevisionIds } from './revisionMarks.ts';
import { runContentXml, runPropertiesXml, type RunStyle } from './runs.ts';

/** How a piece of text is tracked: unchanged, inserted, deleted, or one of the two places of a move. */
export type PieceMark = 'equal' | 'ins' | 'del' | 'moveFrom' | 'moveTo';

/**
 * A stretch of text of one paragraph with how it is tracked and its emphasis; an `equal` piece
 * with `emphasisBefore` had that emphasis in the older draft (a tracked formatting change).
 * `plain`: the piece is in a run-in heading's body on its side (trackedRunIn.ts), so it switches
 * the style's bold and italic off; `plainBefore`, on an `equal` piece, the same in the older draft.
 */
export interface Piece {
  mark: PieceMark;
  text: string;
  emphasis?: Emphasis;
  emphasisBefore?: Emphasis;
  plain?: boolean;
  plainBefore?: boolean;
}

const styleOf = (e: Emphasis | undefined, base: RunStyle, plain: boolean | undefined): RunStyle => ({
  ...base,
  bold: base.bold || e?.bold,
  italic: base.italic || e?.italic,
  underline: base.underline || e?.underline,
  plain: base.plain || plain,
});

/** The inside of `<w:rPr>` for a style (runPropertiesXml without its wrapper). */
const innerProps = (style: RunStyle) => runPropertiesXml(style).replace(/^<w:rPr>|<\/w:rPr>$/g, '');

/**
 * `<w:rPr>` of a piece: its emphasis over `base`, and for a formatting change (emphasis, or a
 * run-in body's plainness) `w:rPrChange` (last in rPr, as CT_RPr orders it) holding the older run
 * properties, so rejecting restores them.
 */
function pieceProps(piece: Piece, base: RunStyle, ids: RevisionIds): string {
  const style = styleOf(piece.emphasis, base, piece.plain);
  const plainChanged = piece.mark === 'equal' && !!piece.plain !== !!piece.plainBefore;
  if (!piece.emphasisBefore && !plainChanged) return runPropertiesXml(style);
  const before = innerProps(styleOf(piece.emphasisBefore ?? piece.emphasis, base, piece.plainBefore));
  return `<w:rPr>${innerProps(style)}<w:rPrChange${ids.attrs()}><w:rPr>${before}</w:rPr></w:rPrChange></w:rPr>`;
}

/**
 * One piece as runs: plain, or wrapped in `w:ins`, `w:del` (text as `w:delText`), `w:moveFrom`
 * or `w:moveTo` (text as `w:t`, as the ECMA-376 examples of moves write it).
 */
export function pieceXml(piece: Piece, ids: RevisionIds, base: RunStyle = {}): string {
  if (!piece.text) return '';
  const props = pieceProps(piece, base, ids);
  const run = `<w:r>${props}${runContentXml(piece.text, piece.mark === 'del' ? 'delText' : 't')}</w:r>`;
  if (piece.mark === 'equal') return run;
  return `<w:${piece.mark}${ids.attrs()}>${run}</w:${piece.mark}>`;
}

/** The pieces of one paragraph as runs. */
export function piecesXml(pieces: readonly Piece[], ids: RevisionIds, base: RunStyle = {}): string {
  return pieces.map((p) => pieceXml(p, ids, base)).join('');
}
