import type { Node } from 'prosemirror-model';
import type * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import type { ContentRepair } from '../../../shared/content/contentRepair.ts';
import { numberingSchemeOf } from '../../../shared/numbering/numberingSchemeOf.ts';
import { repairedDoc } from '../../../shared/content/repairedDoc.ts';
import { yContentJson } from '../../../shared/content/yContentJson.ts';
import type { NumberingScheme } from '../../../shared/numbering/index.ts';
import { loadRepairedYDoc, proseMirrorDocOf } from '../documentContent.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { numberingJsonOf } from './numberingJsonOf.ts';

/** A document's working copy as read from storage (which equals the live doc: every update is stored before it is acknowledged). */
export interface WorkingCopy {
  ydoc: Y.Doc;
  doc: Node;
  scheme: NumberingScheme;
  /** The stored numbering setting as JSON text, null when the document uses the default. */
  schemeJson: string | null;
  /** What reading it had to repair (stored as repaired by readWorkingCopy); empty when its content was valid. */
  repairs: ContentRepair[];
}

/** Loads the working copy; the caller destroys `ydoc`. */
export function readWorkingCopy(store: WorkspaceStore, documentId: string): WorkingCopy {
  store.getDocument(documentId); // not_found for unknown or deleted documents
  const { ydoc, repairs, doc } = loadRepairedYDoc(store, documentId);
  return { ydoc, doc, scheme: numberingSchemeOf(ydoc), schemeJson: numberingJsonOf(ydoc), repairs };
}

/**
 * The working copy held by `ydoc` (which the caller destroys), where no store is at hand (a
 * worker's job): content the schema refuses is repaired in memory only; the next load by the
 * server or a service stores the repair.
 */
export function workingCopyOf(ydoc: Y.Doc): WorkingCopy {
  const raw = yContentJson(ydoc.getXmlFragment(CONTENT_FRAGMENT));
  const { doc, repairs } = raw.length > 0 ? repairedDoc(raw) : { doc: proseMirrorDocOf(ydoc), repairs: [] };
  return { ydoc, doc, scheme: numberingSchemeOf(ydoc), schemeJson: numberingJsonOf(ydoc), repairs };
}
