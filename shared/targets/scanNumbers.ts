import { parseVietnameseNumber } from './parseVietnameseNumber.ts';
import { matchUnit } from './units.ts';
import { isLetter } from './words.ts';

/** A number written in a text: a value, a part of a whole ("55/67"), or a year. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  outOf: number | null;
  isYear: boolean;
}

/** Digits with their separators, not glued to a letter or digit before ("QH15" is a name). */
const CANDIDATE = /(?<![\p{L}\p{N}])\d[\d.,/]*/gu;
const FRACTION = /^(\d+)\/(\d+)$/;

/** A candidate as a token, or null for identifiers, dates and enumerators. */
function toToken(text: string, start: number, raw: string): NumberToken | null {
  const end = start + raw.length;
  if (text[start - 1] === '(' && text[end] === ')') return null; // an enumerator "(1)"
  if (text[end] === '/' && isLetter(text[end + 1]) && raw.includes('/')) return null; // "226/2025/QH15"
  if (isLetter(text[end]) && matchUnit(text, end) === null) return null; // "5G", "3D"
  const fraction = raw.match(FRACTION);
  if (fraction) return { start, end, value: Number(fraction[1]), outOf: Number(fraction[2]), isYear: false };
  const value = parseVietnameseNumber(raw);
  if (value === null) return null; // "1.1", "26/9/2025"
  // A bare four-digit number in this range is a year: Vietnamese writes 2.000 for a quantity.
  const isYear = /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100 && matchUnit(text, end)?.unit !== '%';
  return { start, end, value, outOf: null, isYear };
}

/** Every number in `text`, in order. Trailing separators are punctuation ("35%." "2030,"). */
export function scanNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const raw = match[0].replace(/[.,/]+$/, '');
    const token = toToken(text, match.index, raw);
    if (token) tokens.push(token);
  }
  return tokens;
}
