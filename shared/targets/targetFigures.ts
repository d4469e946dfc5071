import type { FlatBlock } from '../document/flatBlock.ts';
import { extractFigures } from './extractFigures.ts';
import type { TargetFigure } from './targetFigure.ts';

/**
 * The figures of every target block, by block id. `cache` (text → figures) lets an editor
 * recompute on every change and only re-read the targets whose text changed.
 */
export function targetFigures(
  blocks: readonly FlatBlock[],
  cache: Map<string, TargetFigure[]> = new Map(),
): Map<string, TargetFigure[]> {
  const out = new Map<string, TargetFigure[]>();
  for (const block of blocks) {
    if (block.type !== 'target') continue;
    let figures = cache.get(block.text);
    if (!figures) {
      figures = extractFigures(block.text);
      cache.set(block.text, figures);
    }
    out.set(block.id, figures);
  }
  return out;
}
