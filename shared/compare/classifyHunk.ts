import { isNumberToken, isWord, tokenize } from './tokenize.ts';
import type { ChangeClass } from './types.ts';
import { parseVnNumber } from './vnNumber.ts';
import { type KeyMemo, runKey } from './textKey.ts';

/**
 * The class of one replaced stretch of text (`removed` on the left became `added` on the right):
 * - punctuation: the same words in the same order, only punctuation, spacing, a unit sign such as
 *   "%" or the way a number is written differ ("47 - 48%" → "47% - 48%", "05" → "5");
 * - orthography: the same words up to tone-mark placement, case and Unicode form;
 * - number: the same non-numeric words, but some number has another value ("200 - 220" → "220");
 * - substantive: anything else.
 */
export function classifyHunk(removed: string, added: string, memo: KeyMemo = new Map()): ChangeClass {
  const a = tokenize(removed);
  const b = tokenize(added);
  const wordsA = a.filter(isWord);
  const wordsB = b.filter(isWord);
  if (sameList(wordsA, wordsB)) return 'punctuation';
  const keysA = wordsA.map((w) => runKey(w, memo));
  const keysB = wordsB.map((w) => runKey(w, memo));
  if (sameList(keysA, keysB)) {
    return sameList(a.filter(notWord), b.filter(notWord)) ? 'orthography' : 'punctuation';
  }
  const lettersA = keysA.filter((_, i) => !isNumberToken(wordsA[i]));
  const lettersB = keysB.filter((_, i) => !isNumberToken(wordsB[i]));
  if (!sameList(lettersA, lettersB)) return 'substantive';
  const valuesA = wordsA.filter(isNumberToken).map(parseVnNumber);
  const valuesB = wordsB.filter(isNumberToken).map(parseVnNumber);
  return sameList(valuesA, valuesB) ? 'punctuation' : 'number';
}

function notWord(token: string): boolean {
  return !isWord(token);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
