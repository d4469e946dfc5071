import { closeReason, type CloseSpec } from '../../../shared/rpc/closeCodes.ts';
import { EXPECTED_FAILURE, type ExpectedFailure } from '../../log/expectedFailure.ts';

/** The socket Hocuspocus gives a connection: ours, a `ws` WebSocket. */
interface ClosableSocket {
  readyState: number;
  close(code?: number, reason?: string): void;
}

/**
 * Why the server refuses a client's message: thrown from a Hocuspocus hook, it stops the message
 * before Hocuspocus applies, acknowledges or broadcasts it, and Hocuspocus closes the document
 * connection with `code` and `reason` (it reads those two fields of what a hook throws).
 * A refusal is meant, not a bug: its `message` is empty, because Hocuspocus logs the message of
 * every error a hook throws (twice over, for each refused message), and it is an expected
 * failure, which the logger writes as one line (`SyncRefusal 4428 missing_dependencies: …`).
 */
export class SyncRefusal extends Error implements ExpectedFailure {
  override readonly name = 'SyncRefusal';
  readonly code: number;
  readonly reason: string;

  constructor(spec: CloseSpec, detail?: string) {
    super('');
    this.code = spec.code;
    this.reason = closeReason(spec, detail);
  }

  get [EXPECTED_FAILURE](): string {
    return `${this.name} ${this.code} ${this.reason}`;
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
