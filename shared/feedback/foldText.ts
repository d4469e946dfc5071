/**
 * A key of a text with exactly the text's length, so a match found in the key is a span of the
 * text: every UTF-16 unit lower-cased and stripped of its tone mark (so "Hoà", "HÒA" and "hoa"
 * fold alike), other diacritics kept ("mục" → "muc", "tiêu" → "tiêu", "Đảng" → "đang").
 * Recognisers match keywords on the fold; where a tone tells words apart they check the match's
 * `compareKey` too (`sameWords`).
 */
import { compareKey } from '../text/normalize.ts';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const foldOfUnit = new Map<number, string>();

function foldUnit(unit: number): string {
  let folded = foldOfUnit.get(unit);
  if (folded === undefined) {
    const char = String.fromCharCode(unit);
    const candidate = char.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
    // A character whose fold is not one unit (a surrogate half, "İ") stands for itself.
    folded = candidate.length === 1 ? candidate : char;
    foldOfUnit.set(unit, folded);
  }
  return folded;
}

/** The fold of an NFC text: same length, same offsets. */
export function foldText(text: string): string {
  const parts = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // ASCII outside A–Z folds to itself: most of a comment costs one comparison per unit.
    parts[i] = unit < 0x80 && (unit < 0x41 || unit > 0x5a) ? text[i] : foldUnit(unit);
  }
  return parts.join('');
}

/** Whether `written` says `expected` modulo case and tone placement (not modulo tone). */
export function sameWords(written: string, expected: string): boolean {
  return compareKey(written) === compareKey(expected);
}
