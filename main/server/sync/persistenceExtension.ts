import { OutgoingMessage, type Connection, type Document, type Extension, type afterHandleMessagePayload, type beforeSyncPayload, type connectedPayload, type onAuthenticatePayload, type onLoadDocumentPayload } from '@hocuspocus/server';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { AppError, isAppError } from '../../../shared/errors.ts';
import { CLOSE } from '../../../shared/rpc/closeCodes.ts';
import { parseSyncDocumentName } from '../../../shared/rpc/protocol.ts';
import { REPAIR_ORIGIN, SERVICE_ORIGIN } from '../../../shared/editor/origins.ts';
import { planRepair, storeRepair, type PlannedRepair } from '../../services/repairs/repairWorkingCopy.ts';
import { rightsIn, writesText } from '../../services/accounts/Caller.ts';
import type { Workspaces } from '../../services/workspaces/Workspaces.ts';
import { log } from '../../log/logger.ts';
import { storageError, storageFaultOf } from '../../storage/storageFault.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { MissingDependencies } from './ContentMirror.ts';
import { DocumentPersistence } from './DocumentPersistence.ts';
import { HeldUpdates } from './HeldUpdates.ts';
import { LoadWaiters } from './LoadWaiters.ts';
import { retryWhileLocked, type LockRetry } from './retryWhileLocked.ts';
import { closeConnection, refuse, SyncRefusal } from './SyncRefusal.ts';
import { STORAGE_CLOSE, type SyncContext } from './syncContext.ts';

/**
 * Loads a document from its workspace's update log, and commits every change before Hocuspocus
 * acknowledges or broadcasts it: a client's update in `beforeSync` (which Hocuspocus awaits
 * before it applies the update, sends SyncStatus and broadcasts), a server edit in `transact`.
 * A change that cannot be committed is refused: the client's socket is closed with the fault's
 * code, it keeps the change and sends it again when it reconnects. See DocumentPersistence.
 *
 * Document names are resolved only through the server's workspace registry (`onAuthenticate`):
 * a name is never a path.
 */
export class PersistenceExtension implements Extension {
  private readonly workspaces: Workspaces;
  private readonly compactEvery: number;
  private readonly lockRetry: LockRetry;
  private readonly heldMs: number | undefined;
  private readonly documents = new WeakMap<Y.Doc, DocumentPersistence>();
  private readonly held = new WeakMap<Connection, HeldUpdates>();
  /** Connections made read-only for the one message being skipped (restored after it). */
  private readonly skipping = new Set<Connection>();
  private readonly loadWaiters = new LoadWaiters();

  constructor(workspaces: Workspaces, options: { compactEvery: number; lockRetry: LockRetry; heldMs?: number }) {
    this.workspaces = workspaces;
    this.compactEvery = options.compactEvery;
    this.lockRetry = options.lockRetry;
    this.heldMs = options.heldMs;
  }

  /**
   * Refuses, with a close code, a name that is not a document of this server's workspaces, or of
   * a workspace the caller holds no role in; makes the connection read-only for all but drafters.
   */
  async onAuthenticate({ documentName, context, connectionConfig }: onAuthenticatePayload<SyncContext>): Promise<void> {
    const { socket, caller } = context;
    if (!socket || !caller) throw new Error('onAuthenticate runs for client sockets only');
    const ref = parseSyncDocumentName(documentName);
    if (!ref) refuse(socket, new SyncRefusal(CLOSE.documentNameInvalid));
    if (!this.workspaces.has(ref.workspaceId)) refuse(socket, new SyncRefusal(CLOSE.documentNotFound, 'workspace'));
    if (rightsIn(caller, ref.workspaceId) === null) refuse(socket, new SyncRefusal(CLOSE.noAccess));
    // Hocuspocus v4 reads this object after the hook (the v3 `connection.readOnly` of its docs is
    // gone): a read-only connection's updates are never applied, stored or broadcast, and the
    // provider is told its scope ('readonly'), which makes the editor non-editable.
    if (!writesText(caller, ref.workspaceId)) connectionConfig.readOnly = true;
    try {
      this.workspaces.store(ref.workspaceId).documents.get(ref.documentId);
    } catch (error) {
      const fault = storageFaultOf(error);
      if (fault) refuse(socket, new SyncRefusal(STORAGE_CLOSE[fault]));
      if (isAppError(error)) refuse(socket, new SyncRefusal(CLOSE.documentNotFound, error.code));
      throw error;
    }
    this.loadWaiters.add(documentName, socket); // until connected: a failed load closes it with its code
  }

  async connected({ documentName, context }: connectedPayload<SyncContext>): Promise<void> {
    if (context.socket) this.loadWaiters.remove(documentName, context.socket);
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const ref = parseSyncDocumentName(documentName);
    // Direct connections (server-side edits) do not pass onAuthenticate: check here too.
    if (!ref || !this.workspaces.has(ref.workspaceId)) throw new AppError('not_found', 'Không tìm thấy văn kiện này.');
    const store = this.workspaces.store(ref.workspaceId);
    store.documents.get(ref.documentId); // throws not_found for unknown or deleted documents
    const updates = store.updates.load(ref.documentId);
    document.transact(() => {
      for (const update of updates) Y.applyUpdate(document, update);
    }, SERVICE_ORIGIN);
    // Content the schema refuses is repaired before any client sees it, and the repair is stored
    // first: editors write on what they are served, and writes on a repair that was never stored
    // would be unreadable once it is made again from a later state (see RepairUse).
    const repair = planRepair(document);
    if (repair.update) {
      await this.storeRepairOnLoad(store, ref.documentId, documentName, repair);
      Y.applyUpdate(document, repair.update, REPAIR_ORIGIN);
    }
    dropPending(document, documentName);
    const persistence = new DocumentPersistence(store, ref.documentId, document, updates.length, {
      compactEvery: this.compactEvery,
      lockRetry: this.lockRetry,
      onUnstored: (spec) => resetDocument(document, new SyncRefusal(spec)),
    });
    this.documents.set(document, persistence);
    document.on('destroy', () => persistence.destroy());
  }

  /**
   * A client's update (sync step 2 or update) is committed before Hocuspocus takes it. One that
   * needs changes the server lacks is held (HeldUpdates): the connection is read-only for that
   * one message, so Hocuspocus neither applies nor acknowledges it; it is acknowledged once a
   * later change of the same connection has stored all of it.
   */
  async beforeSync({ type, payload, document, connection }: beforeSyncPayload): Promise<void> {
    if ((type !== messageYjsSyncStep2 && type !== messageYjsUpdate) || connection.readOnly) return;
    const persistence = this.persistenceOf(document);
    // A copy: the payload is a view into the socket's message, and waits in the queue.
    const update = payload.slice();
    try {
      await persistence.receive(update);
    } catch (error) {
      if (error instanceof MissingDependencies) return this.hold(connection, update, error);
      if (error instanceof SyncRefusal) refuse(connection.webSocket, error);
      throw error;
    }
    const held = this.held.get(connection);
    const released = held ? await held.release((updates) => persistence.containsAll(updates)) : 0;
    for (let i = 0; i < released; i++) connection.send(new OutgoingMessage(connection.messageAddress).writeSyncStatus(true).toUint8Array());
  }

  async afterHandleMessage({ connection }: afterHandleMessagePayload): Promise<void> {
    if (this.skipping.delete(connection)) connection.readOnly = false;
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    const ref = parseSyncDocumentName(documentName);
    // The store may already be closed when the server is shutting down; compaction can wait.
    try {
      if (ref) this.workspaces.openStore(ref.workspaceId)?.updates.compact(ref.documentId);
    } catch (error) {
      // Compaction only tidies: the rows it would merge are all stored. Hocuspocus calls this
      // hook where nothing catches, so whatever it throws would end the server.
      if (!storageFaultOf(error)) log.error('sync', `the update log of ${documentName} could not be compacted:`, error);
    }
  }

  private hold(connection: Connection, update: Uint8Array, missing: MissingDependencies): void {
    const refusal = new SyncRefusal(CLOSE.missingDependencies, missing.message);
    let held = this.held.get(connection);
    if (!held) {
      held = new HeldUpdates(() => closeConnection(connection, refusal), this.heldMs);
      this.held.set(connection, held);
    }
    if (missing.partial || !held.hold(update)) {
      held.clear();
      refuse(connection.webSocket, refusal);
    }
    connection.readOnly = true; // Hocuspocus then answers "not applied" and applies nothing
    this.skipping.add(connection);
  }

  /**
   * Stores the repair a document needs before it is served, waiting on timers while another
   * program holds the lock (as an update does). When it cannot be stored the load is refused:
   * every editor waiting for it is closed with the fault's code (it tries again, as after a
   * refused update), and a server-side edit gets the storage error.
   */
  private async storeRepairOnLoad(store: WorkspaceStore, documentId: string, documentName: string, repair: PlannedRepair): Promise<void> {
    try {
      await retryWhileLocked(() => storeRepair(store, documentId, repair), this.lockRetry);
    } catch (error) {
      const fault = storageFaultOf(error);
      if (fault) log.warn('sync', `the content repair of ${documentName} could not be stored (${fault}); the document is not served`);
      else log.error('sync', `the content repair of ${documentName} could not be stored; the document is not served:`, error);
      this.loadWaiters.refuseAll(documentName, new SyncRefusal(STORAGE_CLOSE[fault ?? 'storage_failed']));
      throw storageError(fault ?? 'storage_failed');
    }
  }

  /** The persistence of a loaded document; server-side edits go through it. */
  persistenceOf(document: Y.Doc): DocumentPersistence {
    const persistence = this.documents.get(document);
    if (!persistence) throw new Error('A document was used before onLoadDocument attached its persistence');
    return persistence;
  }
}

/**
 * Rows stored before updates with missing dependencies were refused may hold some, which Yjs
 * keeps pending on load. Held by the live document, they would go to every editor that joins
 * in its sync step 2, and come back in the editor's own step 2, refused (missingDependencies)
 * at every reconnect, for ever: nobody could save. So the live document does not hold them;
 * the rows stay as they are, and an editor that still has what they need sends it all, stored.
 */
function dropPending(document: Y.Doc, documentName: string): void {
  const { pendingStructs, pendingDs } = document.store;
  if (!pendingStructs && !pendingDs) return;
  const bytes = (pendingStructs?.update.length ?? 0) + (pendingDs?.length ?? 0);
  log.warn('sync', `${documentName}: ${bytes} B of stored changes wait for changes that were never stored; they are kept in the log and not shown`);
  document.store.pendingStructs = null;
  document.store.pendingDs = null;
}

/** Closes every client of a document that holds an unstored update, so it reloads from disk. */
function resetDocument(document: Document, refusal: SyncRefusal): void {
  for (const connection of document.getConnections()) closeConnection(connection, refusal);
}
