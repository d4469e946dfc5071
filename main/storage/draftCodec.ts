import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Byte encodings of the draft tables. Changing any of them breaks reading stored drafts: add a
 * new encoding beside the old one instead.
 */

/** Deflated bytes; level 9 because drafts are written once and read many times. */
export function pack(bytes: Uint8Array): Uint8Array {
  return deflateRawSync(bytes, { level: 9 });
}

export function unpack(bytes: Uint8Array): Uint8Array {
  return inflateRawSync(bytes);
}

/** The content address of a block: SHA-256 of its JSON text. */
export function blockHash(json: string): Uint8Array {
  return createHash('sha256').update(json).digest();
}

/**
 * A list of row ids as zigzag varint deltas, deflated. Consecutive blocks of one draft were
 * mostly stored together, so most deltas are 1 and a 1,200-block list takes a few hundred bytes.
 */
export function encodeIds(ids: readonly number[]): Uint8Array {
  const out: number[] = [];
  let previous = 0;
  for (const id of ids) {
    const delta = id - previous;
    previous = id;
    let zigzag = delta >= 0 ? delta * 2 : -delta * 2 - 1;
    while (zigzag >= 0x80) {
      out.push((zigzag % 0x80) | 0x80);
      zigzag = Math.floor(zigzag / 0x80);
    }
    out.push(zigzag);
  }
  return pack(Uint8Array.from(out));
}

export function decodeIds(packed: Uint8Array): number[] {
  const bytes = unpack(packed);
  const ids: number[] = [];
  let previous = 0;
  for (let i = 0; i < bytes.length; ) {
    let zigzag = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = bytes[i++];
      zigzag += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte & 0x80);
    previous += zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    ids.push(previous);
  }
  return ids;
}
