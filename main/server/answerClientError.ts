import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { REFUSALS, writeRawError } from './httpReplies.ts';

/**
 * A request Node's HTTP parser refused before any handler saw it (a malformed request line or
 * header, headers over 16 KB, headers too slow): answered with the same JSON refusals, or the
 * socket is closed when the client is gone or a response is already under way on it.
 * Replaces Node's default handler, which answers without a body.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Node's own handler makes the same check: a reply now would interleave with one being sent.
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy();
  if (error.code === 'HPE_HEADER_OVERFLOW') return writeRawError(socket, REFUSALS.headersTooLarge);
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return writeRawError(socket, REFUSALS.requestTimeout);
  writeRawError(socket, REFUSALS.malformedRequest);
}

/**
 * A CONNECT request (a client taking the server for a proxy), which Node hands to no request
 * handler and, unheard, answers by closing the socket: 405 in JSON, like every refusal.
 */
export function answerConnect(_req: IncomingMessage, socket: Duplex): void {
  socket.on('error', () => socket.destroy()); // as on an upgraded socket, Node's own listener is gone
  writeRawError(socket, REFUSALS.methodNotAllowed);
}
