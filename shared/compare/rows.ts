import type { NumberedBlock } from '../document/flatBlock.ts';
import { type Interner, diffText } from './diffText.ts';
import type { Group } from './groups.ts';
import type { KeyMemo } from './textKey.ts';
import { type BlockRef, type Change, type ChangeOp, mostSerious } from './types.ts';

/** What a row builder needs: both drafts, one token interner, and whether to diff syllables. */
export interface RowContext {
  left: readonly NumberedBlock[];
  right: readonly NumberedBlock[];
  interner: Interner;
  memo: KeyMemo;
  tokens: boolean;
}

export function blockRef(blocks: readonly NumberedBlock[], index: number): BlockRef {
  const b = blocks[index];
  return { index, id: b.id, type: b.type, level: b.level, number: b.number ?? null, text: b.text };
}

export function insertedRow(ctx: RowContext, r: number): Change {
  const right = blockRef(ctx.right, r);
  return { op: 'inserted', class: 'substantive', left: null, right, tokens: [{ op: 'insert', text: right.text, class: 'substantive' }] };
}

export function deletedRow(ctx: RowContext, l: number): Change {
  const left = blockRef(ctx.left, l);
  return { op: 'deleted', class: 'substantive', left, right: null, tokens: [{ op: 'delete', text: left.text, class: 'substantive' }] };
}

/**
 * The row of an aligned group at its place on the right. Its op: split or merged for two-part
 * groups, else moved when out of order, else equal when the texts are identical (numbers may
 * differ: renumbering is not a change), else modified. A moved block with unchanged text is
 * classed substantive: the order of the text changed.
 */
export function groupRow(ctx: RowContext, g: Group): Change {
  const lefts = g.left.map((i) => blockRef(ctx.left, i));
  const rights = g.right.map((i) => blockRef(ctx.right, i));
  const leftText = lefts.map((b) => b.text).join('\n');
  const rightText = rights.map((b) => b.text).join('\n');
  const same = leftText === rightText;
  const op: ChangeOp = rights.length > 1 ? 'split' : lefts.length > 1 ? 'merged' : g.moved ? 'moved' : same ? 'equal' : 'modified';
  const tokens = !ctx.tokens || same ? [{ op: 'equal' as const, text: leftText }] : diffText(leftText, rightText, ctx.interner, ctx.memo);
  const textClass = same ? null : ctx.tokens ? mostSerious(tokens.map((t) => t.class)) : 'substantive';
  const row: Change = { op, class: op === 'moved' ? (textClass ?? 'substantive') : textClass, left: lefts[0], right: rights[0], tokens };
  if (rights.length > 1) row.parts = rights;
  if (lefts.length > 1) row.parts = lefts;
  return row;
}

/** The row at a moved group's old place: the left block only, linked later to its new place. */
export function moveOriginRow(ctx: RowContext, g: Group): Change {
  const left = blockRef(ctx.left, g.left[0]);
  return { op: 'moved', class: 'substantive', left, right: null, tokens: [{ op: 'equal', text: left.text }] };
}
