import type { Connection, Document, Extension, beforeHandleAwarenessPayload } from '@hocuspocus/server';
import { CLOSE } from '../../../shared/rpc/closeCodes.ts';
import { SYNC_LIMITS } from '../../../shared/rpc/syncLimits.ts';
import { closeConnection, refuse, SyncRefusal } from './SyncRefusal.ts';

/** Who set each client id's state last, per document: each connection is charged for what it set. */
const owners = new WeakMap<Document, Map<number, Connection>>();

/**
 * Awareness (presence) limits, sizes counted as the states' JSON text (SYNC_LIMITS):
 * - one state at most awarenessStateBytes;
 * - one connection (one document on one socket) sets at most awarenessClientsPerConnection
 *   client ids, together at most awarenessConnectionBytes. An editor sets one, of about 300 B;
 * - a document's states together at most awarenessTotalBytes. When an update would pass it, the
 *   connections holding more than the sender are closed, largest first, until it fits: those
 *   that take the room lose it, not the next user who joins. Only when the sender holds as much
 *   as any is the sender refused.
 * Every refusal closes the connection's socket with CLOSE.awarenessTooLarge (the editor then
 * stops sharing its presence and goes on editing).
 */
export const awarenessLimits: Extension = {
  async beforeHandleAwareness({ states, document, connection }: beforeHandleAwarenessPayload) {
    const refuseSender = (detail: string): never => {
      const refusal = new SyncRefusal(CLOSE.awarenessTooLarge, detail);
      if (connection) refuse(connection.webSocket, refusal);
      throw refusal;
    };
    for (const state of states.values()) {
      const size = sizeOf(state);
      if (size > SYNC_LIMITS.awarenessStateBytes) refuseSender(`${size} B`);
    }
    if (!connection) return; // the server's own edits carry no presence of their own
    const owner = owners.get(document) ?? new Map<number, Connection>();
    owners.set(document, owner);
    // Forget client ids whose state is gone (their connection closed): no closed connection is kept.
    for (const clientId of owner.keys()) if (!document.awareness.getStates().has(clientId)) owner.delete(clientId);
    const shares = sharesOf(document, owner, states, connection);
    const mine = shares.get(connection)!;
    if (mine.clients > SYNC_LIMITS.awarenessClientsPerConnection) refuseSender(`${mine.clients} clients on one connection`);
    if (mine.bytes > SYNC_LIMITS.awarenessConnectionBytes) refuseSender(`${mine.bytes} B on one connection`);
    let total = [...shares.values()].reduce((sum, share) => sum + share.bytes, 0);
    const larger = [...shares].filter(([other, share]) => other !== null && other !== connection && share.bytes > mine.bytes).sort((a, b) => b[1].bytes - a[1].bytes);
    for (const [other, share] of larger) {
      if (total <= SYNC_LIMITS.awarenessTotalBytes) break;
      closeConnection(other!, new SyncRefusal(CLOSE.awarenessTooLarge, `${share.bytes} B of a full document`));
      total -= share.bytes;
    }
    if (total > SYNC_LIMITS.awarenessTotalBytes) refuseSender(`${total} B in all`);
    for (const clientId of states.keys()) owner.set(clientId, connection);
  },
};

interface Share {
  clients: number;
  bytes: number;
}

/**
 * What each connection would hold once `states` (from `sender`) are applied: the document's
 * current states charged to whoever set them last (null when unknown), the incoming ones to the
 * sender. The sender is always in the map.
 */
function sharesOf(document: Document, owner: Map<number, Connection>, states: Map<number, unknown>, sender: Connection): Map<Connection | null, Share> {
  const shares = new Map<Connection | null, Share>([[sender, { clients: 0, bytes: 0 }]]);
  const charge = (who: Connection | null, state: unknown) => {
    const share = shares.get(who) ?? { clients: 0, bytes: 0 };
    share.clients++;
    share.bytes += sizeOf(state);
    shares.set(who, share);
  };
  for (const [clientId, state] of document.awareness.getStates()) {
    if (!states.has(clientId)) charge(owner.get(clientId) ?? null, state);
  }
  for (const state of states.values()) charge(sender, state);
  return shares;
}

// A state object is replaced, never changed in place, when its client updates it.
const sizes = new WeakMap<object, number>();

function sizeOf(state: unknown): number {
  if (typeof state !== 'object' || state === null) return JSON.stringify(state ?? null).length;
  let size = sizes.get(state);
  if (size === undefined) sizes.set(state, (size = JSON.stringify(state).length));
  return size;
}
