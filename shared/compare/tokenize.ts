import { UNICODE_SETS, UNICODE_SETS_GLOBAL } from '../text/normalize.ts';

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
const WORD = new RegExp(String.raw`^[\p{L}\p{M}\p{N}]`, UNICODE_SETS);
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;

export function isSpace(token: string): boolean {
  return SPACE.test(token);
}

/** A syllable or a number: anything that is neither whitespace nor punctuation. */
export function isWord(token: string): boolean {
  return WORD.test(token);
}

export function isNumberToken(token: string): boolean {
  return NUMBER.test(token);
}
