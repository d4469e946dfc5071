/**
 * Seeded 32-bit hashing for shingles and MinHash: murmur3's finaliser over integers. The same
 * seed always gives the same hashes, so clustering is deterministic from run to run and machine
 * to machine.
 */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of a sequence of integers (syllable ids), from `seed`. */
export function hashInts(ints: ArrayLike<number>, from: number, to: number, seed: number): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) h = mix32(h ^ Math.imul(ints[i] + 1, 0x9e3779b1));
  return mix32(h ^ (to - from));
}

/** The hash of three integers (a shingle of three syllable ids) from `seed`: one finaliser round. */
export function hash3(a: number, b: number, c: number, seed: number): number {
  return mix32(Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(c + 1, 0xc2b2ae3d) ^ seed);
}
