/**
 * Converts the text of a run set in a legacy 8-bit Vietnamese font to Unicode NFC, choosing the
 * table by the font's name: TCVN3 for the ABC fonts (".VnTime", capitals in ".VnTimeH"), VNI for
 * "VNI-…" fonts. Text in any other font is returned unchanged. Characters with no meaning in
 * the encoding are kept as they are, so nothing is lost.
 */
import { byteOf } from './cp1252.ts';
import { TCVN3_TO_UNICODE, isTcvn3CapitalFont, isTcvn3Font } from './tcvn3.ts';
import { VNI_LETTERS, VNI_MODIFIERS, acceptsModifier, isVniFont } from './vni.ts';

export type LegacyEncoding = 'tcvn3' | 'tcvn3-capitals' | 'vni';

/** The legacy encoding a font name implies, or null for a Unicode font. */
export function legacyEncodingOf(fontName: string | null | undefined): LegacyEncoding | null {
  if (!fontName) return null;
  if (isTcvn3Font(fontName)) return isTcvn3CapitalFont(fontName) ? 'tcvn3-capitals' : 'tcvn3';
  if (isVniFont(fontName)) return 'vni';
  return null;
}

/** TCVN3 text (as Word stores it: one character per byte) to Unicode. */
export function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = TCVN3_TO_UNICODE.get(byteOf(ch.codePointAt(0)!));
    out += mapped ?? ch;
  }
  return out;
}

/** VNI text (one character per byte) to Unicode NFC. */
export function decodeVni(text: string): string {
  let out = '';
  let base = ''; // the letter a following modifier may attach to
  for (const ch of text) {
    const byte = byteOf(ch.codePointAt(0)!);
    const modifier = VNI_MODIFIERS.get(byte);
    if (modifier && base && acceptsModifier(base, modifier.kind)) {
      out += modifier.marks;
      base = ''; // one modifier per letter
      continue;
    }
    const letter = VNI_LETTERS.get(byte);
    const decoded = letter ?? ch;
    out += decoded;
    base = letter ?? (/[a-zA-Z]/.test(ch) ? ch : '');
  }
  return out.normalize('NFC');
}

/** Converts a run's text by its font name; unchanged (but NFC) when the font is not legacy. */
export function convertLegacy(text: string, fontName: string | null | undefined): string {
  const encoding = legacyEncodingOf(fontName);
  if (encoding === 'tcvn3') return decodeTcvn3(text).normalize('NFC');
  if (encoding === 'tcvn3-capitals') return decodeTcvn3(text).toUpperCase().normalize('NFC');
  if (encoding === 'vni') return decodeVni(text);
  return text.normalize('NFC');
}
