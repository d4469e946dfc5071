import type { BlockType } from '../document/blockTypes.ts';

/**
 * What happened to a block between two drafts. `split`: one left block became several
 * consecutive right blocks; `merged`: several consecutive left blocks became one right block.
 */
export type ChangeOp = 'equal' | 'modified' | 'inserted' | 'deleted' | 'moved' | 'split' | 'merged';

/**
 * How much a change matters, from most to least serious: substantive (wording), number (a figure's
 * value), punctuation (punctuation, spacing, paragraph breaks, number formatting such as
 * "47 - 48%" → "47% - 48%"), orthography (tone-mark placement, case, Unicode form).
 */
export type ChangeClass = 'substantive' | 'number' | 'punctuation' | 'orthography';

/** Severity rank of each class: the class of a change is the highest rank among its tokens. */
export const CLASS_SEVERITY: Readonly<Record<ChangeClass, number>> = {
  orthography: 1,
  punctuation: 2,
  number: 3,
  substantive: 4,
};

/** The most serious of some classes, or null when there are none. */
export function mostSerious(classes: Iterable<ChangeClass | null | undefined>): ChangeClass | null {
  let best: ChangeClass | null = null;
  for (const c of classes) if (c && (!best || CLASS_SEVERITY[c] > CLASS_SEVERITY[best])) best = c;
  return best;
}

/**
 * One run of text in a block-level diff. Runs are whole words (never part of a syllable or of
 * "47%"); concatenating the `equal` and `delete` texts gives the left text, `equal` and `insert`
 * the right text. `class` is set on `delete`/`insert` runs only.
 */
export interface Token {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  class?: ChangeClass;
}

/** A block as a change refers to it: its position in its draft and what was displayed. */
export interface BlockRef {
  index: number;
  id: string;
  type: BlockType;
  /** Heading level 1–4 for headings, else null (so exports can style the block). */
  level: number | null;
  number: string | null;
  text: string;
}

/**
 * One row of a comparison. Rows come in reading order of both drafts (the side-by-side view renders
 * every row, `equal` ones included).
 *
 * A block that moved has two rows linked to each other: at its old place a row with `left` only and
 * `moveTo` (index in `changes` of the other row), and at its new place a row with `left`, `right`,
 * the tokens and `moveFrom`. Only the second row counts in the stats.
 * For `split` and `merged`, `parts` lists the blocks on the many side, and `right` (split) or
 * `left` (merged) is the first of them; tokens compare the one side with the parts joined by "\n".
 */
export interface Change {
  op: ChangeOp;
  /** null for `equal` rows; renumbering alone leaves a row `equal`. */
  class: ChangeClass | null;
  left: BlockRef | null;
  right: BlockRef | null;
  tokens: Token[];
  moveTo?: number;
  moveFrom?: number;
  parts?: BlockRef[];
}

export interface ComparisonStats {
  equal: number;
  modified: number;
  inserted: number;
  deleted: number;
  moved: number;
  split: number;
  merged: number;
}

/** The result of comparing a left (older) and a right (newer) draft. */
export interface Comparison {
  stats: ComparisonStats;
  changes: Change[];
}
