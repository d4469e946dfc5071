/**
 * A comment as what duplicate detection compares: its words as tone-aware syllable keys
 * (`compareKey`: "hoà" = "hòa" = "HOÀ", "hoa" apart), its exact key (the keys in order: copies
 * that differ only in case, tone placement, punctuation or spacing have one), and its set of
 * shingles (hashes of every SHINGLE consecutive keys; a shorter text is one shingle).
 */
import { compareKey } from '../../text/normalize.ts';
import { hashInts } from './hash32.ts';

export const SHINGLE = 3;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface Shingled {
  /** The syllable ids joined: equal for copies that differ only in case, tone placement and punctuation. */
  exactKey: string;
  /** Distinct shingle hashes, ascending. */
  shingles: Uint32Array;
}

/** Numbers words by their key; one per clustering run, so ids are dense and memory bounded. */
export class SyllableIds {
  private readonly byWord = new Map<string, number>();
  private readonly byKey = new Map<string, number>();

  idsOf(text: string): number[] {
    const ids: number[] = [];
    for (const [word] of text.matchAll(WORD)) {
      let id = this.byWord.get(word);
      if (id === undefined) {
        const key = compareKey(word);
        id = this.byKey.get(key);
        if (id === undefined) this.byKey.set(key, (id = this.byKey.size));
        this.byWord.set(word, id);
      }
      ids.push(id);
    }
    return ids;
  }
}

export function shingle(text: string, ids: SyllableIds, seed: number): Shingled {
  const words = ids.idsOf(text);
  const exactKey = words.join(' ');
  if (words.length === 0) return { exactKey, shingles: new Uint32Array(0) };
  const count = Math.max(1, words.length - SHINGLE + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = hashInts(words, i, Math.min(words.length, i + SHINGLE), seed);
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i];
  return { exactKey, shingles: hashes.subarray(0, n) };
}

/** |a ∩ b| of two ascending sets. */
export function overlap(a: Uint32Array, b: Uint32Array): number {
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
