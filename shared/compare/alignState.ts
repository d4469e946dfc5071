import type { FlatBlock } from '../document/flatBlock.ts';
import { type ShingleSet, shingles } from './similarity.ts';
import { type KeyMemo, sharedKeyMemo, textKey } from './textKey.ts';

/** Index meaning "not paired with any block on the other side". */
export const UNPAIRED = -1;

/**
 * The block alignment while it is being built, for both sides at once (side 0 = left, 1 = right).
 * `to[s][i]` is the block on the other side that block i of side s is paired with, or UNPAIRED.
 * Pairs are one-to-one except for splits and merges: the extra parts of a split point at the left
 * block while the left block points back only at the first (primary) part; merges mirror that.
 * So "i is a primary" ⇔ to[other][to[s][i]] === i.
 */
export interface AlignState {
  blocks: readonly [readonly FlatBlock[], readonly FlatBlock[]];
  to: [Int32Array, Int32Array];
  keys: [(string | undefined)[], (string | undefined)[]];
  sets: [(ShingleSet | undefined)[], (ShingleSet | undefined)[]];
  wordIds: Map<string, number>;
  memo: KeyMemo;
}

export type Side = 0 | 1;

export function newAlignState(left: readonly FlatBlock[], right: readonly FlatBlock[]): AlignState {
  return {
    blocks: [left, right],
    to: [new Int32Array(left.length).fill(UNPAIRED), new Int32Array(right.length).fill(UNPAIRED)],
    keys: [new Array(left.length), new Array(right.length)],
    sets: [new Array(left.length), new Array(right.length)],
    wordIds: new Map(),
    memo: sharedKeyMemo(),
  };
}

export function pair(state: AlignState, l: number, r: number): void {
  state.to[0][l] = r;
  state.to[1][r] = l;
}

/** The comparison key of a block, computed once (it is the costly part of matching). */
export function keyOf(state: AlignState, side: Side, i: number): string {
  return (state.keys[side][i] ??= textKey(state.blocks[side][i].text, state.memo));
}

export function setOf(state: AlignState, side: Side, i: number): ShingleSet {
  return (state.sets[side][i] ??= shingles(keyOf(state, side, i), state.wordIds));
}

/** Indices of side `side` that are still unpaired, in document order. */
export function unpaired(state: AlignState, side: Side): number[] {
  const out: number[] = [];
  const to = state.to[side];
  for (let i = 0; i < to.length; i++) if (to[i] === UNPAIRED) out.push(i);
  return out;
}
