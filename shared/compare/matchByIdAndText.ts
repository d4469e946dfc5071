import { type AlignState, type Side, UNPAIRED, keyOf, pair, unpaired } from './alignState.ts';
import { ADD, DROP, KEEP, diffIds } from './myers.ts';

/**
 * Pairs blocks that carry the same id on both sides (the first block with an id wins, as
 * duplicates are resolved in documents). Ids survive edits, so this pairs most blocks of two
 * drafts of one document, edited or not.
 */
export function matchById(state: AlignState): void {
  const [left, right] = state.blocks;
  const rightById = new Map<string, number>();
  for (let r = right.length - 1; r >= 0; r--) if (right[r].id) rightById.set(right[r].id, r);
  const seen = new Set<string>();
  for (let l = 0; l < left.length; l++) {
    const id = left[l].id;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const r = rightById.get(id);
    if (r !== undefined) pair(state, l, r);
  }
}

/**
 * Pairs still unpaired blocks whose texts are equal, first exactly, then up to orthography
 * (comparison keys). Equal texts that keep their order are paired first (a longest common
 * subsequence of the two sides), so a sentence that also turns up elsewhere (the part of a split,
 * a quotation) does not steal the pairing of the block that stayed in place; equal texts out of
 * order are paired next, the k-th on the left with the k-th on the right.
 */
export function matchByText(state: AlignState): void {
  matchByKey(state, (side, i) => state.blocks[side][i].text);
  matchByKey(state, (side, i) => keyOf(state, side, i));
}

function matchByKey(state: AlignState, key: (side: Side, i: number) => string): void {
  const lefts = unpaired(state, 0);
  const rights = unpaired(state, 1);
  const ids = new Map<string, number>();
  const idOf = (side: Side, i: number) => {
    const k = key(side, i);
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  };
  const leftIds = Int32Array.from(lefts, (l) => idOf(0, l));
  const rightIds = Int32Array.from(rights, (r) => idOf(1, r));
  let p = 0;
  let q = 0;
  for (const step of diffIds(leftIds, rightIds)) {
    if (step === KEEP) pair(state, lefts[p], rights[q]);
    if (step !== ADD) p++;
    if (step !== DROP) q++;
  }
  pairInOrder(state, leftIds, rightIds, lefts, rights);
}

function pairInOrder(state: AlignState, leftIds: Int32Array, rightIds: Int32Array, lefts: number[], rights: number[]): void {
  const queues = new Map<number, number[]>();
  for (let n = rights.length - 1; n >= 0; n--) {
    if (state.to[1][rights[n]] !== UNPAIRED) continue;
    const queue = queues.get(rightIds[n]);
    if (queue) queue.push(rights[n]);
    else queues.set(rightIds[n], [rights[n]]);
  }
  for (let n = 0; n < lefts.length; n++) {
    if (state.to[0][lefts[n]] !== UNPAIRED) continue;
    const r = queues.get(leftIds[n])?.pop();
    if (r !== undefined) pair(state, lefts[n], r);
  }
}
