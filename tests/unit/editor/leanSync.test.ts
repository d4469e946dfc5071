// @vitest-environment jsdom
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { prosemirrorToYXmlFragment, relativePositionToAbsolutePosition, yCursorPluginKey, ySyncPluginKey } from 'y-prosemirror';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { schema } from '../../../shared/editor/schema.ts';
import { leanSyncPlugin } from '../../../renderer/editor/leanSyncPlugin.ts';
import { CARET_SHARE_MS, remoteCursorPlugin } from '../../../renderer/editor/presence/remoteCursorPlugin.ts';
import { doc, p } from '../blockIds/fixtures.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
/** Long enough for the cursor plugin to have shared the caret. */
const shared = () => new Promise((resolve) => setTimeout(resolve, CARET_SHARE_MS + 30));

/** Two Y.Docs joined by their update events, the first with an editor on it (and presence). */
function setup() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(b, u, 'peer'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(a, u, 'peer'));
  b.transact(() => prosemirrorToYXmlFragment(doc(p('p1', 'Một hai ba'), p('p2', 'Bốn năm sáu')), b.getXmlFragment('content')));
  const awareness = new Awareness(a);
  const transactions: Transaction[] = [];
  const view = new EditorView(document.body.appendChild(document.createElement('div')), {
    state: EditorState.create({ schema, plugins: [leanSyncPlugin(a.getXmlFragment('content')), remoteCursorPlugin(awareness)] }),
    dispatchTransaction(this: EditorView, tr) {
      // As the editor does: y-prosemirror may dispatch a queued meta to a view destroyed meanwhile (yjs/y-prosemirror#199).
      if (this.isDestroyed) return;
      transactions.push(tr);
      this.updateState(this.state.apply(tr));
    },
  });
  // jsdom gives a contenteditable no focus; the cursor plugin shares the caret only with it.
  view.hasFocus = () => true;
  const close = () => {
    view.destroy();
    awareness.destroy();
    a.destroy();
    b.destroy();
  };
  return { a, b, view, awareness, transactions, close };
}

let opened: ReturnType<typeof setup> | null = null;
const open = () => (opened = setup());
afterEach(() => {
  opened?.close();
  opened = null;
});

/** The text of the peer's copy, block by block. */
const peerText = (b: Y.Doc) => b.getXmlFragment('content').toArray().map((block) => (block as Y.XmlElement).toArray().map((t) => t.toString()).join(''));

describe('the lean ySyncPlugin', () => {
  it('sends typing to the peer and shows the peer its own text', () => {
    const { b, view } = open();
    expect(view.state.doc.textBetween(0, view.state.doc.content.size, '\n')).toBe('Một hai ba\nBốn năm sáu');
    view.dispatch(view.state.tr.insertText('X', 4));
    expect(peerText(b)).toEqual(['MộtX hai ba', 'Bốn năm sáu']);
  });

  it('starts no Yjs transaction for a transaction that leaves the document as it was', () => {
    const { a, view } = open();
    let started = 0;
    a.on('beforeTransaction', () => started++);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 3)));
    view.dispatch(view.state.tr.setMeta('some-meta', true));
    expect(started).toBe(0);
    view.dispatch(view.state.tr.insertText('Y', 2));
    expect(started).toBeGreaterThan(0);
  });

  it('keeps the caret on its character when the peer types before it', () => {
    const { b, view } = open();
    // After "Bốn " in the second paragraph.
    const caret = view.state.doc.child(0).nodeSize + 1 + 'Bốn '.length;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, caret)));
    b.transact(() => ((b.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Đầu: '));
    expect(view.state.doc.child(0).textContent).toBe('Đầu: Một hai ba');
    expect(view.state.selection.head).toBe(caret + 'Đầu: '.length);
  });
});

describe('the remote cursor plugin', () => {
  it("shares this person's caret without a second editor update for it", async () => {
    const { view, awareness, transactions } = open();
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 3)));
    await shared();
    expect(awareness.getLocalState()?.cursor).toBeTruthy();
    expect(transactions.filter((tr) => tr.getMeta(yCursorPluginKey))).toEqual([]);
  });

  it('shares the caret after the keystroke, once for a burst of them, where the caret ended', async () => {
    const { a, view, awareness } = open();
    const updates: number[][] = [];
    awareness.on('update', ({ updated }: { updated: number[] }) => updates.push(updated));
    for (let k = 0; k < 5; k++) {
      const tr = view.state.tr.insertText('x', 3 + k);
      view.dispatch(tr.setSelection(TextSelection.create(tr.doc, 4 + k)));
    }
    // Nothing is shared inside the keystrokes themselves.
    expect(awareness.getLocalState()?.cursor).toBeFalsy();
    await shared();
    expect(updates).toEqual([[awareness.clientID]]);
    const { binding } = ySyncPluginKey.getState(view.state);
    const head = relativePositionToAbsolutePosition(a, a.getXmlFragment('content'), Y.createRelativePositionFromJSON(awareness.getLocalState()!.cursor.head), binding.mapping);
    expect(head).toBe(8);
    expect(view.state.selection.head).toBe(8);
    // A later move of the caret is shared again.
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 2)));
    await shared();
    expect(updates.length).toBe(2);
  });

  it('shares nothing for a view closed before its caret was shared', async () => {
    const { view, awareness } = open();
    view.dispatch(view.state.tr.insertText('x', 3));
    view.destroy();
    await shared();
    expect(awareness.getLocalState()?.cursor ?? null).toBeNull();
  });

  it("draws another person's caret when their awareness arrives", async () => {
    const { b, view, awareness, transactions } = open();
    const theirs = new Awareness(b);
    const at = Y.createRelativePositionFromTypeIndex((b.getXmlFragment('content').get(1) as Y.XmlElement).get(0) as Y.XmlText, 2);
    theirs.setLocalState({ user: { name: 'Lan', color: '#1e88e5' }, cursor: { anchor: Y.relativePositionToJSON(at), head: Y.relativePositionToJSON(at) } });
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(theirs, [b.clientID]), 'peer');
    await tick();
    expect(transactions.filter((tr) => tr.getMeta(yCursorPluginKey)).length).toBe(1);
    expect(view.dom.querySelector('.presence-caret')?.textContent).toContain('Lan');
    theirs.destroy();
  });
});
