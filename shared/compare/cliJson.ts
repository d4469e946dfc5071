import { type BlockRef, CHANGE_CLASSES, type Change, type ChangeClass, type ChangeOp, type Comparison, type Token } from './types.ts';

/** The shape `vankien compare a b --json` prints. */
export interface CliComparison {
  stats: { equal: number; modified: number; inserted: number; deleted: number; moved: number };
  /** Changes by class (every class, most serious first; a moved block once). */
  classes: Record<ChangeClass, number>;
  changes: CliChange[];
}

export interface CliChange {
  op: ChangeOp;
  class: ChangeClass | null;
  /** type and level are the block's (a `structure` change is a change of either). */
  left: { number: string | null; text: string; type: string; level: number | null } | null;
  right: { number: string | null; text: string; type: string; level: number | null } | null;
  tokens: Token[];
}

/** How many changes of each class a comparison has (old places of moves not counted). */
export function classCounts(changes: readonly Change[]): Record<ChangeClass, number> {
  const counts = Object.fromEntries(CHANGE_CLASSES.map((c) => [c, 0])) as Record<ChangeClass, number>;
  for (const c of changes) if (c.class && c.op !== 'equal' && c.moveTo === undefined) counts[c.class]++;
  return counts;
}

/**
 * A comparison as the CLI prints it: one entry per change (a moved block once, at its new
 * place), blocks as number and text. Splits and merges count as modified in the five stats; for
 * them the many side's text is its parts joined by "\n". With `equal: false` the rows that did not
 * change are left out of `changes` (not of the counts), before they are copied: what
 * `vankien compare` prints without --all, most rows of two drafts.
 */
export function toCliJson(comparison: Comparison, { equal: withEqual = true }: { equal?: boolean } = {}): CliComparison {
  const { equal, modified, inserted, deleted, moved, split, merged } = comparison.stats;
  const changes = comparison.changes.filter((c) => c.moveTo === undefined && (withEqual || c.op !== 'equal')).map(toCliChange);
  return { stats: { equal, modified: modified + split + merged, inserted, deleted, moved }, classes: classCounts(comparison.changes), changes };
}

function toCliChange(c: Change): CliChange {
  const side = (ref: BlockRef | null, many: boolean): CliChange['left'] =>
    ref && { number: ref.number, text: many && c.parts ? c.parts.map((p) => p.text).join('\n') : ref.text, type: ref.type, level: ref.level };
  return {
    op: c.op,
    class: c.class,
    left: side(c.left, c.op === 'merged'),
    right: side(c.right, c.op === 'split'),
    tokens: c.tokens.map((t) => ({ ...t })),
  };
}
