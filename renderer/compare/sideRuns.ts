import type { Token } from '../../shared/compare/types.ts';

/** A run of one side's text: unchanged, or changed (deleted on the left, inserted on the right). */
export interface Run {
  text: string;
  changed: boolean;
  class?: Token['class'];
}

/**
 * One side's text of a row as lines of runs: the left side is the equal and deleted tokens, the
 * right side the equal and inserted ones. Lines break at "\n", which separates the parts of a
 * split or merge (and line breaks inside a block).
 */
export function sideLines(tokens: readonly Token[], side: 'left' | 'right'): Run[][] {
  const skip = side === 'left' ? 'insert' : 'delete';
  const lines: Run[][] = [[]];
  for (const token of tokens) {
    if (token.op === skip) continue;
    const changed = token.op !== 'equal';
    token.text.split('\n').forEach((piece, k) => {
      if (k > 0) lines.push([]);
      if (piece) lines[lines.length - 1].push({ text: piece, changed, class: token.class });
    });
  }
  return lines;
}

