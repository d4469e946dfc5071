import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';

/** Hocuspocus' message type of an authentication (handled apart from its per-document queue). */
const AUTH_MESSAGE = 2;

/**
 * Bounds what one client socket has waiting in Hocuspocus' per-connection message queue, which
 * has no bound of its own (a client could send faster than its updates are stored and grow the
 * server's memory without end, and the server went on working through the queue after the
 * client left). Once more than `limitBytes` are received and not yet handled the socket is
 * paused: the sender's TCP stream is held back, nothing is refused or lost. It resumes when half
 * of that has been handled. A message counts from `received` until Hocuspocus' afterHandleMessage
 * hook gives the same bytes to `handled`; authentication messages are not counted (Hocuspocus
 * handles a document's first one outside that queue, where no hook sees it).
 */
export class InboundBacklog {
  private readonly socket: WebSocket;
  private readonly limitBytes: number;
  private readonly waiting = new WeakSet<Uint8Array>();
  private bytes = 0;

  constructor(socket: WebSocket, limitBytes: number) {
    this.socket = socket;
    this.limitBytes = limitBytes;
  }

  received(message: Uint8Array): void {
    if (typeOf(message) === AUTH_MESSAGE) return;
    this.waiting.add(message);
    this.bytes += message.byteLength;
    if (this.bytes > this.limitBytes && !this.socket.isPaused) this.socket.pause();
  }

  handled(message: Uint8Array): void {
    if (!this.waiting.delete(message)) return;
    this.bytes -= message.byteLength;
    if (this.socket.isPaused && this.bytes <= this.limitBytes / 2) this.socket.resume();
  }
}

/** The message type after the document name (messageNameProblem has checked the name). */
function typeOf(message: Uint8Array): number {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder);
  } catch {
    return -1;
  }
}
