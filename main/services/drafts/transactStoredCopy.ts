import * as Y from 'yjs';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { loadYDoc } from '../documents/documentContent.ts';
import type { TransactWorkingCopy } from './restoreDraft.ts';

/**
 * A change on the working copy stored in the file, as the server makes it on the live document
 * (SyncService.transactDocument): for a document no server has open, as the CLI's restore. The
 * load (with its repair, which must be stored: see RepairUse), what `change` writes itself (the
 * checkpoint of a restore) and the change are one transaction: all are stored, or none.
 */
export function transactStoredCopy(store: WorkspaceStore, documentId: string): TransactWorkingCopy {
  return async (origin, change) => {
    store.transaction(() => {
      const ydoc = loadYDoc(store, documentId, 'write');
      try {
        const before = Y.encodeStateVector(ydoc);
        ydoc.transact(() => change(ydoc), origin);
        store.updates.append(documentId, Y.encodeStateAsUpdate(ydoc, before));
      } finally {
        ydoc.destroy();
      }
    });
  };
}
