/**
 * One comment's shingle set held in a small open-addressing table, so that verifying it against
 * each candidate leader probes the leader's shingles instead of merging two sorted arrays: a
 * comment is verified against up to 40 leaders, and the merge walked both sets every time. A
 * generation stamp per slot empties the table in O(1) for the next comment.
 */
export class ShingleProbe {
  private keys = new Uint32Array(1024);
  private stamps = new Int32Array(1024);
  private generation = 0;
  private mask = 0;

  /** Holds `set` (distinct hashes) until the next call. */
  hold(set: Uint32Array): void {
    let size = 16;
    while (size < set.length * 2) size *= 2;
    if (size > this.keys.length) {
      this.keys = new Uint32Array(size);
      this.stamps = new Int32Array(size);
      this.generation = 0;
    }
    const { keys, stamps } = this;
    const generation = ++this.generation;
    const mask = (this.mask = size - 1);
    for (let i = 0; i < set.length; i++) {
      const h = set[i];
      let at = (h ^ (h >>> 15)) & mask;
      while (stamps[at] === generation && keys[at] !== h) at = (at + 1) & mask;
      keys[at] = h;
      stamps[at] = generation;
    }
  }

  /**
   * |held ∩ other| exactly; or, once it is clear that it stays below `atLeast`, some smaller
   * number (as `overlap`).
   */
  overlap(other: Uint32Array, atLeast = 0): number {
    return this.overlapRange(other, 0, other.length, atLeast);
  }

  /** The same of the set pool[from … to) (sets laid end to end in one array). */
  overlapRange(pool: Uint32Array, from: number, to: number, atLeast = 0): number {
    const { keys, stamps, generation, mask } = this;
    let n = 0;
    for (let j = from; j < to; j++) {
      if (n + to - j < atLeast) return n;
      const h = pool[j];
      let at = (h ^ (h >>> 15)) & mask;
      while (stamps[at] === generation) {
        if (keys[at] === h) {
          n++;
          break;
        }
        at = (at + 1) & mask;
      }
    }
    return n;
  }
}
