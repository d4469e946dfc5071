import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { REFUSALS, writeRawError } from './httpReplies.ts';

/**
 * How large a request's headers may be (Node's default is 16 KB). Cookies are not separated by
 * port, so any page served from 127.0.0.1 can give the browser cookies that it then sends with
 * every request to this server: five of 4 KB made every request, RPC and socket alike, a 431,
 * and locked the user out. Browsers keep at most 180 cookies of 4 KB for one host (Chromium,
 * Firefox), 738 KB with their separators; 1 MB takes all of them. Past it, the 431 says to clear
 * this site's cookies, and the page shows that (renderer/api/credentials.ts).
 */
export const MAX_HEADER_BYTES = 1024 * 1024;

/**
 * A request Node's HTTP parser refused before any handler saw it (a malformed request line or
 * header, headers over MAX_HEADER_BYTES, headers too slow): answered with the same JSON refusals, or the
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
