import { Slice } from 'prosemirror-model';
import { TextSelection, type Command } from 'prosemirror-state';
import { freshIdsForSlice } from '../plugins/blockIds.ts';
import { sectionSpan } from './topLevel.ts';

/**
 * Inserts a copy of the section starting at block `blockId` (with everything it owns) right
 * after it, every copied block with a fresh id; the cursor goes to the copy. False when the
 * block is missing or is the document header.
 */
export function duplicateSection(blockId: string): Command {
  return (state, dispatch) => {
    const section = sectionSpan(state.doc, blockId);
    if (!section) return false;
    if (dispatch) {
      const copy = freshIdsForSlice(new Slice(state.doc.slice(section.from, section.to).content, 0, 0));
      const tr = state.tr.replace(section.to, section.to, copy);
      tr.setSelection(TextSelection.near(tr.doc.resolve(section.to + 1)));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
