import type { Emphasis } from '../document/flatBlock.ts';

/**
 * What the tracked-changes export needs of a comparison: the minimal shape the comparison engine
 * (shared/compare/, its `Change`) produces, declared here so export does not depend on the
 * engine's internals.
 *
 * Rows come in reading order of both drafts. For every row: the `equal` and `delete` tokens
 * concatenated give the left text, the `equal` and `insert` tokens the right text, where the text
 * of a side with `parts` is the parts' texts joined by "\n" (a "\n" inside one block's text is a
 * line break).
 *
 * A moved block has two rows: at its old place one with `left` only and `moveTo` (the index of the
 * other row), at its new place one with both sides, the tokens and `moveFrom`. A `split` row has
 * the right blocks in `parts` (`right` is the first); a `merged` row the left blocks.
 *
 * A token's `emphasis` is the bold, italic and underline of its text on its side (an `equal`
 * token: the right side's); `emphasisBefore`, on `equal` tokens only, the left side's when it
 * differs. A side's `type` and `level` give its paragraph style; when they differ between the
 * sides the style change is tracked too.
 */
export type ComparisonOp = 'equal' | 'modified' | 'inserted' | 'deleted' | 'moved' | 'split' | 'merged';

export interface ComparisonSide {
  number: string | null;
  text: string;
  type?: string;
  level?: number | null;
}

export interface ComparisonToken {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  emphasis?: Emphasis;
  emphasisBefore?: Emphasis;
}

export interface ComparisonRow {
  op: ComparisonOp;
  left: ComparisonSide | null;
  right: ComparisonSide | null;
  tokens: readonly ComparisonToken[];
  /** On the old place of a moved block: the index of the row at its new place. */
  moveTo?: number;
  /** On the new place of a moved block: the index of the row at its old place. */
  moveFrom?: number;
  /** The blocks on the "many" side of a split (right) or a merge (left), in order. */
  parts?: readonly ComparisonSide[];
}
