import { type AlignState, UNPAIRED } from './alignState.ts';

/**
 * One aligned unit: blocks of the left side and of the right side that are versions of each
 * other. One-to-one for most blocks; [l] → [r0, r1] for a split; [l0, l1] → [r] for a merge.
 * Indices are ascending. `moved` is true when the group is out of order relative to the others.
 */
export interface Group {
  left: number[];
  right: number[];
  moved: boolean;
}

/** The groups of a finished alignment, in left document order, with moves marked. */
export function groupsOf(state: AlignState): Group[] {
  const [toRight, toLeft] = state.to;
  const byLeft = new Map<number, Group>(); // keyed by the group's primary left block
  for (let l = 0; l < toRight.length; l++) {
    const r = toRight[l];
    if (r !== UNPAIRED && toLeft[r] === l) byLeft.set(l, { left: [l], right: [r], moved: false });
  }
  for (let r = 0; r < toLeft.length; r++) {
    const l = toLeft[r];
    if (l !== UNPAIRED && toRight[l] !== r) byLeft.get(l)?.right.push(r); // split part
  }
  for (let l = 0; l < toRight.length; l++) {
    const r = toRight[l];
    if (r !== UNPAIRED && toLeft[r] !== l) byLeft.get(toLeft[r])?.left.push(l); // merged part
  }
  const groups = [...byLeft.values()];
  for (const g of groups) {
    g.left.sort((a, b) => a - b);
    g.right.sort((a, b) => a - b);
  }
  groups.sort((a, b) => a.left[0] - b.left[0]);
  markMoves(groups);
  return groups;
}

/**
 * Marks as moved every group not on a longest increasing run of right positions (taken in left
 * order): the largest set of blocks that kept their relative order stays put, the rest moved.
 */
function markMoves(groups: Group[]): void {
  const n = groups.length;
  const tails: number[] = []; // tails[k]: group index ending the best increasing run of length k+1
  const prev = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = groups[i].right[0];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (groups[tails[mid]].right[0] < r) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  for (const g of groups) g.moved = true;
  for (let i = tails.length ? tails[tails.length - 1] : -1; i !== -1; i = prev[i]) groups[i].moved = false;
}
