/**
 * The inverse of the legacy decoders: Unicode text as Word would store it in a .VnTime,
 * .VnTimeH or VNI-Times run. Used to build test fixtures and to check that the tables round
 * trip; derived from the same tables, so the two directions cannot drift apart.
 */
import { byteOf, charOfByte } from './cp1252.ts';
import { UNICODE_TO_TCVN3 } from './tcvn3.ts';
import { VNI_LETTERS, VNI_MODIFIERS, acceptsModifier } from './vni.ts';
import { decodeVni } from './convertLegacy.ts';

/** Unicode → TCVN3 for the normal fonts. Throws a RangeError for a letter the font cannot show. */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const byte = UNICODE_TO_TCVN3.get(ch);
    if (byte !== undefined) out += charOfByte(byte);
    else if (passesThrough(ch)) out += ch;
    else throw new RangeError(`TCVN3 normal fonts have no byte for “${ch}”`);
  }
  return out;
}

/** Unicode → TCVN3 for the capital fonts (.VnTimeH): written in lower case, drawn in capitals. */
export function encodeTcvn3Capitals(text: string): string {
  return encodeTcvn3(text.toLowerCase());
}

/** ASCII, the Windows-1252 punctuation at 0x80–0x9F (“ ” – …) and the no-break space: both encodings leave them alone. */
function passesThrough(ch: string): boolean {
  const byte = byteOf(ch.codePointAt(0)!);
  return byte >= 0 && byte <= 0xa0;
}

let vniTable: Map<string, string> | null = null;

/** Every letter VNI can write, with its shortest byte sequence, found by decoding candidates. */
function vniEncodingTable(): Map<string, string> {
  if (vniTable) return vniTable;
  const table = new Map<string, string>();
  // Single-byte letters first: VNI writes ỵ as "î", not "yï".
  const bases = [...[...VNI_LETTERS.keys()].map(charOfByte), ...'aeiouyAEIOUYdD'];
  for (const base of bases) {
    const single = decodeVni(base);
    if (!table.has(single)) table.set(single, base);
    for (const [byte, modifier] of VNI_MODIFIERS) {
      const isUpperByte = byte < 0xe0;
      if (isUpperByte !== (base === base.toUpperCase())) continue;
      if (!acceptsModifier(single, modifier.kind)) continue;
      const seq = base + charOfByte(byte);
      const decoded = decodeVni(seq);
      if ([...decoded].length === 1 && !table.has(decoded)) table.set(decoded, seq);
    }
  }
  vniTable = table;
  return table;
}

/** Unicode → VNI Windows. Throws a RangeError for a non-ASCII character VNI cannot write. */
export function encodeVni(text: string): string {
  const table = vniEncodingTable();
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const seq = table.get(ch);
    if (seq !== undefined) out += seq;
    else if (passesThrough(ch)) out += ch;
    else throw new RangeError(`VNI has no encoding for “${ch}”`);
  }
  return out;
}
