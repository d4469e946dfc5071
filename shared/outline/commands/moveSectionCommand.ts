import { TextSelection, type Command } from 'prosemirror-state';
import { sectionRange } from '../sectionRange.ts';
import { posAt, topLevelBlocks } from './topLevel.ts';

/**
 * Moves the section whose first block has id `fromBlockId` (with everything it owns) to stand
 * before the block `beforeBlockId`, or at the end for null. Not applicable (false) when a block
 * is missing, when the drop is onto or inside the moved section, or before the document header.
 * The cursor lands at the start of the moved section.
 */
export function moveSectionCommand(fromBlockId: string, beforeBlockId: string | null): Command {
  return (state, dispatch) => {
    const blocks = topLevelBlocks(state.doc);
    const from = blocks.findIndex((b) => b.id === fromBlockId);
    const to = beforeBlockId === null ? blocks.length : blocks.findIndex((b) => b.id === beforeBlockId);
    if (from < 0 || to < 0 || blocks[from].type === 'header') return false;
    if (to < blocks.length && blocks[to].type === 'header') return false;
    const { start, end } = sectionRange(blocks, from);
    if (to >= start && to <= end) return false;
    if (dispatch) {
      const startPos = blocks[start].pos;
      const endPos = posAt(blocks, end, state.doc);
      const content = state.doc.slice(startPos, endPos).content;
      const tr = state.tr.delete(startPos, endPos);
      const insertAt = tr.mapping.map(posAt(blocks, to, state.doc));
      tr.insert(insertAt, content);
      tr.setSelection(TextSelection.near(tr.doc.resolve(insertAt + 1)));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
