import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { AppError } from '../../../shared/errors.ts';
import { parseSyncDocumentName } from '../../../shared/rpc/protocol.ts';
import { SERVICE_ORIGIN } from '../../services/documentContent.ts';
import type { Workspaces } from '../../services/Workspaces.ts';
import { repairWorkingCopy } from '../../services/repairWorkingCopy.ts';

const TOUCH_EVERY_MS = 5000;

/**
 * Loads a document from its workspace's update log and appends every later update to it
 * synchronously, inside the Y.Doc 'update' event. Hocuspocus applies a client's update and only
 * then sends the acknowledgement (SyncStatus), so an acknowledged update is always committed
 * to SQLite first: a SIGKILL after the ack loses nothing.
 */
export function persistenceExtension(workspaces: Workspaces, compactEvery: number): Extension {
  return {
    async onLoadDocument({ documentName, document }) {
      const ref = parseSyncDocumentName(documentName);
      if (!ref) throw new AppError('bad_request', 'Tên văn kiện không hợp lệ.');
      const store = workspaces.store(ref.workspaceId);
      store.getDocument(ref.documentId); // throws not_found for unknown or deleted documents
      const updates = store.updates.load(ref.documentId);
      document.transact(() => {
        for (const update of updates) Y.applyUpdate(document, update);
      }, SERVICE_ORIGIN);
      // Content the schema refuses is repaired (and the repair stored) before any client sees it.
      repairWorkingCopy(store, ref.documentId, document);
      let sinceCompaction = updates.length;
      let touchedAt = 0;
      document.on('update', (update: Uint8Array) => {
        store.updates.append(ref.documentId, update);
        // "Last changed" in the document list; once every few seconds is precise enough.
        if (Date.now() - touchedAt > TOUCH_EVERY_MS) {
          store.touchDocument(ref.documentId);
          touchedAt = Date.now();
        }
        if (++sinceCompaction >= compactEvery) {
          store.updates.compact(ref.documentId);
          sinceCompaction = 1;
        }
      });
    },
    async afterUnloadDocument({ documentName }) {
      const ref = parseSyncDocumentName(documentName);
      // The store may already be closed when the server is shutting down; compaction can wait.
      if (ref) workspaces.openStore(ref.workspaceId)?.updates.compact(ref.documentId);
    },
  };
}
