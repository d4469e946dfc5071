/**
 * A key of a text with exactly the text's length, so a match found in the key is a span of the
 * text: every UTF-16 unit lower-cased and stripped of its tone mark (so "Hoà", "HÒA" and "hoa"
 * fold alike), other diacritics kept ("mục" → "muc", "tiêu" → "tiêu", "Đảng" → "đang").
 * Recognisers match keywords on the fold; where a tone tells words apart they check the match's
 * `compareKey` too (`sameWords`).
 */
import { compareKey, syllableParts } from '../text/normalize.ts';

/** Per UTF-16 unit, its fold + 1 (0: not yet computed). Filled on first sight of each unit. */
const FOLD = new Uint16Array(0x10000);

function foldUnit(unit: number): number {
  // Lower case without the tone mark, as shared/text splits a syllable for prefix search.
  const candidate = syllableParts(String.fromCharCode(unit)).bare;
  // A character whose fold is not one unit (a surrogate half, "İ") stands for itself.
  return candidate.length === 1 ? candidate.charCodeAt(0) : unit;
}

const CHUNK = 4096;

/** The fold of an NFC text: same length, same offsets. */
export function foldText(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let folded = FOLD[unit];
    if (folded === 0) folded = FOLD[unit] = foldUnit(unit) + 1;
    codes[i] = folded - 1;
  }
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  return out;
}

/** Whether `written` says `expected` modulo case and tone placement (not modulo tone). */
export function sameWords(written: string, expected: string): boolean {
  return compareKey(written) === compareKey(expected);
}
