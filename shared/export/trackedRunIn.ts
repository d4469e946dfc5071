import type { ComparisonSide, ComparisonToken } from './comparisonRow.ts';
import { runInBodyStart } from './runInHeading.ts';

/**
 * A token with how its text prints in a run-in heading's body (runInHeading.ts): `plain` on its
 * own side (the newer for `equal` and `insert`, the older for `delete`), `plainBefore` on the older
 * side for an `equal` token. Plain runs switch the heading style's bold and italic off, as the
 * block's own export prints them; an `equal` token whose two answers differ is a tracked
 * formatting change (a heading that started or stopped running in, or was retyped).
 */
export interface RunInToken extends ComparisonToken {
  plain?: boolean;
  plainBefore?: boolean;
}

/** The [from, to) stretches of blocks joined by "\n" that print plain: each run-in body. */
function plainStretches(sides: readonly ComparisonSide[]): [number, number][] {
  const stretches: [number, number][] = [];
  let at = 0;
  for (const side of sides) {
    const start = runInBodyStart(side.type, side.text);
    if (start !== null && start < side.text.length) stretches.push([at + start, at + side.text.length]);
    at += side.text.length + 1;
  }
  return stretches;
}

const inside = (stretches: readonly [number, number][], offset: number) => stretches.some(([from, to]) => offset >= from && offset < to);

/** Offsets strictly inside [from, from + length) where a stretch starts or ends, relative to `from`. */
function cutsIn(stretches: readonly [number, number][], from: number, length: number): number[] {
  return stretches.flatMap((s) => s).filter((o) => o > from && o < from + length).map((o) => o - from);
}

/**
 * Tokens that spell `textOf(lefts)` and `textOf(rights)` (blocks joined by "\n"), cut where a
 * run-in body starts or ends on either side, each marked with whether it prints plain. Tokens of
 * rows without run-in headings come back as they were.
 */
export function runInTokens(tokens: readonly ComparisonToken[], lefts: readonly ComparisonSide[], rights: readonly ComparisonSide[]): RunInToken[] {
  const [left, right] = [plainStretches(lefts), plainStretches(rights)];
  if (left.length === 0 && right.length === 0) return [...tokens];
  const out: RunInToken[] = [];
  let lo = 0;
  let ro = 0;
  for (const token of tokens) {
    const onLeft = token.op !== 'insert';
    const onRight = token.op !== 'delete';
    const cuts = [...new Set([...(onLeft ? cutsIn(left, lo, token.text.length) : []), ...(onRight ? cutsIn(right, ro, token.text.length) : [])])].sort((a, b) => a - b);
    [0, ...cuts].forEach((from, k) => {
      const text = token.text.slice(from, cuts[k] ?? token.text.length);
      const before = onLeft && inside(left, lo + from);
      const after = onRight && inside(right, ro + from);
      const piece: RunInToken = { ...token, text };
      if (token.op === 'delete' ? before : after) piece.plain = true;
      if (token.op === 'equal' && before) piece.plainBefore = true;
      out.push(piece);
    });
    if (onLeft) lo += token.text.length;
    if (onRight) ro += token.text.length;
  }
  return out;
}
