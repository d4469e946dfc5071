import { TextSelection, type Command } from 'prosemirror-state';
import { sectionSpan } from './topLevel.ts';

/**
 * Deletes the section starting at `blockId` with everything it owns. The document keeps at
 * least one block: deleting everything leaves an empty paragraph. False for the header.
 */
export function deleteSection(blockId: string): Command {
  return (state, dispatch) => {
    const section = sectionSpan(state.doc, blockId);
    if (!section) return false;
    if (dispatch) {
      const { blocks, start, end, from, to } = section;
      const bodyLeft = blocks.some((b, i) => (i < start || i >= end) && b.type !== 'header');
      const tr = bodyLeft ? state.tr.delete(from, to) : state.tr.replaceWith(from, to, state.schema.nodes.paragraph.create());
      tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(from, tr.doc.content.size))));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
