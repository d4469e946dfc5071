/**
 * Word-overlap similarity of blocks: the Dice coefficient of their sets of syllable bigrams
 * (taken from the comparison key, so tone placement and case do not lower it). Sets are sorted
 * arrays of bigram numbers (two interned word ids), so an intersection is one merge pass.
 */
import { UNICODE_SETS_GLOBAL, WORD_RUN } from '../text/normalize.ts';

export type ShingleSet = Float64Array;

/** Word ids stay below this, so two of them make one exact number. */
const WORD_LIMIT = 2 ** 24;

/** Syllables and numbers. */
const WORDS = new RegExp(WORD_RUN, UNICODE_SETS_GLOBAL);

/** The bigram set of a comparison key; a one-word text is its single word. `interner` numbers words. */
export function shingles(key: string, interner: Map<string, number>): ShingleSet {
  const words = key.match(WORDS) ?? [];
  const wordIds = words.map((w) => {
    let id = interner.get(w);
    if (id === undefined) interner.set(w, (id = interner.size % WORD_LIMIT));
    return id;
  });
  if (wordIds.length === 1) return Float64Array.of(wordIds[0]);
  const bigrams = new Float64Array(Math.max(0, wordIds.length - 1));
  for (let i = 1; i < wordIds.length; i++) bigrams[i - 1] = (wordIds[i - 1] + 1) * WORD_LIMIT + wordIds[i];
  return unique(bigrams.sort());
}

export function intersectionSize(a: ShingleSet, b: ShingleSet): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** 2·|a∩b| / (|a|+|b|): 1 for equal sets, 0 for disjoint ones (and for two empty ones). */
export function dice(a: ShingleSet, b: ShingleSet): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * intersectionSize(a, b)) / total;
}

/** The set of both blocks together, as when two paragraphs are joined. */
export function union(a: ShingleSet, b: ShingleSet): ShingleSet {
  const both = new Float64Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return unique(both.sort());
}

/** Upper bound of `dice` from sizes alone: lets callers skip pairs that cannot reach a threshold. */
export function diceBound(sizeA: number, sizeB: number): number {
  const total = sizeA + sizeB;
  return total === 0 ? 0 : (2 * Math.min(sizeA, sizeB)) / total;
}

/** A sorted array without its repeats (a view of the same memory). */
function unique(sorted: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.subarray(0, n);
}
