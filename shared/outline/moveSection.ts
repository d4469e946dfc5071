import { sectionRange, type OutlineBlock } from './sectionRange.ts';

/**
 * The blocks with the section at `fromIndex` (with everything it owns) moved to stand before the
 * block now at `toIndex` (`blocks.length` for the end). Pure: returns a new array, or the same
 * array when the move changes nothing (a drop onto or inside the moved section itself).
 */
export function moveSection<T extends OutlineBlock>(blocks: readonly T[], fromIndex: number, toIndex: number): readonly T[] {
  if (toIndex < 0 || toIndex > blocks.length) throw new RangeError(`Cannot move before index ${toIndex} (of ${blocks.length})`);
  const { start, end } = sectionRange(blocks, fromIndex);
  if (toIndex >= start && toIndex <= end) return blocks;
  const moved = blocks.slice(start, end);
  if (toIndex < start) return [...blocks.slice(0, toIndex), ...moved, ...blocks.slice(toIndex, start), ...blocks.slice(end)];
  return [...blocks.slice(0, start), ...blocks.slice(end, toIndex), ...moved, ...blocks.slice(toIndex)];
}
