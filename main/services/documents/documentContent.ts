import type { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import type { DocumentKind } from '../../../shared/rpc/documentContract.ts';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import type { ContentRepair } from '../../../shared/content/contentRepair.ts';
import { newBlockId } from '../../../shared/document/ids.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { yDocOfUpdates } from '../../../shared/content/yDocOfUpdates.ts';
import { SERVICE_ORIGIN } from '../../../shared/editor/origins.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { repairWorkingCopy, type RepairUse } from '../repairs/repairWorkingCopy.ts';

/**
 * A document's working copy as a Y.Doc, from its stored updates, repaired when it must be. A
 * caller that will write to it says `write`: then a repair that cannot be stored throws the
 * storage error instead of being built on (see RepairUse).
 */
export function loadYDoc(store: WorkspaceStore, documentId: string, use: RepairUse): Y.Doc {
  return loadRepairedYDoc(store, documentId, use).ydoc;
}

/**
 * The working copy as a Y.Doc, its content as a ProseMirror document, and what loading it had to
 * repair: content the schema does not allow is repaired (and the repair stored) here, once, so
 * every reader gets valid content.
 */
export function loadRepairedYDoc(store: WorkspaceStore, documentId: string, use: RepairUse): { ydoc: Y.Doc; repairs: ContentRepair[]; doc: Node } {
  const ydoc = yDocOfUpdates(store.updates.load(documentId));
  try {
    const { repairs, doc } = repairWorkingCopy(store, documentId, ydoc, use);
    return { ydoc, repairs, doc: doc ?? schema.nodes.doc.create(null, schema.nodes.paragraph.create()) };
  } catch (error) {
    ydoc.destroy();
    throw error;
  }
}

/**
 * A new document, stored with one empty paragraph. Editors render that paragraph rather than each
 * writing an empty one of their own, which two people opening the new document at once would
 * otherwise do, leaving it with two. The row, its content and its audit entry are one
 * transaction: a failed create (a full disk) leaves nothing behind.
 */
export function createEmptyDocument(store: WorkspaceStore, kind: DocumentKind, title: string, actor: string) {
  return store.transaction(() => {
    const document = store.documents.create(kind, title, actor);
    const ydoc = new Y.Doc({ gc: false }); // a new document has no stored updates
    try {
      storeContent(store, document.id, ydoc, schema.nodes.doc.create(null, schema.nodes.paragraph.create({ id: newBlockId() })));
    } finally {
      ydoc.destroy();
    }
    return document;
  });
}

/**
 * Makes `doc` the whole content of `ydoc`, the stored working copy of a document no editor has
 * open (loaded by the caller, who destroys it), and stores the change as one update.
 */
export function storeContent(store: WorkspaceStore, documentId: string, ydoc: Y.Doc, doc: Node): void {
  const before = Y.encodeStateVector(ydoc);
  ydoc.transact(() => {
    const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
    fragment.delete(0, fragment.length);
    prosemirrorToYXmlFragment(doc, fragment);
  }, SERVICE_ORIGIN);
  store.updates.append(documentId, Y.encodeStateAsUpdate(ydoc, before));
}
