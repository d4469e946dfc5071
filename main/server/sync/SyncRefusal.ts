import { closeReason, type CloseSpec } from '../../../shared/rpc/closeCodes.ts';

/** The socket Hocuspocus gives a connection: ours, a `ws` WebSocket. */
interface ClosableSocket {
  readyState: number;
  close(code?: number, reason?: string): void;
}

/**
 * Why the server refuses a client's message: thrown from a Hocuspocus hook, it stops the message
 * before Hocuspocus applies, acknowledges or broadcasts it, and Hocuspocus closes the document
 * connection with `code` and `reason` (it reads those two fields of what a hook throws).
 */
export class SyncRefusal extends Error {
  override readonly name = 'SyncRefusal';
  readonly code: number;
  readonly reason: string;

  constructor(spec: CloseSpec, detail?: string) {
    const reason = closeReason(spec, detail);
    super(reason);
    this.code = spec.code;
    this.reason = reason;
  }
}

/**
 * Closes the client's socket with the refusal's code, so its provider sees the code (a
 * Hocuspocus close alone leaves the socket open with the document detached), then throws it.
 */
export function refuse(socket: ClosableSocket, refusal: SyncRefusal): never {
  closeSocket(socket, refusal);
  throw refusal;
}

export function closeSocket(socket: ClosableSocket, refusal: SyncRefusal): void {
  // 0 connecting, 1 open: anything later is already closing.
  if (socket.readyState <= 1) socket.close(refusal.code, refusal.reason);
}

/** Detaches a Hocuspocus document connection at once and closes its client's socket. */
export function closeConnection(connection: { webSocket: ClosableSocket; close(event: { code: number; reason: string }): void }, refusal: SyncRefusal): void {
  connection.close({ code: refusal.code, reason: refusal.reason });
  closeSocket(connection.webSocket, refusal);
}
