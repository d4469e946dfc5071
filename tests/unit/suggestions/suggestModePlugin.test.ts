// @vitest-environment jsdom
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { ySyncPlugin } from 'y-prosemirror';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeRelativePosition } from '../../../shared/comments/yPositions.ts';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { suggestModeKey } from '../../../shared/editor/keys.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { suggestModePlugin } from '../../../renderer/editor/suggestions/suggestModePlugin.ts';
import { doc, p } from '../blockIds/fixtures.ts';
import { find } from '../comments/anchorEditors.ts';

const TEXT = 'Kinh tế tăng trưởng khá, bình quân 10,5%/năm.';

/** Two editors on Y.Docs joined by their update events, both with suggestion mode; `a` has it on. */
function pair() {
  const docs = [new Y.Doc({ gc: false }), new Y.Doc({ gc: false })];
  docs[0].on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(docs[1], u, 'peer'));
  docs[1].on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(docs[0], u, 'peer'));
  const views = docs.map((ydoc) => new EditorView(document.createElement('div'), { state: EditorState.create({ schema, plugins: [ySyncPlugin(ydoc.getXmlFragment(CONTENT_FRAGMENT)), suggestModePlugin()] }) }));
  const [a, b] = views;
  b.dispatch(b.state.tr.replaceWith(0, b.state.doc.content.size, doc(p('p1', TEXT)).content));
  a.dispatch(a.state.tr.setMeta(suggestModeKey, { on: true }));
  return { a, b, destroy: () => views.forEach((v) => v.destroy()) };
}

/** What the person types, as ProseMirror hands it to the plugins (handleTextInput), with the default insert if none takes it. */
function typeInto(view: EditorView, text: string): void {
  const { from, to } = view.state.selection;
  const handled = view.someProp('handleTextInput', (f) => f(view, from, to, text, () => view.state.tr.insertText(text, from, to)));
  if (!handled) view.dispatch(view.state.tr.insertText(text, from, to));
}

let open: ReturnType<typeof pair> | undefined;
afterEach(() => open?.destroy());

describe('suggestion mode', () => {
  it('turns what this person types into a pending edit and leaves the document as it was', () => {
    open = pair();
    const { a } = open;
    const at = find(a, 'khá').from;
    a.dispatch(a.state.tr.setSelection(TextSelection.create(a.state.doc, at)));
    typeInto(a, 'rất ');
    expect(a.state.doc.textContent).toBe(TEXT);
    expect(suggestModeKey.getState(a.state)!.pending).toEqual({ from: at, to: at, inserted: 'rất ' });
    expect(a.dom.querySelector('.suggestion-inserted')?.textContent).toBe('rất ');
  });

  it('refuses every other local change while on, and lets the same change through once off', () => {
    open = pair();
    const { a } = open;
    a.dispatch(a.state.tr.insertText('X', 1));
    expect(a.state.doc.textContent).toBe(TEXT);
    a.dispatch(a.state.tr.setMeta(suggestModeKey, { on: false }));
    a.dispatch(a.state.tr.insertText('X', 1));
    expect(a.state.doc.textContent).toBe(`X${TEXT}`);
  });

  it('never turns a remote edit into a suggestion: it reaches the text, and the pending edit is mapped past it', () => {
    open = pair();
    const { a, b } = open;
    const at = find(a, 'khá').from;
    a.dispatch(a.state.tr.setSelection(TextSelection.create(a.state.doc, at)));
    typeInto(a, 'rất ');
    // Someone's suggestion record on 'bình quân', drawn where its relative positions are.
    const quoted = find(a, 'bình quân');
    const mark = { id: 's1', ...quoted, inserted: 'trung bình', colour: '#1a73e8', stale: false, start: encodeRelativePosition(a.state, quoted.from), end: encodeRelativePosition(a.state, quoted.to) };
    a.dispatch(a.state.tr.setMeta(suggestModeKey, { marks: [mark] }));
    b.dispatch(b.state.tr.insertText('Năm 2025, ', 1));
    expect(a.state.doc.textContent).toBe(`Năm 2025, ${TEXT}`);
    const mode = suggestModeKey.getState(a.state)!;
    expect(mode.pending).toEqual({ from: at + 'Năm 2025, '.length, to: at + 'Năm 2025, '.length, inserted: 'rất ' });
    expect(mode.outbox).toEqual([]);
    expect(mode.marks.map((m) => a.state.doc.textBetween(m.from, m.to))).toEqual(['bình quân']);
    expect(a.dom.querySelector('.suggestion-deleted')?.textContent).toBe('bình quân');
    // The one who typed remotely has no suggestion either: their mode is off.
    expect(suggestModeKey.getState(b.state)!.pending).toBeNull();
  });

  it('queues the pending edit to be sent when the caret moves away, or the mode is switched off', () => {
    open = pair();
    const { a } = open;
    a.dispatch(a.state.tr.setSelection(TextSelection.create(a.state.doc, find(a, 'khá').from)));
    typeInto(a, 'rất ');
    a.dispatch(a.state.tr.setSelection(TextSelection.create(a.state.doc, 1)));
    expect(suggestModeKey.getState(a.state)!.outbox.map((o) => o.edit.inserted)).toEqual(['rất ']);
    typeInto(a, 'Nhìn chung, ');
    a.dispatch(a.state.tr.setMeta(suggestModeKey, { on: false }));
    const mode = suggestModeKey.getState(a.state)!;
    expect([mode.pending, mode.outbox.map((o) => o.edit.inserted)]).toEqual([null, ['rất ', 'Nhìn chung, ']]);
  });
});
