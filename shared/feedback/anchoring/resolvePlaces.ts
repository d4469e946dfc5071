/**
 * The blocks a comment's numbered references name. Outline references ("Phần thứ hai", "mục II",
 * "mục II.3", "tiểu mục 3.1", "điểm a") narrow one another: the places kept are those named by the
 * most references, one inside another, and among them the deepest. Targets and ordinals are then
 * looked for inside those places; "chỉ tiêu (7)" in a draft with several (n) lists names several
 * blocks until the section or the text tells them apart (anchorComment's job).
 */
import { outlineDepth } from '../../document/blockTypes.ts';
import { labelKey } from '../../numbering/labelKey.ts';
import type { Reference } from '../references.ts';
import type { DraftIndex } from './draftIndex.ts';

export interface Places {
  /** Outline blocks named (their ranges are the scope), [] when none. */
  scope: number[];
  /**
   * Per target or ordinal reference, the blocks it may name: inside the scope when one is named
   * and holds such a block, else anywhere (several: an ambiguity to resolve).
   */
  numbered: number[][];
}

const OUTLINE_KINDS = new Set(['part', 'section', 'subsection', 'point']);

export function resolvePlaces(index: DraftIndex, refs: readonly Reference[]): Places {
  const named = refs.filter((r) => OUTLINE_KINDS.has(r.kind)).map((r) => outlineCandidates(index, r)).filter((c) => c.length > 0);
  const scope = narrowest(index, named);
  const numbered: number[][] = [];
  for (const ref of refs) {
    const map = ref.kind === 'target' ? index.targets : ref.kind === 'ordinal' ? index.ordinals : null;
    const all = map?.get(labelKey(ref.value)) ?? [];
    const inside = all.filter((b) => scope.some((s) => s <= b && b < index.rangeEnd[s]));
    if (all.length > 0) numbered.push(inside.length > 0 ? inside : all);
  }
  return { scope, numbered };
}

function outlineCandidates(index: DraftIndex, ref: Reference): number[] {
  const key = labelKey(ref.value);
  return (ref.kind === 'point' ? index.points.get(key) : index.places.get(key)) ?? [];
}

/** The candidates contained in (or equal to) a candidate of the most other references; the deepest of those (all of them when several are as deep: an ambiguity). */
function narrowest(index: DraftIndex, named: number[][]): number[] {
  if (named.length === 0) return [];
  const contains = (outer: number, inner: number) => outer <= inner && inner < index.rangeEnd[outer];
  // Agreement first (a place inside the others named), then depth (the most specific).
  let best: number[] = [];
  let bestAgree = -1;
  let bestDepth = -1;
  for (let r = 0; r < named.length; r++) {
    for (const c of named[r]) {
      const agree = named.filter((other, o) => o !== r && other.some((x) => contains(x, c))).length;
      const block = index.blocks[c];
      const depth = outlineDepth(block.type, block.level) ?? 0;
      if (agree > bestAgree || (agree === bestAgree && depth > bestDepth)) {
        [best, bestAgree, bestDepth] = [[c], agree, depth];
      } else if (agree === bestAgree && depth === bestDepth && !best.includes(c)) best.push(c);
    }
  }
  return best.sort((a, b) => a - b);
}
