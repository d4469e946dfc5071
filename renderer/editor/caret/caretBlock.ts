import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** The class of the top-level block holding the caret (page.css draws it always, never skipped). */
export const CARET_BLOCK_CLASS = 'caret-block';

/**
 * Marks the top-level block the caret (the selection's head) is in, so page.css can exempt it
 * from `content-visibility: auto`. A block Enter has just made is skipped content until Chromium's
 * next frame decides it is on screen; a character typed before that frame went in with the DOM
 * caret left before it (offset 0), so ProseMirror read the caret back there and the rest of the
 * word was typed in front of its first letter ("oạn …Đ"). The block being typed in is on screen
 * anyway, so drawing it always costs nothing.
 */
export function caretBlockPlugin(): Plugin {
  return new Plugin({
    props: {
      decorations(state) {
        const $head = state.selection.$head;
        if ($head.depth < 1) return null;
        const from = $head.before(1);
        return DecorationSet.create(state.doc, [Decoration.node(from, from + $head.node(1).nodeSize, { class: CARET_BLOCK_CLASS })]);
      },
    },
  });
}
