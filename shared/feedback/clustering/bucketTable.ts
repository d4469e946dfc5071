/**
 * LSH buckets of one band: band key → its first two leaders, in an open-addressing table of typed
 * arrays (linear probing; band keys are already uniform hashes). On 100,000 comments × 20 bands,
 * Maps spent most of the clustering time in lookups and garbage; this table is flat memory.
 */
export class BucketTable {
  private readonly keys: Uint32Array;
  /** The leaders at each slot (−1 where none); read at `slot(key)` (leaders() without its pair allocated). */
  readonly first: Int32Array;
  readonly second: Int32Array;
  private readonly mask: number;

  /** Room for `capacity` buckets (at most half full). */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.first = new Int32Array(size).fill(-1);
    this.second = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** The slot of `key`: where it is, or the empty slot where it would go. */
  slot(key: number): number {
    let at = key & this.mask;
    while (this.first[at] !== -1 && this.keys[at] !== key) at = (at + 1) & this.mask;
    return at;
  }

  /** The bucket's leaders (−1 where none). */
  leaders(key: number): [number, number] {
    const at = this.slot(key);
    return [this.first[at], this.second[at]];
  }

  /** Adds a leader to the bucket of `key` unless it has two. */
  add(key: number, leader: number): void {
    const at = this.slot(key);
    if (this.first[at] === -1) {
      this.keys[at] = key;
      this.first[at] = leader;
    } else if (this.second[at] === -1) this.second[at] = leader;
  }
}
