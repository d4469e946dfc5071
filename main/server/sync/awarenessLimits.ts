import type { Extension, beforeHandleAwarenessPayload } from '@hocuspocus/server';
import { CLOSE } from '../../../shared/rpc/closeCodes.ts';
import { SYNC_LIMITS } from '../../../shared/rpc/syncLimits.ts';
import { refuse, SyncRefusal } from './SyncRefusal.ts';

/**
 * Refuses an awareness update (closing the client's socket with CLOSE.awarenessTooLarge) when
 * one client's state is larger than SYNC_LIMITS.awarenessStateBytes, or when it would bring the
 * document's states together over awarenessTotalBytes. Sizes are of the states' JSON text.
 */
export const awarenessLimits: Extension = {
  async beforeHandleAwareness({ states, document, connection }: beforeHandleAwarenessPayload) {
    let total = 0;
    for (const [clientId, state] of document.awareness.getStates()) {
      if (!states.has(clientId)) total += sizeOf(state);
    }
    for (const state of states.values()) {
      const size = sizeOf(state);
      total += size;
      const detail = size > SYNC_LIMITS.awarenessStateBytes ? `${size} B` : total > SYNC_LIMITS.awarenessTotalBytes ? `${total} B in all` : null;
      if (detail === null) continue;
      const refusal = new SyncRefusal(CLOSE.awarenessTooLarge, detail);
      if (connection) refuse(connection.webSocket, refusal);
      throw refusal;
    }
  },
};

function sizeOf(state: unknown): number {
  return JSON.stringify(state ?? null).length;
}
