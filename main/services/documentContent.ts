import type { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import type { DocumentKind } from '../../shared/rpc/documentContract.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { newBlockId } from '../../shared/document/ids.ts';
import { schema } from '../../shared/document/schema.ts';
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts';

/** Origin of writes made by services (import, restore) rather than by an editor. */
export const SERVICE_ORIGIN = 'vankien-service';

/** A document's working copy as a Y.Doc, from its stored updates. */
export function loadYDoc(store: WorkspaceStore, documentId: string): Y.Doc {
  return yDocOfUpdates(store.updates.load(documentId));
}

/** A Y.Doc made of stored updates (what loadYDoc reads; a worker gets them as bytes). */
export function yDocOfUpdates(updates: readonly Uint8Array[]): Y.Doc {
  const ydoc = new Y.Doc({ gc: false });
  ydoc.transact(() => {
    for (const update of updates) Y.applyUpdate(ydoc, update);
  }, SERVICE_ORIGIN);
  return ydoc;
}

/** The ProseMirror document of a Y.Doc (an empty paragraph for a new document). */
export function proseMirrorDocOf(ydoc: Y.Doc): Node {
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
  if (fragment.length === 0) return schema.nodes.doc.create(null, schema.nodes.paragraph.create());
  return yXmlFragmentToProseMirrorRootNode(fragment, schema);
}

/** Replaces the content of a stored document that no editor has open (CLI, import). */
export function writeDocumentContent(store: WorkspaceStore, documentId: string, doc: Node): void {
  const ydoc = loadYDoc(store, documentId);
  const before = Y.encodeStateVector(ydoc);
  ydoc.transact(() => {
    const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
    fragment.delete(0, fragment.length);
    prosemirrorToYXmlFragment(doc, fragment);
  }, SERVICE_ORIGIN);
  store.updates.append(documentId, Y.encodeStateAsUpdate(ydoc, before));
  ydoc.destroy();
}

/**
 * A new document, stored with one empty paragraph. Editors render that paragraph rather than each
 * writing an empty one of their own, which two people opening the new document at once would
 * otherwise do, leaving it with two.
 */
export function createEmptyDocument(store: WorkspaceStore, kind: DocumentKind, title: string, actor: string) {
  const document = store.createDocument(kind, title, actor);
  writeDocumentContent(store, document.id, schema.nodes.doc.create(null, schema.nodes.paragraph.create({ id: newBlockId() })));
  return document;
}
