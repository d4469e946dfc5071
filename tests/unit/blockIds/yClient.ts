import type { Node } from 'prosemirror-model';
import { EditorState, type Transaction } from 'prosemirror-state';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import { blockIdsPlugin } from '../../../shared/editor/plugins/blockIds.ts';
import { schema } from '../../../shared/editor/schema.ts';

/**
 * A collaborating editor without a view: a Y.Doc and a ProseMirror state with the blockIds
 * plugin, bound the way y-prosemirror's sync plugin binds them (local changes written into the
 * Y.XmlFragment, remote ones read back as a transaction, which runs appendTransaction).
 */
export class YClient {
  readonly ydoc = new Y.Doc();
  readonly fragment = this.ydoc.getXmlFragment('prosemirror');
  state: EditorState;

  constructor(initial: Uint8Array) {
    Y.applyUpdate(this.ydoc, initial, 'remote');
    const doc = yXmlFragmentToProseMirrorRootNode(this.fragment, schema);
    this.state = EditorState.create({ schema, doc, plugins: [blockIdsPlugin()] });
  }

  /** A local edit: applied with the plugin, then written to Yjs. */
  edit(make: (state: EditorState) => Transaction | null): void {
    const tr = make(this.state);
    if (!tr) return;
    this.state = this.state.applyTransaction(tr).state;
    this.push();
  }

  /** Reads what arrived by sync into the editor (the plugin fixes ids), and writes fixes back. */
  pull(): void {
    const doc = yXmlFragmentToProseMirrorRootNode(this.fragment, schema);
    if (doc.eq(this.state.doc)) return;
    this.edit((state) => state.tr.replaceWith(0, state.doc.content.size, doc.content));
  }

  push(): void {
    this.ydoc.transact(() => {
      updateYFragment(this.ydoc, this.fragment, this.state.doc, { mapping: new Map(), isOMark: new Map() });
    }, 'local');
  }

  get doc(): Node {
    return this.state.doc;
  }
}

/** Two clients joined by their update events; updates wait in a queue until `flush`. */
export function connect(a: YClient, b: YClient): { flush: () => void } {
  const toB: Uint8Array[] = [];
  const toA: Uint8Array[] = [];
  a.ydoc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && toB.push(u));
  b.ydoc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && toA.push(u));
  return {
    flush() {
      while (toB.length || toA.length) {
        for (const u of toB.splice(0)) Y.applyUpdate(b.ydoc, u, 'remote');
        for (const u of toA.splice(0)) Y.applyUpdate(a.ydoc, u, 'remote');
      }
    },
  };
}

/** Two clients on the same initial document. */
export function pair(doc: Node): { a: YClient; b: YClient; flush: () => void; settle: () => void } {
  const origin = new Y.Doc();
  const fragment = origin.getXmlFragment('prosemirror');
  origin.transact(() => updateYFragment(origin, fragment, doc, { mapping: new Map(), isOMark: new Map() }));
  const initial = Y.encodeStateAsUpdate(origin);
  const a = new YClient(initial);
  const b = new YClient(initial);
  const { flush } = connect(a, b);
  /** Sync, let both editors read and fix, sync again, until nothing moves. */
  const settle = () => {
    for (let round = 0; round < 5; round++) {
      flush();
      a.pull();
      b.pull();
    }
    flush();
  };
  return { a, b, flush, settle };
}
