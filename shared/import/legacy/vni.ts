/**
 * VNI Windows (fonts "VNI-Times", "VNI-Helve" …). A letter is a base byte followed by at most
 * one modifier byte: "aø" = à, "aâ" = â, "aà" = ầ, "aê" = ă, "aë" = ặ. A few letters are one
 * byte of their own: ô = ơ, ö = ư, ñ = đ, and the tonal i (ì í æ ó ò) and ỵ (î). Lower-case
 * modifier bytes follow lower-case letters and upper-case ones capitals; we accept either.
 */

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';

/** Single-byte letters: byte → letter (lower, upper pairs). */
const LETTERS: [number, string][] = [
  [0xf4, 'ơ'], [0xd4, 'Ơ'], [0xf6, 'ư'], [0xd6, 'Ư'], [0xf1, 'đ'], [0xd1, 'Đ'],
  [0xec, 'ì'], [0xcc, 'Ì'], [0xed, 'í'], [0xcd, 'Í'], [0xe6, 'ỉ'], [0xc6, 'Ỉ'],
  [0xf3, 'ĩ'], [0xd3, 'Ĩ'], [0xf2, 'ị'], [0xd2, 'Ị'], [0xee, 'ỵ'], [0xce, 'Ỵ'],
];

/** Modifier bytes: byte → the combining marks they add; which bases accept them. */
type ModifierKind = 'tone' | 'circ' | 'breve';
const MODIFIERS: [number, number, string, ModifierKind][] = [
  // lower byte, upper byte, marks, kind
  [0xf8, 0xd8, GRAVE, 'tone'],
  [0xf9, 0xd9, ACUTE, 'tone'],
  [0xfb, 0xdb, HOOK, 'tone'],
  [0xf5, 0xd5, TILDE, 'tone'],
  [0xef, 0xcf, DOT, 'tone'],
  [0xe2, 0xc2, CIRC, 'circ'],
  [0xe0, 0xc0, CIRC + GRAVE, 'circ'],
  [0xe1, 0xc1, CIRC + ACUTE, 'circ'],
  [0xe5, 0xc5, CIRC + HOOK, 'circ'],
  [0xe3, 0xc3, CIRC + TILDE, 'circ'],
  [0xe4, 0xc4, CIRC + DOT, 'circ'],
  [0xea, 0xca, BREVE, 'breve'],
  [0xe8, 0xc8, BREVE + GRAVE, 'breve'],
  [0xe9, 0xc9, BREVE + ACUTE, 'breve'],
  [0xfa, 0xda, BREVE + HOOK, 'breve'],
  [0xfc, 0xdc, BREVE + TILDE, 'breve'],
  [0xeb, 0xcb, BREVE + DOT, 'breve'],
];

/** VNI single-byte letters (byte → NFC letter). */
export const VNI_LETTERS: ReadonlyMap<number, string> = new Map(LETTERS);

/** VNI modifier bytes (byte → marks and the kind of base they attach to). */
export const VNI_MODIFIERS: ReadonlyMap<number, { marks: string; kind: ModifierKind }> = new Map(
  MODIFIERS.flatMap(([lo, up, marks, kind]) => [
    [lo, { marks, kind }],
    [up, { marks, kind }],
  ]),
);

/** Which modifier kinds a base letter (already decoded, NFC) accepts. */
export function acceptsModifier(base: string, kind: ModifierKind): boolean {
  const lower = base.toLowerCase();
  if (kind === 'tone') return 'aeouyơư'.includes(lower);
  if (kind === 'circ') return 'aeo'.includes(lower);
  return lower === 'a';
}

/** True for the VNI fonts: "VNI-Times", "VNI-Helve", "VNI Times" … */
export function isVniFont(font: string): boolean {
  return /^vni[-\s]/i.test(font.trim());
}
