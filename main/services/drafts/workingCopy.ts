import type { Node } from 'prosemirror-model';
import type * as Y from 'yjs';
import type { ContentRepair } from '../../../shared/document/contentRepair.ts';
import { numberingSchemeOf } from '../../../shared/document/documentSettings.ts';
import type { NumberingScheme } from '../../../shared/numbering/index.ts';
import { loadRepairedYDoc } from '../documentContent.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { numberingJsonOf } from './numberingJsonOf.ts';

/** A document's working copy as read from storage (which equals the live doc: every update is stored before it is acknowledged). */
export interface WorkingCopy {
  ydoc: Y.Doc;
  doc: Node;
  scheme: NumberingScheme;
  /** The stored numbering setting as JSON text, null when the document uses the default. */
  schemeJson: string | null;
  /** What loading it had to repair (and stored as repaired); empty when its content was valid. */
  repairs: ContentRepair[];
}

/** Loads the working copy; the caller destroys `ydoc`. */
export function readWorkingCopy(store: WorkspaceStore, documentId: string): WorkingCopy {
  store.getDocument(documentId); // not_found for unknown or deleted documents
  const { ydoc, repairs, doc } = loadRepairedYDoc(store, documentId);
  return { ydoc, doc, scheme: numberingSchemeOf(ydoc), schemeJson: numberingJsonOf(ydoc), repairs };
}
