import { type AlignState, keyOf, pair, unpaired } from './alignState.ts';

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
 * (comparison keys). Among equal texts, the k-th on the left takes the k-th on the right, which
 * keeps repeated texts in order.
 */
export function matchByText(state: AlignState): void {
  matchByKey(state, (side, i) => state.blocks[side][i].text);
  matchByKey(state, (side, i) => keyOf(state, side, i));
}

function matchByKey(state: AlignState, key: (side: 0 | 1, i: number) => string): void {
  const queues = new Map<string, number[]>();
  const rights = unpaired(state, 1);
  for (let n = rights.length - 1; n >= 0; n--) {
    const k = key(1, rights[n]);
    const queue = queues.get(k);
    if (queue) queue.push(rights[n]);
    else queues.set(k, [rights[n]]);
  }
  for (const l of unpaired(state, 0)) {
    const r = queues.get(key(0, l))?.pop();
    if (r !== undefined) pair(state, l, r);
  }
}
