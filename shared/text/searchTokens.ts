import { compareKey, foldKey, syllableParts } from './normalize.ts';

/**
 * Text cut into search tokens: syllables (letters with their marks), runs of white space and
 * single other characters (digits, punctuation). Search compares tokens by key, so a match
 * always starts and ends on token boundaries and maps back to the text syllable by syllable —
 * a syllable's key can be longer than the syllable ("hoàng" → "hoang" + a grave accent that
 * cannot compose), so character offsets inside a key mean nothing in the text.
 */

export const SYLLABLE = 0;
export const SPACE = 1;
export const OTHER = 2;
/** Stands where text is interrupted (a hard break, a footnote marker): no match crosses it. */
export const BARRIER = 3;

export interface SearchTokens {
  kinds: number[];
  /** Offsets of each token in the tokenised text. */
  starts: number[];
  ends: number[];
  /** What search needs of each syllable (null for other tokens). */
  infos: (SyllableInfo | null)[];
  /** Tone-placement- and case-insensitive keys (`compareKey`); ' ' for white space. */
  keys: string[];
  /** Keys with every diacritic dropped (`foldKey`), made on first use. */
  folds?: string[];
}

/** What search needs of one syllable, computed once per distinct spelling. */
export interface SyllableInfo {
  key: string;
  fold: string;
  /** Lower case without the tone mark (NFC), and the tone mark ('' when none): for prefixes. */
  bare: string;
  tone: string;
}

const LETTER = /^[\p{L}\p{M}]$/u;
const WHITE = /^\s$/u;
// 1 + the kind of every UTF-16 code unit seen so far (0: not yet classified), so tokenising a
// long document tests each distinct character against the Unicode classes once.
const UNIT_KIND = new Uint8Array(0x10000);
const UNKNOWN = 0;

// A report has a few thousand distinct syllables; the bound only guards against pathological text.
const infoCache = new Map<string, SyllableInfo>();
const CACHE_LIMIT = 200_000;

export function syllableInfo(syllable: string): SyllableInfo {
  let info = infoCache.get(syllable);
  if (!info) {
    if (infoCache.size >= CACHE_LIMIT) infoCache.clear();
    info = { key: compareKey(syllable), fold: foldKey(syllable), ...syllableParts(syllable) };
    infoCache.set(syllable, info);
  }
  return info;
}

export function emptyTokens(): SearchTokens {
  return { kinds: [], starts: [], ends: [], infos: [], keys: [] };
}

/** Appends the tokens of `text` (NFC), whose first character is at `offset`. */
export function appendTokens(tokens: SearchTokens, text: string, offset: number): void {
  let start = 0;
  let kind = -1;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    const width = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1; // a surrogate pair
    const next = kindAt(text, i, width);
    // Syllables and white space run on; every other character is a token of its own.
    if (next !== kind || next === OTHER) {
      if (i > start) push(tokens, kind, text.slice(start, i), offset + start);
      start = i;
      kind = next;
    }
    i += width;
  }
  if (text.length > start) push(tokens, kind, text.slice(start), offset + start);
}

/** The kind of the character of `width` code units at `i`. */
function kindAt(text: string, i: number, width: number): number {
  const unit = text.charCodeAt(i);
  if (width === 1 && UNIT_KIND[unit] !== UNKNOWN) return UNIT_KIND[unit] - 1;
  const char = text.slice(i, i + width);
  const kind = LETTER.test(char) ? SYLLABLE : WHITE.test(char) ? SPACE : OTHER;
  if (width === 1) UNIT_KIND[unit] = kind + 1;
  return kind;
}

function push(tokens: SearchTokens, kind: number, piece: string, start: number): void {
  const info = kind === SYLLABLE ? syllableInfo(piece) : null;
  tokens.kinds.push(kind);
  tokens.starts.push(start);
  tokens.ends.push(start + piece.length);
  tokens.infos.push(info);
  tokens.keys.push(info ? info.key : kind === SPACE ? ' ' : piece);
}

export function appendBarrier(tokens: SearchTokens, offset: number): void {
  if (tokens.kinds.length === 0 || tokens.kinds[tokens.kinds.length - 1] === BARRIER) return;
  tokens.kinds.push(BARRIER);
  tokens.starts.push(offset);
  tokens.ends.push(offset);
  tokens.infos.push(null);
  tokens.keys.push('');
}

/** The keys to compare with: `keys`, or the diacritic-free keys. */
export function keysOf(tokens: SearchTokens, ignoreDiacritics: boolean): string[] {
  if (!ignoreDiacritics) return tokens.keys;
  tokens.folds ??= tokens.infos.map((info, i) => (info ? info.fold : tokens.keys[i]));
  return tokens.folds;
}
