import type { Command } from 'prosemirror-state';
import type { BlockType } from '../../document/blockTypes.ts';
import { blockAttrs, selectedIndices, topLevelBlocks } from './topLevel.ts';

/** Block types a text block can be turned into (not the header, not a table). */
const TEXT_TYPES: ReadonlySet<BlockType> = new Set([
  'part', 'section', 'heading', 'ordinal', 'target', 'bullet', 'paragraph', 'footnote', 'recipients', 'signature',
]);

/**
 * Turns the selected top-level text blocks into `type` (heading `level` 1–4), keeping their ids
 * and content. False when nothing would change or `type` is not a text block type.
 */
export function setBlockType(type: BlockType, level: number | null = null): Command {
  if (!TEXT_TYPES.has(type)) return () => false;
  const wantLevel = type === 'heading' ? Math.min(4, Math.max(1, level ?? 1)) : null;
  return (state, dispatch) => {
    const blocks = topLevelBlocks(state.doc);
    const { first, last } = selectedIndices(state);
    const changing = blocks
      .slice(first, last + 1)
      .filter((b) => TEXT_TYPES.has(b.type) && (b.type !== type || b.level !== wantLevel));
    if (!changing.length) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const b of changing) tr.setNodeMarkup(b.pos, state.schema.nodes[type], blockAttrs(type, b.id, wantLevel));
      dispatch(tr);
    }
    return true;
  };
}
