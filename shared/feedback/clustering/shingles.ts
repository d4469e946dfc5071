/**
 * A comment as what duplicate detection compares: its words as tone-aware syllable keys
 * (`compareKey`: "hoà" = "hòa" = "HOÀ", "hoa" apart), its exact key (the keys in order: copies
 * that differ only in case, tone placement, punctuation or spacing have one), and its set of
 * shingles (hashes of every SHINGLE consecutive keys; a shorter text is one shingle).
 */
import { compareKey } from '../../text/normalize.ts';
import { hash3, hashInts } from './hash32.ts';

/** Syllables per shingle (hash3 takes three). */
export const SHINGLE = 3;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Per UTF-16 unit: 0 not yet seen, 1 part of a word, 2 not. A clustering run reads millions of
// words; testing each distinct unit against the Unicode classes once makes the scan a table lookup.
const UNIT_KIND = new Uint8Array(0x10000);

function isWordUnit(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  let kind = UNIT_KIND[unit];
  if (kind === 0) {
    // A surrogate half is a letter when its pair is (letters beyond the BMP are rare in comments).
    const char = unit >= 0xd800 && unit <= 0xdfff ? text.slice(i, i + 2) : text[i];
    kind = WORD_CHAR.test(char) ? 1 : 2;
    if (unit < 0xd800 || unit > 0xdfff) UNIT_KIND[unit] = kind;
  }
  return kind === 1;
}

export interface Shingled {
  /** The syllable ids as one string (keyOfIds): equal for copies that differ only in case, tone placement and punctuation. */
  exactKey: string;
  /** Distinct shingle hashes, ascending. */
  shingles: Uint32Array;
}

/**
 * Numbers words by their key; one per clustering run, so ids are dense and memory bounded. Words
 * as written are found in an open-addressing table by a hash of their UTF-16 units taken while
 * scanning and compared in place, so a word seen before costs no string (a slice and a Map lookup
 * per word: the ids of 100,000 comments' words took 510–540 ms of CPU, now 410–430).
 */
export class SyllableIds {
  private readonly byKey = new Map<string, number>();
  /** Per slot, 1 + the index of a word written (0: empty). */
  private slots = new Int32Array(1 << 12);
  private words: string[] = [];
  private wordHashes: number[] = [];
  private wordIds: number[] = [];

  idsOf(text: string): number[] {
    const ids: number[] = [];
    for (let i = 0; i < text.length; ) {
      if (!isWordUnit(text, i)) {
        i++;
        continue;
      }
      const start = i;
      let h = 0x811c9dc5; // FNV-1a over the units
      while (i < text.length && isWordUnit(text, i)) h = Math.imul(h ^ text.charCodeAt(i++), 0x01000193);
      ids.push(this.idAt(text, start, i, h | 0));
    }
    return ids;
  }

  /** The id of the word text[start, end), whose hash is `h`. */
  private idAt(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at];
      if (slot === 0) break;
      const w = slot - 1;
      if (this.wordHashes[w] === h && sameUnits(this.words[w], text, start, end)) return this.wordIds[w];
    }
    const word = text.slice(start, end);
    const key = compareKey(word);
    let id = this.byKey.get(key);
    if (id === undefined) this.byKey.set(key, (id = this.byKey.size));
    this.words.push(word);
    this.wordHashes.push(h);
    this.wordIds.push(id);
    if (this.words.length * 2 > this.slots.length) this.grow();
    else this.place(this.words.length - 1);
    return id;
  }

  private place(w: number): void {
    const mask = this.slots.length - 1;
    let at = this.wordHashes[w] & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = w + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let w = 0; w < this.words.length; w++) this.place(w);
  }
}

/** Whether `word` is text[start, end). */
function sameUnits(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * Syllable ids as a string, one to one (equal strings, equal sequences), never holding U+0000 (so
 * it can separate two keys): an id under 0x7fff is one UTF-16 unit (id + 1), a larger one two
 * (the first with its top bit set, the second its low 15 bits + 1). `ids.join(' ')` wrote each id
 * out in decimal: a tenth of a clustering run's time went into those keys.
 */
export function keyOfIds(ids: readonly number[]): string {
  let key = '';
  const units: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id < 0x7fff) units.push(id + 1);
    else units.push(0x8000 | (id >>> 15), (id & 0x7fff) + 1);
    if (units.length >= 4096) {
      key += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return key + String.fromCharCode(...units);
}

export function shingle(text: string, ids: SyllableIds, seed: number): Shingled {
  const words = ids.idsOf(text);
  const exactKey = keyOfIds(words);
  if (words.length === 0) return { exactKey, shingles: new Uint32Array(0) };
  const count = Math.max(1, words.length - SHINGLE + 1);
  const hashes = new Uint32Array(count);
  if (words.length < SHINGLE) hashes[0] = hashInts(words, 0, words.length, seed);
  else for (let i = 0; i < count; i++) hashes[i] = hash3(words[i], words[i + 1], words[i + 2], seed);
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i];
  return { exactKey, shingles: hashes.subarray(0, n) };
}

/**
 * |a ∩ b| of two ascending sets; or, once it is clear that it stays below `atLeast`, some smaller
 * number (verification only asks whether a pair reaches a bound, and most candidates do not).
 */
export function overlap(a: Uint32Array, b: Uint32Array, atLeast = 0): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (n + Math.min(a.length - i, b.length - j) < atLeast) return n;
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}
