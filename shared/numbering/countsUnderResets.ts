import { compileScheme } from './compileScheme.ts';
import { NUMBERED_KINDS, type NumberingScheme, type ResetRule, resetDepth } from './scheme.ts';

/** Kinds 0–5 are the outline's; a block of one of them has that outline depth (see numberKinds). */
const OUTLINE_KIND_COUNT = 6;

/** What numberKinds would give the labelled blocks of one kind under each of several resets. */
export interface KindCounts {
  /** counts[r][n]: the counter of the kind at its n-th labelled block when the kind restarts at resets[r]. */
  counts: Int32Array[];
  /** The 'decimal-path' prefix at the n-th labelled block ("2.1" before "2.1.3"), '' where `path` is empty. */
  prefixes: string[];
}

/**
 * The counters kind `k` reaches at its `labelled` blocks (ascending indices of blocks of kind
 * k) under every reset of `resets`, the other kinds numbered by `scheme`, in one pass: what
 * numberKinds(kinds, withRule(scheme, k, { style, reset }), k) computes for each reset, once
 * for all of them (inferring a scheme tries up to seven resets per style). The other kinds'
 * counters do not depend on k's rule, so `path` (the kinds of k's 'decimal-path' prefix) reads
 * them as `scheme` numbers them.
 */
export function countsUnderResets(kinds: Int8Array, scheme: NumberingScheme, k: number, resets: readonly ResetRule[], labelled: readonly number[], path: readonly number[]): KindCounts {
  const { restartsAt } = compileScheme(scheme);
  const depths = resets.map(resetDepth);
  const counters = new Array<number>(NUMBERED_KINDS.length).fill(0); // every kind, as `scheme` numbers them
  const mine = new Array<number>(resets.length).fill(0); // kind k, under each reset
  const counts = resets.map(() => new Int32Array(labelled.length));
  const prefixes = new Array<string>(labelled.length).fill('');
  let next = 0;
  for (let i = 0; i < kinds.length && next < labelled.length; i++) {
    const kind = kinds[i];
    if (kind < 0) continue;
    if (kind < OUTLINE_KIND_COUNT) {
      const restarted = restartsAt[kind];
      for (let r = 0; r < restarted.length; r++) counters[restarted[r]] = 0;
      if (kind !== k) for (let r = 0; r < depths.length; r++) if (depths[r] >= kind) mine[r] = 0;
    }
    counters[kind]++;
    if (kind !== k) continue;
    for (let r = 0; r < mine.length; r++) mine[r]++;
    if (i !== labelled[next]) continue;
    for (let r = 0; r < mine.length; r++) counts[r][next] = mine[r];
    let prefix = '';
    for (let p = 0; p < path.length; p++) prefix += (p ? '.' : '') + counters[path[p]];
    prefixes[next++] = prefix;
  }
  return { counts, prefixes };
}
