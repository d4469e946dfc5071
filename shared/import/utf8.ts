/**
 * Strict UTF-8 decoding for imported text files. A file that is not valid UTF-8 (Windows-1258,
 * TCVN3 saved as text, UTF-16 without a byte-order mark) is refused, never guessed at: a wrong
 * guess would silently corrupt every accented letter. A UTF-8 byte-order mark is removed;
 * UTF-16 with a byte-order mark is decoded, since the mark makes it unambiguous.
 */
import { notUtf8 } from './importErrors.ts';

/** The platform decoder (Node and browsers both have it); shared/ has no DOM or Node types. */
interface Decoder {
  decode(bytes: Uint8Array): string;
}
declare const TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => Decoder;

function decodeWith(label: string, bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw notUtf8(fileName);
  }
}

/** True when bytes look like UTF-16 text without a mark: many zero bytes at even or odd offsets. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n >= 4 && zeros * 4 >= n;
}

/** Decodes a text file; throws `file_not_utf8` when it is not UTF-8 (or UTF-16 with a BOM). */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3), fileName);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), fileName);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), fileName);
  // NUL bytes are valid UTF-8 but never occur in a real text file: they mean UTF-16 without a mark.
  if (looksUtf16(bytes)) throw notUtf8(fileName);
  return decodeWith('utf-8', bytes, fileName);
}
