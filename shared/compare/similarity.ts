/**
 * Word-overlap similarity of blocks: the Dice coefficient of their sets of syllable bigrams
 * (taken from the comparison key, so tone placement and case do not lower it). Sets are sorted
 * arrays of interned bigram ids, so an intersection is one merge pass.
 */
export type ShingleSet = Int32Array;

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

/** The bigram set of a comparison key; a one-word text is its single word. */
export function shingles(key: string, interner: Map<string, number>): ShingleSet {
  const words = key.match(WORDS) ?? [];
  const ids = new Set<number>();
  const add = (s: string) => {
    let id = interner.get(s);
    if (id === undefined) interner.set(s, (id = interner.size));
    ids.add(id);
  };
  if (words.length === 1) add(words[0]);
  for (let i = 1; i < words.length; i++) add(`${words[i - 1]} ${words[i]}`);
  return Int32Array.from(ids).sort();
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
  return Int32Array.from(new Set([...a, ...b])).sort();
}

/** Upper bound of `dice` from sizes alone: lets callers skip pairs that cannot reach a threshold. */
export function diceBound(sizeA: number, sizeB: number): number {
  const total = sizeA + sizeB;
  return total === 0 ? 0 : (2 * Math.min(sizeA, sizeB)) / total;
}
