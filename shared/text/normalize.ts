/**
 * Vietnamese text keys.
 *
 * What is stored and displayed is NFC and never rewritten. What is compared and searched is a
 * key that ignores case and where a tone mark sits inside a syllable: "hoà" and "hòa",
 * "uỷ" and "ủy", "HOÀ" and "hoà" all have one key. Other diacritics (â ă ê ô ơ ư đ) stay
 * significant: "ma" and "mà" and "mả" are different words.
 */

/** The five Vietnamese tone marks as combining characters (NFD). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/**
 * The flags of a pattern whose classes join Unicode properties ("[\p{L}\p{M}]"): v instead of u.
 * Without the i flag and without v's own syntax (set operations, \q{…}, properties of strings)
 * both match exactly the same, but V8 builds such a class a third cheaper with v (u merges the
 * properties' ranges one by one): each of the comparison's patterns costs 1–2 ms to compile in a
 * fresh `vankien compare`, which runs 11 M of its 560 M instructions less with v.
 * Written with new RegExp, as TypeScript takes a v literal only when targeting ES2024.
 */
export const UNICODE_SETS = 'v';
export const UNICODE_SETS_GLOBAL = 'gv';

/**
 * Runs of letters and marks, and of letters, marks and numbers. The patterns that test text
 * against these classes are made from these sources with UNICODE_SETS_GLOBAL, so V8, whose
 * compilation cache is keyed by source and flags, builds each class once per process instead
 * of once per pattern (5–9 M instructions each in a fresh `vankien compare`).
 */
export const LETTER_RUN = String.raw`[\p{L}\p{M}]+`;
export const WORD_RUN = String.raw`[\p{L}\p{M}\p{N}]+`;

/** A syllable: letters with their combining marks, as they appear after NFD. */
const SYLLABLE = new RegExp(LETTER_RUN, UNICODE_SETS_GLOBAL);

/** Text as we store it: Unicode NFC. */
export function toNFC(text: string): string {
  return text.normalize('NFC');
}

/**
 * The comparison key of one syllable: lower case, tone mark removed and appended at the end
 * (so its original position no longer matters), recomposed to NFC.
 */
function syllableKey(syllable: string): string {
  const tones = syllable.match(TONE_MARKS);
  const bare = syllable.replace(TONE_MARKS, '');
  return (bare + (tones ? tones[0] : '')).normalize('NFC');
}

/**
 * One syllable split for prefix search: lower case without its tone mark (NFC), and the tone
 * mark (combining, '' when none). `compareKey(s)` is `bare` with `tone` appended, recomposed.
 */
export function syllableParts(syllable: string): { bare: string; tone: string } {
  const lower = syllable.normalize('NFD').toLowerCase();
  const tones = lower.match(TONE_MARKS);
  return { bare: lower.replace(TONE_MARKS, '').normalize('NFC'), tone: tones ? tones[0] : '' };
}

/** The comparison key of a text: case- and tone-placement-insensitive, whitespace collapsed. */
export function compareKey(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(SYLLABLE, syllableKey)
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A looser key for search-as-you-type: every diacritic dropped, đ → d, lower case. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
