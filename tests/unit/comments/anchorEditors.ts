import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { undo, ySyncPlugin, yUndoPlugin, yUndoPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { blockIdsPlugin } from '../../../shared/editor/plugins/blockIds.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { makeAnchor } from '../../../shared/comments/makeAnchor.ts';
import { resolveAnchor } from '../../../shared/comments/resolveAnchor.ts';
import type { AnchorPlace, TextAnchor } from '../../../shared/comments/textAnchor.ts';
import { decodeRelativePosition, encodeRelativePosition } from '../../../shared/comments/yPositions.ts';

/** A ProseMirror view bound by y-prosemirror to its own Y.Doc, as the editor is (jsdom). */
export function editorOn(ydoc: Y.Doc): EditorView {
  const state = EditorState.create({ schema, plugins: [ySyncPlugin(ydoc.getXmlFragment(CONTENT_FRAGMENT)), yUndoPlugin(), blockIdsPlugin()] });
  return new EditorView(document.createElement('div'), { state });
}

/**
 * Two editors on two Y.Docs joined by their update events (y-prosemirror's own tests' way): what
 * one types the other has at once. The first starts with `content`.
 */
export function twoEditors(content: Node) {
  const docs = [new Y.Doc({ gc: false }), new Y.Doc({ gc: false })];
  docs[0].on('update', (update: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(docs[1], update, 'peer'));
  docs[1].on('update', (update: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(docs[0], update, 'peer'));
  const views = docs.map(editorOn);
  const [a] = views;
  a.dispatch(a.state.tr.replaceWith(0, a.state.doc.content.size, content.content));
  stopCapturing(a);
  return { a, b: views[1], docs, destroy: () => views.forEach((v) => v.destroy()) };
}

/** Ends the undo step being captured, so the next edit is its own step. */
export function stopCapturing(view: EditorView): void {
  yUndoPluginKey.getState(view.state)!.undoManager.stopCapturing();
}

export function undoIn(view: EditorView): void {
  undo(view.state);
}

/** The position of the `n`th occurrence (0-based) of `text` in the view's document, and its end. */
export function find(view: EditorView, text: string, n = 0): { from: number; to: number } {
  const found: number[] = [];
  view.state.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (let at = node.text!.indexOf(text); at !== -1; at = node.text!.indexOf(text, at + 1)) found.push(pos + at);
    return false;
  });
  if (found[n] === undefined) throw new Error(`"${text}" (${n}) not in ${JSON.stringify(view.state.doc.textContent)}`);
  return { from: found[n], to: found[n] + text.length };
}

/** The anchor a person makes by selecting `text` in `view`. */
export function anchorOn(view: EditorView, text: string, n = 0): TextAnchor {
  const { from, to } = find(view, text, n);
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
  const anchor = makeAnchor(view.state.doc, from, to, (pos) => encodeRelativePosition(view.state, pos));
  if (!anchor) throw new Error('no anchor');
  return anchor;
}

/** Where the anchor lands in `view` now, with the text it covers. */
export function placeIn(view: EditorView, anchor: TextAnchor): AnchorPlace & { text?: string } {
  const place = resolveAnchor(view.state.doc, anchor, (encoded) => decodeRelativePosition(view.state, encoded));
  return place.status === 'anchored' ? { ...place, text: view.state.doc.textBetween(place.from, place.to, '\n') } : place;
}
