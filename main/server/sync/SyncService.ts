import type { IncomingMessage } from 'node:http';
import { Hocuspocus } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { syncDocumentName } from '../../../shared/rpc/protocol.ts';
import type { Workspaces } from '../../services/Workspaces.ts';
import { persistenceExtension } from './persistenceExtension.ts';

export interface SyncOptions {
  /** Compact a document's update log after this many appended updates. */
  compactEvery?: number;
}

/**
 * Yjs sync for the workspace documents: Hocuspocus over sockets the HTTP layer has already
 * authenticated. Every update is on disk before Hocuspocus acknowledges it (see
 * persistenceExtension), so the "saved" state a client shows is true.
 */
export class SyncService {
  readonly hocuspocus: Hocuspocus;

  constructor(workspaces: Workspaces, options: SyncOptions = {}) {
    this.hocuspocus = new Hocuspocus({
      quiet: true,
      // Keep deleted content: drafts, attribution and history need it.
      yDocOptions: { gc: false, gcFilter: () => false },
      unloadImmediately: true,
      extensions: [persistenceExtension(workspaces, options.compactEvery ?? 500)],
    });
  }

  /** Hands an authenticated, upgraded socket to Hocuspocus. */
  accept(socket: WebSocket, request: IncomingMessage): void {
    // Hocuspocus reads only `headers` and `url` of the request, which IncomingMessage has.
    const connection = this.hocuspocus.handleConnection(socket, request as unknown as Request);
    socket.on('message', (data: Buffer) => connection.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    socket.on('close', (code: number, reason: Buffer) => connection.handleClose({ code, reason: reason.toString() }));
    socket.on('error', () => socket.terminate());
  }

  /**
   * Runs `change` on a document's live Y.Doc as a server-side edit: connected editors receive it
   * at once, and it is stored like any other update. `origin` names who made it (drafts restore,
   * import…), so undo managers and attribution can tell it apart from typing.
   */
  async transactDocument(workspaceId: string, documentId: string, origin: string, change: (ydoc: Y.Doc) => void): Promise<void> {
    const connection = await this.hocuspocus.openDirectConnection(syncDocumentName(workspaceId, documentId), { origin });
    try {
      await connection.transact((document) => document.transact(() => change(document), origin));
    } finally {
      await connection.disconnect();
    }
  }

  /** Disconnects every client of a document (after it was deleted) and unloads it. */
  async closeDocument(workspaceId: string, documentId: string): Promise<void> {
    this.hocuspocus.closeConnections(syncDocumentName(workspaceId, documentId));
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
