import type { Node } from 'prosemirror-model';
import type * as Y from 'yjs';
import { NUMBERING_KEY, SETTINGS_MAP, numberingSchemeOf } from '../../../shared/document/documentSettings.ts';
import type { NumberingScheme } from '../../../shared/numbering/index.ts';
import { loadYDoc, proseMirrorDocOf } from '../documentContent.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/** A document's working copy as read from storage (which equals the live doc: every update is stored before it is acknowledged). */
export interface WorkingCopy {
  ydoc: Y.Doc;
  doc: Node;
  scheme: NumberingScheme;
  /** The stored numbering setting as JSON text, null when the document uses the default. */
  schemeJson: string | null;
}

/** Loads the working copy; the caller destroys `ydoc`. */
export function readWorkingCopy(store: WorkspaceStore, documentId: string): WorkingCopy {
  store.getDocument(documentId); // not_found for unknown or deleted documents
  return workingCopyOf(loadYDoc(store, documentId));
}

/** The working copy held by `ydoc` (which the caller destroys). */
export function workingCopyOf(ydoc: Y.Doc): WorkingCopy {
  const stored = ydoc.getMap(SETTINGS_MAP).get(NUMBERING_KEY);
  return {
    ydoc,
    doc: proseMirrorDocOf(ydoc),
    scheme: numberingSchemeOf(ydoc),
    schemeJson: stored === undefined ? null : typeof stored === 'string' ? stored : JSON.stringify(stored),
  };
}
