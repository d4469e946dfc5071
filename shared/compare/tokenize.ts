import { LETTER_RUN, UNICODE_SETS_GLOBAL, WORD_RUN } from '../text/normalize.ts';

/**
 * Splits text into the units the syllable diff works on: whitespace runs, numbers in Vietnamese
 * format ("1.234,5", "7,5", "2030" — one token each), syllables (letters and digits, so "QH15" is
 * one), and single punctuation characters. Concatenating the tokens gives the text back exactly.
 */
// The v flag (see UNICODE_SETS in normalize.ts): matches as u does here, cheaper to compile.
const TOKEN = new RegExp(String.raw`\s+|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+|[^]`, UNICODE_SETS_GLOBAL);

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const SPACE = /^\s/u;
// Searched for at the token's start; made from the shared sources, so not compiled again (see LETTER_RUN).
const WORD_START = new RegExp(WORD_RUN, UNICODE_SETS_GLOBAL);
const LETTER_START = new RegExp(LETTER_RUN, UNICODE_SETS_GLOBAL);

export function isSpace(token: string): boolean {
  return SPACE.test(token);
}

/** A syllable or a number: anything that is neither whitespace nor punctuation (it starts with a letter, mark or number). */
export function isWord(token: string): boolean {
  return token.search(WORD_START) === 0;
}

/**
 * Whether a token of tokenize is a number ("1.234,5", "2030"): a word that does not start with
 * a letter or mark, since tokenize tries numbers before syllables ("15QH" is "15" and "QH"; "QH15"
 * is one syllable). Only for tokens: "12a" is no token, and not a number.
 */
export function isNumberToken(token: string): boolean {
  return isWord(token) && token.search(LETTER_START) !== 0;
}
