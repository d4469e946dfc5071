import type { NumberStyle } from './scheme.ts';
import { capitalize, cardinalWords, ordinalWords } from './vietnameseWords.ts';

/** Letters of points "a)", "b)" … in the order of Vietnamese documents (đ after d; no f j w z). */
const VIETNAMESE_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function upperRoman(n: number): string {
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out || String(n);
}

/** "a" … "z", then "aa", "ab" … (bijective base 26), as Word letters a list. */
export function latinLetter(n: number): string {
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "a" … "y", then "aa", "ab" … (bijective base 23 over the Vietnamese letters). */
export function vietnameseLetter(n: number): string {
  let out = '';
  while (n > 0) {
    const digit = (n - 1) % VIETNAMESE_LETTERS.length;
    out = VIETNAMESE_LETTERS[digit] + out;
    n = Math.floor((n - 1) / VIETNAMESE_LETTERS.length);
  }
  return out;
}

/**
 * The label of counter value `n` in `style`, as the CLI prints it: "Phần thứ nhất", "II", "2",
 * "a)", "Một là", "Thứ hai", "(7)". `path` is the dotted prefix for 'decimal-path' ("2" → "2.1").
 * 'none' gives null.
 */
export function formatCounter(style: NumberStyle, n: number, path = ''): string | null {
  switch (style) {
    case 'part-words':
      return `Phần thứ ${ordinalWords(n)}`;
    case 'upper-roman':
      return upperRoman(n);
    case 'decimal':
      return String(n);
    case 'decimal-path':
      return path ? `${path}.${n}` : String(n);
    case 'lower-alpha':
      return `${vietnameseLetter(n)})`;
    case 'lower-latin':
      return `${latinLetter(n)})`;
    case 'ordinal-words':
      return `${capitalize(cardinalWords(n))} là`;
    case 'ordinal-nth':
      return `Thứ ${ordinalWords(n)}`;
    case 'paren-decimal':
      return `(${n})`;
    case 'none':
      return null;
  }
}
