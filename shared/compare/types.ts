import type { BlockType } from '../document/blockTypes.ts';
import type { Emphasis } from '../document/flatBlock.ts';

/**
 * What happened to a block between two drafts. `split`: one left block became several
 * consecutive right blocks; `merged`: several consecutive left blocks became one right block.
 */
export type ChangeOp = 'equal' | 'modified' | 'inserted' | 'deleted' | 'moved' | 'split' | 'merged';

/**
 * How much a change matters, from most to least serious: substantive (wording), structure (the
 * block's type or heading level: "3." demoted to "2.1.", a paragraph made a target), number (a
 * figure's value), punctuation (punctuation, spacing, paragraph breaks, number formatting such as
 * "47 - 48%" → "47% - 48%"), orthography (tone-mark placement, case, Unicode form), formatting
 * (bold, italic or underline added or removed).
 */
export type ChangeClass = 'substantive' | 'structure' | 'number' | 'punctuation' | 'orthography' | 'formatting';

/** Every class, most serious first (the order the views list them in). */
export const CHANGE_CLASSES: readonly ChangeClass[] = ['substantive', 'structure', 'number', 'punctuation', 'orthography', 'formatting'];

/** Severity rank of each class: the class of a change is the highest rank among its tokens. */
export const CLASS_SEVERITY: Readonly<Record<ChangeClass, number>> = {
  formatting: 0,
  orthography: 1,
  punctuation: 2,
  number: 3,
  structure: 4,
  substantive: 5,
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
 * the right text. `class` is set on `delete`/`insert` runs, and on `equal` runs whose emphasis
 * changed (class `formatting`).
 *
 * Where the drafts' text has bold, italic or underline, runs are cut where it starts and ends:
 * `emphasis` is the run's emphasis on its side (an `equal` run: the newer draft's; a row with one
 * side: that side's), absent when plain; `emphasisBefore` is set on `equal` runs only, when the
 * older draft's emphasis differs (`{}` when it was plain).
 */
export interface Token {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  class?: ChangeClass;
  emphasis?: Emphasis;
  emphasisBefore?: Emphasis;
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
  /**
   * The most serious class of the row's changes; null for `equal` rows. Renumbering alone leaves
   * a row `equal`; another type or heading level makes it `modified` (class `structure` when the
   * text did not change more seriously), bold/italic/underline alone `modified` (`formatting`).
   */
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
