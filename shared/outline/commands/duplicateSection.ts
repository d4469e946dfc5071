import { Slice } from 'prosemirror-model';
import { TextSelection, type Command } from 'prosemirror-state';
import { freshIdsForSlice } from '../../document/blockIds.ts';
import { sectionRange } from '../sectionRange.ts';
import { posAt, topLevelBlocks } from './topLevel.ts';

/**
 * Inserts a copy of the section starting at block `blockId` (with everything it owns) right
 * after it, every copied block with a fresh id; the cursor goes to the copy. False when the
 * block is missing or is the document header.
 */
export function duplicateSection(blockId: string): Command {
  return (state, dispatch) => {
    const blocks = topLevelBlocks(state.doc);
    const index = blocks.findIndex((b) => b.id === blockId);
    if (index < 0 || blocks[index].type === 'header') return false;
    if (dispatch) {
      const { start, end } = sectionRange(blocks, index);
      const endPos = posAt(blocks, end, state.doc);
      const copy = freshIdsForSlice(new Slice(state.doc.slice(blocks[start].pos, endPos).content, 0, 0));
      const tr = state.tr.replace(endPos, endPos, copy);
      tr.setSelection(TextSelection.near(tr.doc.resolve(endPos + 1)));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
