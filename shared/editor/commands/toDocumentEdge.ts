import { type Command, Selection, TextSelection } from 'prosemirror-state';

/**
 * Ctrl+End and Ctrl+Home (with Shift, extending the selection): the caret to the end or the start
 * of the document's text, scrolled into view. Chromium's own puts it where the layout of the
 * last (or first) block says, and that block is not laid out while it is off screen
 * (`content-visibility: auto`, renderer/editor/page.css): the caret landed at the start of the
 * last block instead of its end.
 */
export function toDocumentEdge(edge: 'start' | 'end', extend: boolean): Command {
  return (state, dispatch) => {
    const target = edge === 'end' ? Selection.atEnd(state.doc) : Selection.atStart(state.doc);
    const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
    dispatch?.(state.tr.setSelection(selection).scrollIntoView());
    return true;
  };
}
