import { TextSelection, type Command } from 'prosemirror-state';
import { posAt, sectionSpan } from './topLevel.ts';

/**
 * Moves the section whose first block has id `fromBlockId` (with everything it owns) to stand
 * before the block `beforeBlockId`, or at the end for null. Not applicable (false) when a block
 * is missing, when the drop is onto or inside the moved section, or before the document header.
 * The cursor lands at the start of the moved section.
 */
export function moveSectionCommand(fromBlockId: string, beforeBlockId: string | null): Command {
  return (state, dispatch) => {
    const section = sectionSpan(state.doc, fromBlockId);
    if (!section) return false;
    const { blocks, start, end } = section;
    const to = beforeBlockId === null ? blocks.length : blocks.findIndex((b) => b.id === beforeBlockId);
    if (to < 0 || (to < blocks.length && blocks[to].type === 'header')) return false;
    if (to >= start && to <= end) return false;
    if (dispatch) {
      const content = state.doc.slice(section.from, section.to).content;
      const tr = state.tr.delete(section.from, section.to);
      const insertAt = tr.mapping.map(posAt(blocks, to, state.doc));
      tr.insert(insertAt, content);
      tr.setSelection(TextSelection.near(tr.doc.resolve(insertAt + 1)));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
