import type { Token } from '../../shared/compare/types.ts';
import type { Emphasis } from '../../shared/document/flatBlock.ts';

/**
 * A run of one side's text: unchanged, or changed (deleted on the left, inserted on the right);
 * or, with `formatting`, the same text whose emphasis changed: `emphasis` is this side's, `before`
 * the other side's.
 */
export interface Run {
  text: string;
  changed: boolean;
  class?: Token['class'];
  formatting?: { emphasis: Emphasis | undefined; before: Emphasis | undefined };
}

/** The run of a token piece on a side: an equal token with an emphasis change carries both emphases. */
function runOf(token: Token, text: string, side: 'left' | 'right'): Run {
  if (token.op === 'equal' && token.emphasisBefore) {
    const [older, newer] = [token.emphasisBefore, token.emphasis];
    return { text, changed: false, class: 'formatting', formatting: side === 'left' ? { emphasis: older, before: newer } : { emphasis: newer, before: older } };
  }
  return { text, changed: token.op !== 'equal', class: token.class };
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
    token.text.split('\n').forEach((piece, k) => {
      if (k > 0) lines.push([]);
      if (piece) lines[lines.length - 1].push(runOf(token, piece, side));
    });
  }
  return lines;
}

