/**
 * The text of a CSV or .txt file: UTF-8 (with or without its BOM) or UTF-16 with its BOM, which
 * is what Excel's "Unicode text" writes. Anything else (Windows-1258, TCVN3) is refused with a
 * sentence saying how to save it again, rather than decoded by a guess that garbles the tones.
 */
import { feedbackEncoding } from '../../../shared/feedback/feedbackErrors.ts';

export function decodeText(bytes: Uint8Array, fileName: string): string {
  const label = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    // TextDecoder drops the BOM of its own encoding.
    return new TextDecoder(label, { fatal: true }).decode(bytes).normalize('NFC');
  } catch {
    throw feedbackEncoding(fileName);
  }
}
