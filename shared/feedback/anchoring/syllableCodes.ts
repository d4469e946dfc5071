/**
 * Texts as strings of syllable codes: each word (syllable or number) becomes one UTF-16 unit
 * standing for its `compareKey`, so "hoà" and "HÒA" have one code and "hoa" another (tone-aware,
 * placement-blind). Approximate matching then counts errors in syllables, not in characters, and
 * works on strings five times shorter. Codes are numbered by one `SyllableCoder`, made for a
 * draft: a comment's words the draft does not have get UNKNOWN, which matches nothing.
 */
import { compareKey } from '../../text/normalize.ts';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const FIRST_CODE = 0x100;
/** Code units that are not surrogate halves; beyond them, words share codes (harmless collisions). */
const CODE_COUNT = 0x10000 - FIRST_CODE - 0x800 - 1;
export const UNKNOWN = '\uffff';

export class SyllableCoder {
  private readonly byKey = new Map<string, string>();
  private readonly byWord = new Map<string, string>();

  /** The codes of `text`; new words are given codes (`grow`) or UNKNOWN. */
  encode(text: string, grow: boolean): string {
    let out = '';
    for (const [word] of text.matchAll(WORD)) out += this.codeOf(word, grow);
    return out;
  }

  private codeOf(word: string, grow: boolean): string {
    const known = this.byWord.get(word);
    if (known !== undefined) return known;
    const key = compareKey(word);
    let code = this.byKey.get(key);
    if (code === undefined) {
      if (!grow) return UNKNOWN;
      const n = this.byKey.size % CODE_COUNT;
      code = String.fromCharCode(FIRST_CODE + n + (FIRST_CODE + n >= 0xd800 ? 0x800 : 0));
      this.byKey.set(key, code);
    }
    // Spellings are few per key, but a hostile draft could have many: bound the memo.
    if (this.byWord.size < 500_000) this.byWord.set(word, code);
    return code;
  }
}

/** The distinct syllable bigrams of a code string (a one-word text: its word), as numbers. */
export function bigramsOf(codes: string): number[] {
  if (codes.length === 1) return codes === UNKNOWN ? [] : [codes.charCodeAt(0)];
  const out = new Set<number>();
  for (let i = 1; i < codes.length; i++) {
    if (codes[i] === UNKNOWN || codes[i - 1] === UNKNOWN) continue;
    out.add(codes.charCodeAt(i - 1) * 0x10000 + codes.charCodeAt(i));
  }
  return [...out];
}
