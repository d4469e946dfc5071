import type { NumberedBlock } from '../document/flatBlock.ts';
import { alignGroups } from './compareBlocks.ts';

/**
 * The lineage of every block through drafts 1…N. A chain is one block followed from draft to
 * draft: `chains[c][k]` lists the block indices of draft k that carry it (two after a split,
 * none before it was written or after it was deleted). A merged block carries the chains of all
 * its parts; a block that appears from nowhere starts a new chain. Chains are numbered in order
 * of first appearance (draft, then position).
 */
export interface Lineage {
  chains: number[][][];
  /** `chainsOf[k][i]`: the chains that block i of draft k carries, first-made first. */
  chainsOf: number[][][];
}

/** Follows every block through the drafts by comparing each draft with the next. */
export function alignAcross(drafts: readonly (readonly NumberedBlock[])[]): Lineage {
  const chains: number[][][] = [];
  const chainsOf: number[][][] = drafts.map((d) => d.map(() => []));
  const place = (c: number, k: number, i: number) => {
    if (!chains[c][k].includes(i)) chains[c][k].push(i);
    if (!chainsOf[k][i].includes(c)) chainsOf[k][i].push(c);
  };
  const startChains = (k: number) => {
    drafts[k].forEach((_, i) => {
      if (chainsOf[k][i].length > 0) return;
      chains.push(drafts.map(() => []));
      place(chains.length - 1, k, i);
    });
  };
  if (drafts.length > 0) startChains(0);
  for (let k = 0; k + 1 < drafts.length; k++) {
    for (const g of alignGroups(drafts[k], drafts[k + 1])) {
      const carried = g.left.flatMap((l) => chainsOf[k][l]);
      for (const c of carried) for (const r of g.right) place(c, k + 1, r);
    }
    startChains(k + 1);
  }
  return { chains, chainsOf };
}

/** The chain of the block with this id in the latest draft that has it, or null. */
export function chainOfId(drafts: readonly (readonly NumberedBlock[])[], lineage: Lineage, blockId: string): number | null {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const i = drafts[k].findIndex((b) => b.id === blockId);
    if (i >= 0) return lineage.chainsOf[k][i][0];
  }
  return null;
}
