import { type AlignState, pair, setOf, unpaired } from './alignState.ts';
import { dice, diceBound } from './similarity.ts';

/** Two blocks at least this similar (Dice on syllable bigrams) are versions of one block. */
export const PAIR_THRESHOLD = 0.5;
/** Beyond this many candidate pairs, only blocks at similar relative positions are compared. */
const ALL_PAIRS_LIMIT = 250_000;
const WINDOW = 150;

/**
 * Pairs unpaired blocks by similarity, most similar first, so an edited paragraph finds its
 * earlier version wherever it now stands. Each block is paired at most once.
 */
export function matchBySimilarity(state: AlignState): void {
  const lefts = unpaired(state, 0);
  const rights = unpaired(state, 1);
  if (lefts.length === 0 || rights.length === 0) return;
  const candidates: { score: number; l: number; r: number }[] = [];
  const windowed = lefts.length * rights.length > ALL_PAIRS_LIMIT;
  for (let p = 0; p < lefts.length; p++) {
    const a = setOf(state, 0, lefts[p]);
    const centre = Math.round((p * rights.length) / lefts.length);
    const from = windowed ? Math.max(0, centre - WINDOW) : 0;
    const to = windowed ? Math.min(rights.length, centre + WINDOW) : rights.length;
    for (let q = from; q < to; q++) {
      const b = setOf(state, 1, rights[q]);
      if (diceBound(a.length, b.length) < PAIR_THRESHOLD) continue;
      const score = dice(a, b);
      if (score >= PAIR_THRESHOLD) candidates.push({ score, l: lefts[p], r: rights[q] });
    }
  }
  // Ties go to the pair closest in document order, so the result does not depend on sort stability.
  candidates.sort((x, y) => y.score - x.score || Math.abs(x.l - x.r) - Math.abs(y.l - y.r) || x.l - y.l);
  const [toLeft, toRight] = state.to;
  for (const { l, r } of candidates) {
    if (toLeft[l] === -1 && toRight[r] === -1) pair(state, l, r);
  }
}
