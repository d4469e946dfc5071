import type { BlockRef, Change, ChangeClass, ChangeOp, Comparison, Token } from './types.ts';

/** The shape `vankien compare a b --json` prints. */
export interface CliComparison {
  stats: { equal: number; modified: number; inserted: number; deleted: number; moved: number };
  changes: CliChange[];
}

export interface CliChange {
  op: ChangeOp;
  class: ChangeClass | null;
  left: { number: string | null; text: string } | null;
  right: { number: string | null; text: string } | null;
  tokens: Token[];
}

/**
 * A comparison as the CLI prints it: one entry per change (a moved block once, at its new
 * place), blocks as number and text. Splits and merges count as modified in the five stats; for
 * them the many side's text is its parts joined by "\n".
 */
export function toCliJson(comparison: Comparison): CliComparison {
  const { equal, modified, inserted, deleted, moved, split, merged } = comparison.stats;
  const changes = comparison.changes.filter((c) => c.moveTo === undefined).map(toCliChange);
  return { stats: { equal, modified: modified + split + merged, inserted, deleted, moved }, changes };
}

function toCliChange(c: Change): CliChange {
  const side = (ref: BlockRef | null, many: boolean): CliChange['left'] =>
    ref && { number: ref.number, text: many && c.parts ? c.parts.map((p) => p.text).join('\n') : ref.text };
  return {
    op: c.op,
    class: c.class,
    left: side(c.left, c.op === 'merged'),
    right: side(c.right, c.op === 'split'),
    tokens: c.tokens.map((t) => ({ ...t })),
  };
}
