import type * as Y from 'yjs';
import { yDocOfUpdates } from '../../../shared/content/yDocOfUpdates.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/**
 * Reads a document's working copy: the live Y.Doc the server has open (`live`, what editors see
 * now), else one made of its stored updates for this one read. `read` must not write.
 */
export function readWorkingText<T>(store: WorkspaceStore, documentId: string, live: Y.Doc | null, read: (ydoc: Y.Doc) => T): T {
  if (live) return read(live);
  const ydoc = yDocOfUpdates(store.updates.load(documentId));
  try {
    return read(ydoc);
  } finally {
    ydoc.destroy();
  }
}
