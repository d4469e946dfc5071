/**
 * A numbering scheme: for every numbered kind of block, the style of its label and the level
 * whose blocks restart its counter. Numbers are never typed: they are derived from the block
 * sequence and a scheme, so editing a scheme restyles the whole document at once.
 */

/** Kinds of numbered block. Headings are one kind per level. */
export const NUMBERED_KINDS = [
  'part',
  'section',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'ordinal',
  'target',
  'footnote',
] as const;
export type NumberedKind = (typeof NUMBERED_KINDS)[number];

/** Outline levels, outermost first; the index of each is its outline depth (see outlineDepth). */
export const OUTLINE_LEVELS = ['part', 'section', 'heading1', 'heading2', 'heading3', 'heading4'] as const;
export type OutlineLevel = (typeof OUTLINE_LEVELS)[number];

export const NUMBER_STYLES = [
  'part-words', // "Phần thứ nhất", "Phần thứ hai" …
  'upper-roman', // "I", "II" …
  'decimal', // "1", "2" …
  'decimal-path', // "1.1", "1.1.1": the enclosing decimal levels' counters, then this one
  'lower-alpha', // "a)", "b)" … in Vietnamese alphabet order (a b c d đ e g …)
  'lower-latin', // "a)", "b)" … in Latin alphabet order (a b c d e f …), as Word's lettered lists
  'ordinal-words', // "Một là", "Hai là" …
  'ordinal-nth', // "Thứ nhất", "Thứ hai" …
  'paren-decimal', // "(1)", "(2)" …
  'none', // counted but not labelled
] as const;
export type NumberStyle = (typeof NUMBER_STYLES)[number];

/** Which enclosing outline level restarts a counter, or 'continue' for the whole document. */
export type ResetRule = OutlineLevel | 'continue';

export interface LevelRule {
  style: NumberStyle;
  reset: ResetRule;
}

export type NumberingScheme = Readonly<Record<NumberedKind, Readonly<LevelRule>>>;

/** Outline depth of a kind (part 0 … heading4 5), or null for kinds outside the outline. */
export function kindDepth(kind: NumberedKind): number | null {
  const depth = (OUTLINE_LEVELS as readonly string[]).indexOf(kind);
  return depth < 0 ? null : depth;
}

/** Depth at or above which an outline block restarts the counter; -1 for 'continue'. */
export function resetDepth(reset: ResetRule): number {
  return reset === 'continue' ? -1 : OUTLINE_LEVELS.indexOf(reset);
}
