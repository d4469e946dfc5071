import { outlineDepth, type BlockType } from '../document/blockTypes.ts';

/** What outline code reads of a block: FlatBlock, NumberedBlock and top-level nodes' summaries fit. */
export interface OutlineBlock {
  type: BlockType;
  level: number | null;
}

/** Half-open block index range [start, end). */
export interface BlockRange {
  start: number;
  end: number;
}

/** The outline depth of a block (part 0, section 1, heading n → 1 + n), null outside the outline. */
export function depthOf(block: OutlineBlock): number | null {
  return outlineDepth(block.type, block.level);
}

/**
 * The blocks a section owns: an outline block runs to the next block of the same or a higher
 * rank (same or smaller depth), or to the end. Any other block owns only itself.
 */
export function sectionRange(blocks: readonly OutlineBlock[], index: number): BlockRange {
  if (index < 0 || index >= blocks.length) throw new RangeError(`No block at index ${index} (of ${blocks.length})`);
  const depth = depthOf(blocks[index]);
  if (depth === null) return { start: index, end: index + 1 };
  let end = index + 1;
  while (end < blocks.length) {
    const d = depthOf(blocks[end]);
    if (d !== null && d <= depth) break;
    end++;
  }
  return { start: index, end };
}
