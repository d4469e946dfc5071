import type { WebSocket } from 'ws';
import { CLOSE, type CloseSpec } from '../../../shared/rpc/closeCodes.ts';
import type { Caller } from '../../services/accounts/Caller.ts';
import type { StorageFault } from '../../storage/storageFault.ts';

/**
 * What SyncService gives Hocuspocus as a connection's context: the client's own socket (so a
 * hook can close it with a code) and who opened it; none for the server's own direct connections.
 */
export interface SyncContext {
  socket?: WebSocket;
  /** Who opened the socket (its rights decide whether the connection is read-only); none for direct connections. */
  caller?: Caller;
}

/** The close code of each storage fault. */
export const STORAGE_CLOSE: Record<StorageFault, CloseSpec> = {
  storage_locked: CLOSE.storageLocked,
  disk_full: CLOSE.diskFull,
  storage_readonly: CLOSE.storageReadonly,
  storage_failed: CLOSE.storageFailed,
};
