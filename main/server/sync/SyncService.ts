import type { IncomingMessage } from 'node:http';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { CLOSE } from '../../../shared/rpc/closeCodes.ts';
import { syncDocumentName } from '../../../shared/rpc/protocol.ts';
import { SYNC_LIMITS } from '../../../shared/rpc/syncLimits.ts';
import type { Workspaces } from '../../services/workspaces/Workspaces.ts';
import { awarenessLimits } from './awarenessLimits.ts';
import { presenceStamp } from './presenceStamp.ts';
import type { Person } from '../../../shared/presence/PresenceUser.ts';
import type { Caller } from '../../services/accounts/Caller.ts';
import { InboundBacklog } from './InboundBacklog.ts';
import { MemberSockets } from './MemberSockets.ts';
import { messageNameProblem } from './messageNameProblem.ts';
import { MessageRate, type MessageRateLimit } from './MessageRate.ts';
import { isPong, syncMessageProblem } from './syncMessageProblem.ts';
import { PersistenceExtension } from './persistenceExtension.ts';
import { DEFAULT_LOCK_RETRY, type LockRetry } from './retryWhileLocked.ts';
import { closeConnection, closeSocket, SyncRefusal } from './SyncRefusal.ts';
import type { SyncContext } from './syncContext.ts';

export interface SyncOptions {
  /** Compact a document's update log after this many appended updates. */
  compactEvery?: number;
  /** How long a write waits, on timers, for another program's lock before it is refused. */
  lockRetry?: Partial<LockRetry>;
  /** Bytes a socket may have received and not yet handled before it is paused (SYNC_LIMITS.waitingBytes). */
  waitingBytes?: number;
  /** How long an update that needs changes the server lacks is held for them (SYNC_LIMITS.heldMs). */
  heldMs?: number;
  /** Who a caller's presence says they are (stamped on every awareness state their connections send). */
  personOf?: (caller: Caller) => Person;
  /** Messages one socket may send at once and per second (SYNC_LIMITS.messageBurst, messagesPerSecond). */
  messageRate?: Partial<MessageRateLimit>;
  /** How long a socket may stay open without authenticating a document (SYNC_LIMITS.authMs). */
  authMs?: number;
}

/** How long Hocuspocus gathers document updates into one broadcast. */
const BROADCAST_WINDOW_MS = 3;

/** Without a source of names (a bare SyncService), a member is named by their account and the owner plainly. */
const anonymous = (caller: Caller): Person => (caller.kind === 'member' ? { displayName: caller.displayName, initials: caller.initials } : { displayName: 'Người soạn', initials: 'NS' });

/**
 * Yjs sync for the workspace documents: Hocuspocus over sockets the HTTP layer has already
 * authenticated. Every change is on disk before Hocuspocus acknowledges or broadcasts it (see
 * PersistenceExtension), so the "saved" state a client shows is true; what cannot be stored, or
 * is not allowed by the schema, is refused with a close code from shared/rpc/closeCodes.ts.
 */
export class SyncService {
  readonly hocuspocus: Hocuspocus<SyncContext>;
  private readonly persistence: PersistenceExtension;
  private readonly waitingBytes: number;
  private readonly backlogs = new WeakMap<WebSocket, InboundBacklog>();
  private readonly messageRate: MessageRateLimit;
  private readonly authMs: number;
  /** Sockets that have authenticated at least one document. */
  private readonly authenticated = new WeakSet<WebSocket>();
  /** The open sockets of each team member, to close when their rights change or their session ends. */
  readonly members = new MemberSockets();

  constructor(workspaces: Workspaces, options: SyncOptions = {}) {
    this.persistence = new PersistenceExtension(workspaces, {
      compactEvery: options.compactEvery ?? 500,
      lockRetry: { ...DEFAULT_LOCK_RETRY, ...options.lockRetry },
      heldMs: options.heldMs,
    });
    this.waitingBytes = options.waitingBytes ?? SYNC_LIMITS.waitingBytes;
    this.messageRate = { burst: SYNC_LIMITS.messageBurst, perSecond: SYNC_LIMITS.messagesPerSecond, ...options.messageRate };
    this.authMs = options.authMs ?? SYNC_LIMITS.authMs;
    // Last in the list: its onAuthenticate runs only when every other extension's has passed.
    const sockets: Extension = {
      afterHandleMessage: async ({ context, update }) => {
        if (context?.socket) this.backlogs.get(context.socket)?.handled(update);
      },
      onAuthenticate: async ({ context }) => {
        if (context?.socket) this.authenticated.add(context.socket);
      },
    };
    this.hocuspocus = new Hocuspocus<SyncContext>({
      quiet: true,
      // Keep deleted content: drafts, attribution and history need it.
      yDocOptions: { gc: false, gcFilter: () => false },
      unloadImmediately: true,
      // One broadcast for the updates of a few milliseconds (Hocuspocus merges them), not one per
      // update: with 25 people typing, each broadcast costs a write to every socket and a
      // decode in every editor. Hocuspocus' window is fixed, so an update waits at most this long.
      flushDelay: BROADCAST_WINDOW_MS,
      extensions: [this.persistence, presenceStamp(options.personOf ?? anonymous), awarenessLimits, sockets],
    });
  }

  /**
   * Hands an authenticated, upgraded socket to Hocuspocus. Every message must name a
   * well-formed document (messageNameProblem) and be framed as a provider frames it
   * (syncMessageProblem), and the socket must keep within its message rate (MessageRate) and
   * authenticate a document within `authMs`: the socket is closed at the first that does not,
   * with the close code naming why, and what arrives on a socket already closing is dropped
   * unread. A socket with more than `waitingBytes` received and not yet handled is paused
   * (InboundBacklog). Pongs are dropped: the server sends no pings.
   */
  accept(socket: WebSocket, request: IncomingMessage, caller: Caller): void {
    // Hocuspocus reads only `headers` and `url` of the request, which IncomingMessage has.
    const connection = this.hocuspocus.handleConnection(socket, request as unknown as Request, { socket, caller });
    this.members.add(socket, caller);
    const backlog = new InboundBacklog(socket, this.waitingBytes);
    this.backlogs.set(socket, backlog);
    const rate = new MessageRate(this.messageRate);
    const authDeadline = setTimeout(() => {
      if (!this.authenticated.has(socket)) closeSocket(socket, new SyncRefusal(CLOSE.authTimeout));
    }, this.authMs);
    socket.on('message', (data: Buffer) => {
      if (socket.readyState !== socket.OPEN) return;
      if (!rate.take()) return closeSocket(socket, new SyncRefusal(CLOSE.messageFlood));
      const message = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (isPong(message)) return;
      const problem = messageNameProblem(message);
      if (problem) return closeSocket(socket, new SyncRefusal(problem));
      const malformed = syncMessageProblem(message);
      if (malformed) return closeSocket(socket, new SyncRefusal(CLOSE.malformedMessage, malformed));
      backlog.received(message);
      connection.handleMessage(message);
    });
    socket.on('close', (code: number, reason: Buffer) => {
      clearTimeout(authDeadline);
      this.members.remove(socket, caller);
      connection.handleClose({ code, reason: reason.toString() });
    });
    socket.on('error', () => socket.terminate());
  }

  /**
   * Runs `change` as a server-side edit of a document's working copy: it is committed first,
   * then applied to the live Y.Doc with `origin` (which names who made it: drafts restore,
   * import…), so connected editors receive it at once. A storage fault rejects with its AppError
   * (storage_locked, disk_full…) and nothing of the change is stored or sent.
   */
  async transactDocument(workspaceId: string, documentId: string, origin: string, change: (ydoc: Y.Doc) => void): Promise<void> {
    const connection = await this.hocuspocus.openDirectConnection(syncDocumentName(workspaceId, documentId), {});
    try {
      await this.persistence.persistenceOf(connection.document!).transact(origin, change);
    } finally {
      await connection.disconnect();
    }
  }

  /**
   * Tells every client of a document, on its sync socket, that something beside its Y.Doc
   * changed (`COMMENTS_CHANGED`: its comment threads), once the change is committed. A document
   * nobody has open has nobody to tell; clients that open it later read the records anyway.
   */
  notifyDocument(workspaceId: string, documentId: string, payload: string): void {
    this.hocuspocus.documents.get(syncDocumentName(workspaceId, documentId))?.broadcastStateless(payload);
  }

  /** The live Y.Doc of a document some client has open (what editors see now), or null when none has. Read it, never write it: writes go through `transactDocument`. */
  liveDocument(workspaceId: string, documentId: string): Y.Doc | null {
    return this.hocuspocus.documents.get(syncDocumentName(workspaceId, documentId)) ?? null;
  }

  /** Disconnects every client of a document (after it was deleted); it unloads when the last one goes. */
  async closeDocument(workspaceId: string, documentId: string): Promise<void> {
    const document = this.hocuspocus.documents.get(syncDocumentName(workspaceId, documentId));
    for (const connection of document?.getConnections() ?? []) {
      closeConnection(connection, new SyncRefusal(CLOSE.documentNotFound, 'deleted'));
    }
  }

  documentCount(): number {
    return this.hocuspocus.getDocumentsCount();
  }

  /** Disconnects everyone and unloads every document (which compacts its update log). */
  async destroy(): Promise<void> {
    this.hocuspocus.closeConnections();
    await Promise.all([...this.hocuspocus.documents.values()].map((doc) => this.hocuspocus.unloadDocument(doc)));
  }
}
