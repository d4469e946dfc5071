/**
 * Search in the feedback table, insensitive to case and to where a tone mark sits ("hoà" finds
 * "hòa" and "HOÀ"), as the project's compare keys are (shared/text/normalize.ts), and as strict
 * about the tone itself: "hoà" does not find "hóa" (văn hóa), a query typed without tones ("hoa")
 * finds every tone, as a person typing without them expects. Other diacritics always count
 * ("mua" never finds "mưa"). A key is the text lower-cased in NFC without its tone marks, each
 * syllable's tone mark written at the syllable's end, and runs of white space made one space; a
 * query's terms are keyed alike, and an item matches when its key contains every term (so a term is also a prefix).
 */

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE = 1;
const LETTER = 2;
const SPACE = 3;
const OTHER = 4;
/**
 * Per UTF-16 unit of NFC text, filled on first sight of it (as foldText's table): its kind, and
 * for a letter its lower case without the tone mark (NFC, when that is one unit) and its tone.
 */
const KIND = new Uint8Array(0x10000);
const BARE = new Uint16Array(0x10000);
const TONE_OF = new Uint16Array(0x10000);

function learn(c: number): number {
  const ch = String.fromCharCode(c);
  let kind = OTHER;
  if (c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323) kind = TONE;
  else if (/\s/u.test(ch)) kind = SPACE;
  else if (LETTER_OR_MARK.test(ch)) kind = LETTER;
  BARE[c] = c;
  if (kind === LETTER) {
    const lower = ch.normalize('NFD').toLowerCase();
    const bare = lower.replace(TONE_MARKS, '').normalize('NFC');
    // A letter whose lower case is not one unit ("İ") stands for itself.
    if (bare.length === 1) BARE[c] = bare.charCodeAt(0);
    TONE_OF[c] = lower.match(TONE_MARKS)?.[0].charCodeAt(0) ?? 0;
  }
  return (KIND[c] = kind);
}

const CHUNK = 4096;

/**
 * The search key of a text, in one pass over its NFC units with a table per unit (kind, toneless
 * lower case, tone): the first version appended a character at a time to the text's NFD and
 * asked a regex about every non-ASCII one, 140 µs a comment, 14 s to index 100,000
 * (tests/bench/feedbackTable.bench.ts). Letters stay NFC ("ư" one unit), so "mu" is not a
 * prefix of "mưa".
 */
export function searchKey(text: string): string {
  const s = text.normalize('NFC');
  // A syllable can gain a unit (its tone written apart), never more than the text has units.
  const out = new Uint16Array(2 * s.length + 1);
  let n = 0;
  let tone = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const kind = KIND[c] || learn(c);
    if (kind === LETTER) {
      out[n++] = BARE[c];
      if (TONE_OF[c] !== 0) tone = TONE_OF[c];
      space = false;
      continue;
    }
    if (kind === TONE) {
      tone = c;
      continue;
    }
    if (tone !== 0) {
      out[n++] = tone;
      tone = 0;
    }
    if (kind === SPACE) {
      if (!space) out[n++] = 32;
      space = true;
      continue;
    }
    space = false;
    out[n++] = c;
  }
  if (tone !== 0) out[n++] = tone;
  let key = '';
  for (let i = 0; i < n; i += CHUNK) key += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return key;
}

/** The words of a key (letters, marks and digits; everything else separates them), in order. */
export function keyWords(key: string): string[] {
  const words: string[] = [];
  let from = -1;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 32;
    const kind = KIND[c] || learn(c);
    const inWord = kind === LETTER || kind === TONE || (c >= 48 && c <= 57);
    if (inWord && from < 0) from = i;
    if (!inWord && from >= 0) {
      words.push(key.slice(from, i));
      from = -1;
    }
  }
  return words;
}

/** The distinct terms of a query's key, longest first (the longest rules out most items first). */
export function searchTerms(query: string): string[] {
  const terms = new Set(searchKey(query).split(' ').filter((term) => term !== ''));
  return [...terms].sort((a, b) => b.length - a.length);
}

export function matchesTerms(key: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!key.includes(term)) return false;
  return true;
}
