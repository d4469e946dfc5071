import type { Node } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { emptyHintKey } from '../../../shared/editor/keys.ts';

/** Whether `doc` is a blank document: one empty paragraph, as a new document is stored. */
export function isBlankDocument(doc: Node): boolean {
  const first = doc.firstChild;
  return doc.childCount === 1 && first !== null && first.type.name === 'paragraph' && first.content.size === 0;
}

/**
 * What to do in a blank document, shown in its empty paragraph (`data-hint` + CSS ::before, so
 * it is never text: not typed over, copied, saved or sent). Gone with the first character.
 * `hint` gives the text in the UI language when the editor draws.
 */
export function emptyDocHintPlugin(hint: () => string): Plugin {
  return new Plugin({
    key: emptyHintKey,
    props: {
      decorations(state) {
        if (!isBlankDocument(state.doc)) return null;
        const size = state.doc.firstChild!.nodeSize;
        return DecorationSet.create(state.doc, [Decoration.node(0, size, { class: 'empty-hint', 'data-hint': hint() })]);
      },
    },
  });
}
