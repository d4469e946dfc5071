/**
 * MinHash signatures and LSH banding. A signature holds, for each of BANDS × ROWS hash functions
 * h_k(x) = a_k·x + b_k (mod 2³², over shingles already hashed with mix32), the least value over
 * the comment's shingles: two comments agree on a row with probability ≈ their Jaccard
 * similarity J. A band is ROWS rows hashed together; two comments become candidates when any
 * band agrees, with probability 1 − (1 − J^ROWS)^BANDS: with 20 bands of 3 rows, 0.66 at J = 0.375,
 * 0.93 at J = 0.5, 0.998 at J = 0.65 and 0.02 at J = 0.1. Candidates are then verified exactly.
 */
import { mix32, seededPairs } from './hash32.ts';

export const BANDS = 20;
export const ROWS = 3;
export const HASHES = BANDS * ROWS;

export class MinHasher {
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;

  constructor(seed: number) {
    ({ a: this.a, b: this.b } = seededPairs(HASHES, seed));
  }

  /** Writes the signature of `shingles` at `out[offset … offset + HASHES)`. */
  sign(shingles: Uint32Array, out: Uint32Array, offset: number): void {
    const { a, b } = this;
    out.fill(0xffffffff, offset, offset + HASHES);
    for (let s = 0; s < shingles.length; s++) {
      const x = shingles[s];
      for (let k = 0; k < HASHES; k++) {
        const v = (Math.imul(a[k], x) + b[k]) >>> 0;
        if (v < out[offset + k]) out[offset + k] = v;
      }
    }
  }
}

/** The key of band `band` of the signature at `offset`. */
export function bandKey(signatures: Uint32Array, offset: number, band: number): number {
  let h = mix32(band + 1);
  for (let r = 0; r < ROWS; r++) h = mix32(h ^ signatures[offset + band * ROWS + r]);
  return h;
}
