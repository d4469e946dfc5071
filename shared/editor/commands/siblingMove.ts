import { depthOf, sectionRange, type OutlineBlock } from '../../outline/sectionRange.ts';

export type MoveDirection = 'up' | 'down';

/**
 * Where "move up / move down" puts the section at `index`: before the id returned (null for
 * the document end). A section swaps with its previous or next sibling of the same rank and never
 * leaves its parent; any other block swaps with the block beside it. Undefined when there is no
 * such place (first or last among its siblings, or it would go above the header).
 */
export function siblingMoveTarget(blocks: readonly (OutlineBlock & { id: string | null })[], index: number, direction: MoveDirection): string | null | undefined {
  const depth = depthOf(blocks[index]);
  if (direction === 'up') {
    const previous = previousSibling(blocks, index, depth);
    if (previous === undefined || blocks[previous].type === 'header') return undefined;
    return blocks[previous].id;
  }
  const { end } = sectionRange(blocks, index);
  if (end >= blocks.length) return undefined;
  if (depth !== null && depthOf(blocks[end]) !== depth) return undefined;
  const after = depth === null ? end + 1 : sectionRange(blocks, end).end;
  return after < blocks.length ? blocks[after].id : null;
}

function previousSibling(blocks: readonly OutlineBlock[], index: number, depth: number | null): number | undefined {
  if (index === 0) return undefined;
  if (depth === null) return index - 1;
  for (let j = index - 1; j >= 0; j--) {
    const d = depthOf(blocks[j]);
    if (d === null || d > depth) continue; // inside the previous sibling's section
    return d === depth ? j : undefined;
  }
  return undefined;
}
