import { closeSocket, type SyncRefusal } from './SyncRefusal.ts';

/** The socket of a client connection, as SyncRefusal closes it. */
type WaitingSocket = Parameters<typeof closeSocket>[0] & {
  once(event: 'close', listener: () => void): unknown;
  off(event: 'close', listener: () => void): unknown;
};

/**
 * The client sockets waiting for a document to load: from their authentication until their
 * connection is set up. Hocuspocus loads a document once for everyone who asks meanwhile, and
 * when the load fails it tells each of them only "permission denied" (which the editor takes as
 * "this document is not for you" and stops). A load refused for a storage fault closes each
 * waiting socket with the fault's code instead (`refuseAll`), so every editor keeps its changes
 * and tries again.
 */
export class LoadWaiters {
  private readonly waiting = new Map<string, Map<WaitingSocket, () => void>>();

  add(documentName: string, socket: WaitingSocket): void {
    let sockets = this.waiting.get(documentName);
    if (!sockets) this.waiting.set(documentName, (sockets = new Map()));
    if (sockets.has(socket)) return;
    const onClose = () => this.remove(documentName, socket);
    sockets.set(socket, onClose);
    socket.once('close', onClose);
  }

  remove(documentName: string, socket: WaitingSocket): void {
    const sockets = this.waiting.get(documentName);
    const onClose = sockets?.get(socket);
    if (!sockets || !onClose) return;
    socket.off('close', onClose);
    sockets.delete(socket);
    if (sockets.size === 0) this.waiting.delete(documentName);
  }

  /** Closes every socket waiting for `documentName` with the refusal's code. */
  refuseAll(documentName: string, refusal: SyncRefusal): void {
    for (const socket of [...(this.waiting.get(documentName)?.keys() ?? [])]) {
      this.remove(documentName, socket);
      closeSocket(socket, refusal);
    }
  }
}
