import type { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import type { DocumentKind } from '../../shared/rpc/documentContract.ts';
import type { CheckpointSummary, KeptVersion } from '../../shared/rpc/draftContract.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import type { ContentRepair } from '../../shared/content/contentRepair.ts';
import { repairedDoc } from '../../shared/content/repairedDoc.ts';
import { yContentJson } from '../../shared/content/yContentJson.ts';
import { newBlockId } from '../../shared/document/ids.ts';
import { SERVICE_ORIGIN } from '../../shared/editor/origins.ts';
import { schema } from '../../shared/editor/schema.ts';
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import { keepWorkingCopy } from './drafts/keepWorkingCopy.ts';
import { numberingJsonOf } from './drafts/numberingJsonOf.ts';
import { repairWorkingCopy } from './repairWorkingCopy.ts';

/** A document's working copy as a Y.Doc, from its stored updates, repaired when it must be. */
export function loadYDoc(store: WorkspaceStore, documentId: string): Y.Doc {
  return loadRepairedYDoc(store, documentId).ydoc;
}

/**
 * The working copy as a Y.Doc, its content as a ProseMirror document, and what loading it had to
 * repair: content the schema does not allow is repaired (and the repair stored) here, once, so
 * every reader gets valid content.
 */
export function loadRepairedYDoc(store: WorkspaceStore, documentId: string): { ydoc: Y.Doc; repairs: ContentRepair[]; doc: Node } {
  const ydoc = yDocOfUpdates(store.updates.load(documentId));
  const { repairs, doc } = repairWorkingCopy(store, documentId, ydoc);
  return { ydoc, repairs, doc: doc ?? schema.nodes.doc.create(null, schema.nodes.paragraph.create()) };
}

/**
 * A Y.Doc made of stored updates, as stored (a worker gets them as bytes). Its content may still
 * need repair: read it with proseMirrorDocOf, which repairs in memory.
 */
export function yDocOfUpdates(updates: readonly Uint8Array[]): Y.Doc {
  const ydoc = new Y.Doc({ gc: false });
  ydoc.transact(() => {
    for (const update of updates) Y.applyUpdate(ydoc, update);
  }, SERVICE_ORIGIN);
  return ydoc;
}

/**
 * The ProseMirror document of a Y.Doc (an empty paragraph for a new document). Read without
 * y-prosemirror's conversion, which deletes from the Y.Doc whatever the schema refuses: content
 * a repair has not reached yet is repaired here in memory, and the Y.Doc is left as it is.
 */
export function proseMirrorDocOf(ydoc: Y.Doc): Node {
  const raw = yContentJson(ydoc.getXmlFragment(CONTENT_FRAGMENT));
  if (raw.length === 0) return schema.nodes.doc.create(null, schema.nodes.paragraph.create());
  return repairedDoc(raw).doc;
}

/**
 * Replaces the content of a stored document that no editor has open (CLI, import). Content with
 * text that the new content differs from is kept first, as a checkpoint "trước khi khôi phục"
 * (reason `import`), so a file imported over a document never throws its edits away; the kept
 * version is returned (null when there was nothing to keep).
 */
export function writeDocumentContent(
  store: WorkspaceStore,
  documentId: string,
  doc: Node,
  why: { actor?: string; author?: string; fileName?: string } = {},
): { checkpoint: CheckpointSummary | null; before: KeptVersion } | null {
  const ydoc = loadYDoc(store, documentId);
  let kept: ReturnType<typeof keepWorkingCopy> | null = null;
  if (ydoc.getXmlFragment(CONTENT_FRAGMENT).length > 0) {
    const current = proseMirrorDocOf(ydoc);
    const hasText = current.textContent !== '' || current.childCount > 1;
    if (hasText && !current.eq(doc)) {
      const replacedBy = why.fileName ? { fileName: why.fileName } : {};
      const copy = { ydoc, doc: current, numbering: numberingJsonOf(ydoc) };
      kept = keepWorkingCopy(store, documentId, copy, { reason: 'import', author: why.author ?? why.actor ?? 'system', replacedBy }, why.actor ?? 'system');
    }
  }
  const before = Y.encodeStateVector(ydoc);
  ydoc.transact(() => {
    const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
    fragment.delete(0, fragment.length);
    prosemirrorToYXmlFragment(doc, fragment);
  }, SERVICE_ORIGIN);
  store.updates.append(documentId, Y.encodeStateAsUpdate(ydoc, before));
  ydoc.destroy();
  return kept;
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
