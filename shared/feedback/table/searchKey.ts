/**
 * Search in the feedback table, insensitive to case and to where a tone mark sits ("hoà" finds
 * "hòa" and "HOÀ"), as the project's compare keys are (shared/text/normalize.ts), and as strict
 * about the tone itself: "hoà" does not find "hóa" (văn hóa), a query typed without tones ("hoa")
 * finds every tone, as a person typing without them expects. Other diacritics always count
 * ("mua" never finds "mưa"). A key is the text lower-cased in NFD with each syllable's tone mark
 * moved to the syllable's end and runs of white space made one space; a query's terms are keyed
 * alike, and an item matches when its key contains every term (so a term is also a prefix).
 */

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const isTone = (c: number) => c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f;

export function searchKey(text: string): string {
  const s = text.normalize('NFD').toLowerCase();
  let out = '';
  let tone = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isTone(c)) {
      tone = s[i];
      continue;
    }
    // ASCII letters and combining marks are the common case; other letters ask the regex.
    if ((c >= 97 && c <= 122) || (c >= 0x300 && c <= 0x36f) || (c > 127 && !isSpace(c) && LETTER_OR_MARK.test(s[i]))) {
      out += s[i];
      space = false;
      continue;
    }
    out += tone;
    tone = '';
    if (isSpace(c)) {
      if (!space) out += ' ';
      space = true;
      continue;
    }
    space = false;
    out += s[i];
  }
  return out + tone;
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
