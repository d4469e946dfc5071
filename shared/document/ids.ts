/**
 * Block ids: 10 characters from a 32-letter alphabet (50 bits). Random ids are for blocks that
 * have none; ids for duplicates are derived from the duplicated id so that every client that
 * resolves the same duplicate picks the same new id and Yjs replicas converge.
 */

/** No 0/o, 1/l: ids are read aloud and typed into the CLI. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
export const BLOCK_ID_LENGTH = 10;

/** The one Web Crypto call shared/ needs; shared/ has no DOM or Node types to declare it. */
interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/** A new random block id. */
export function newBlockId(): string {
  const crypto = (globalThis as unknown as { crypto: RandomSource }).crypto;
  const bytes = crypto.getRandomValues(new Uint8Array(BLOCK_ID_LENGTH));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}

/** cyrb53: a fast 53-bit string hash, well mixed; not cryptographic (ids are not secrets). */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The id for the `occurrence`-th duplicate (1 for the second block carrying `id`), `attempt`
 * bumped only when that id is already taken. Same inputs, same id, on every client.
 */
export function duplicateBlockId(id: string, occurrence: number, attempt = 0): string {
  let h = hash53(`${id}#${occurrence}#${attempt}`);
  let out = '';
  for (let i = 0; i < BLOCK_ID_LENGTH; i++) {
    out += ALPHABET[h % 32];
    h = Math.floor(h / 32);
  }
  return out;
}
