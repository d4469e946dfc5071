import type { NumberedBlock } from '../document/flatBlock.ts';
import { newAlignState } from './alignState.ts';
import { type Group, groupsOf } from './groups.ts';
import { matchById, matchByText } from './matchByIdAndText.ts';
import { matchBySimilarity } from './matchBySimilarity.ts';
import { matchSplitMerge } from './matchSplitMerge.ts';
import { type RowContext, deletedRow, groupRow, insertedRow, moveOriginRow } from './rows.ts';
import { sharedKeyMemo } from './textKey.ts';
import type { Change, Comparison, ComparisonStats } from './types.ts';

export interface CompareOptions {
  /** false: align blocks only and skip the syllable diffs (tokens hold the whole left text). */
  tokens?: boolean;
}

/**
 * Compares two drafts block by block: pairs blocks by id, then by equal text, then by similarity,
 * then finds splits, merges and moves, and diffs syllables inside each pair. Block numbers are
 * displayed but never compared, so renumbering alone leaves every row `equal`.
 */
export function compareBlocks(left: readonly NumberedBlock[], right: readonly NumberedBlock[], options: CompareOptions = {}): Comparison {
  return buildRows(left, right, alignGroups(left, right), options);
}

/** The aligned groups of two drafts, in left order, moves marked. */
export function alignGroups(left: readonly NumberedBlock[], right: readonly NumberedBlock[]): Group[] {
  const state = newAlignState(left, right);
  matchById(state);
  matchByText(state);
  matchBySimilarity(state);
  matchSplitMerge(state);
  return groupsOf(state);
}

/**
 * Walks both drafts in step. Blocks of groups that stayed in order are anchors met on both sides
 * at once; between anchors come left-only rows (deleted, old places of moved blocks) and then
 * right-only rows (inserted, new places of moved blocks).
 */
function buildRows(left: readonly NumberedBlock[], right: readonly NumberedBlock[], groups: Group[], options: CompareOptions): Comparison {
  const ctx: RowContext = { left, right, interner: new Map(), memo: sharedKeyMemo(), tokens: options.tokens !== false };
  const groupOf = [new Array<Group | undefined>(left.length), new Array<Group | undefined>(right.length)];
  for (const g of groups) {
    for (const l of g.left) groupOf[0][l] = g;
    for (const r of g.right) groupOf[1][r] = g;
  }
  const changes: Change[] = [];
  const origins = new Map<Group, number>();
  const destinations = new Map<Group, number>();
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    for (let g = groupOf[0][i]; i < left.length && !(g && !g.moved); g = groupOf[0][++i]) {
      if (!g) changes.push(deletedRow(ctx, i));
      else if (i === g.left[0]) origins.set(g, changes.push(moveOriginRow(ctx, g)) - 1);
    }
    for (let g = groupOf[1][j]; j < right.length && !(g && !g.moved); g = groupOf[1][++j]) {
      if (!g) changes.push(insertedRow(ctx, j));
      else if (j === g.right[0]) destinations.set(g, changes.push(groupRow(ctx, g)) - 1);
    }
    if (i >= left.length && j >= right.length) break;
    const g = groupOf[0][i];
    if (!g || g !== groupOf[1][j]) throw new Error(`compareBlocks: anchors out of step at left ${i}, right ${j}`);
    changes.push(groupRow(ctx, g));
    i = g.left[g.left.length - 1] + 1;
    j = g.right[g.right.length - 1] + 1;
  }
  for (const [g, from] of origins) {
    const to = destinations.get(g);
    if (to === undefined) throw new Error('compareBlocks: a moved block has no new place');
    Object.assign(changes[from], { op: changes[to].op, class: changes[to].class, moveTo: to });
    changes[to].moveFrom = from;
  }
  return { stats: countStats(changes), changes };
}

/** Counts rows by op; the old place of a moved block is not counted (its new place is). */
export function countStats(changes: readonly Change[]): ComparisonStats {
  const stats: ComparisonStats = { equal: 0, modified: 0, inserted: 0, deleted: 0, moved: 0, split: 0, merged: 0 };
  for (const c of changes) if (c.moveTo === undefined) stats[c.op]++;
  return stats;
}
