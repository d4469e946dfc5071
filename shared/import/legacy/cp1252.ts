/**
 * How a legacy 8-bit font's bytes arrive in a .docx. Word stores text in a .VnTime or VNI-Times
 * run as the Unicode characters that Windows-1252 gives those bytes: 0xB5 as "µ", 0x80 as "€".
 * `byteOf` undoes that, so the TCVN3 and VNI tables can be written by byte value.
 */

/** Windows-1252 characters for bytes 0x80–0x9F (the five undefined bytes map to themselves). */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const BYTE_OF = new Map<number, number>(HIGH.map((code, i) => [code, 0x80 + i]));

/** The byte a character stands for in a legacy font run, or -1 when it is not an 8-bit character. */
export function byteOf(code: number): number {
  if (code < 0x80) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  if (code >= 0x80 && code < 0xa0) return HIGH[code - 0x80] === code ? code : -1;
  return BYTE_OF.get(code) ?? -1;
}

/** The character Word uses for a byte (the inverse of `byteOf`). */
export function charOfByte(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? HIGH[byte - 0x80] : byte);
}
