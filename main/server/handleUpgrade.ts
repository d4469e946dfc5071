import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { PROTOCOL_VERSION, SYNC_PATH } from '../../shared/rpc/protocol.ts';
import { authorize } from './auth.ts';
import { REFUSALS, writeRawError, type ErrorReply } from './httpReplies.ts';
import { log } from '../log/logger.ts';
import { parseRequestTarget } from './requestTarget.ts';

export interface UpgradeContext {
  secret: string;
  /** The server's own origins, filled in once it listens. */
  origins: readonly string[];
  wss: WebSocketServer;
  /** Called with each socket that passed every check, and its protocol version. */
  accept(ws: WebSocket, req: IncomingMessage, version: number): void;
}


/**
 * The sync socket's way in. Everything is decided at HTTP level, before any WebSocket exists:
 * a malformed target, cookie or `v` is a 400, another method than GET a 405, a foreign origin
 * a 403, a missing or wrong key a 401, a handshake `ws` refuses a 400 (answerWsClientError; each
 * a JSON body). Whatever fails in here ends in a refusal or a closed socket, never in an
 * exception out of the 'upgrade' event (which would end the process).
 */
export function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, ctx: UpgradeContext): void {
  // Node takes its own error listener off an upgraded socket: a reset before we answer is fatal without one.
  socket.on('error', () => socket.destroy());
  try {
    const refusal = upgradeRefusal(req, ctx);
    if (typeof refusal !== 'number') return writeRawError(socket, refusal);
    ctx.wss.handleUpgrade(req, socket, head, (ws) => {
      if (refusal < PROTOCOL_VERSION) return ws.close(CLOSE.protocolTooOld.code, CLOSE.protocolTooOld.name);
      ctx.accept(ws, req, refusal);
    });
  } catch (error) {
    log.error('sync upgrade', error);
    writeRawError(socket, REFUSALS.internal);
  }
}

/**
 * What `ws` refuses itself once our checks have passed (an Upgrade that is not `websocket`, a
 * missing or malformed Sec-WebSocket-Key or -Version…): the same JSON refusal, where `ws` would
 * have answered with text/html. Listened for as the WebSocketServer's 'wsClientError'.
 */
export function answerWsClientError(_error: Error, socket: Duplex, req: IncomingMessage): void {
  // RFC 6455 4.4: a refused version is answered with the versions the server speaks.
  const asked = req.headers['sec-websocket-version'];
  const version = asked !== '8' && asked !== '13' ? { 'Sec-WebSocket-Version': '13' } : undefined;
  writeRawError(socket, { ...REFUSALS.badUpgrade, headers: version });
}

/** The protocol version the socket asks for when it may be upgraded, else the refusal to write. */
function upgradeRefusal(req: IncomingMessage, ctx: UpgradeContext): number | ErrorReply {
  const target = parseRequestTarget(req.url);
  if (!target) return REFUSALS.badTarget;
  if (target.path !== SYNC_PATH) return REFUSALS.notFound;
  const verdict = authorize(req.headers, ctx.secret, ctx.origins);
  if (verdict === 'foreign_origin') return REFUSALS.foreignOrigin;
  if (verdict === 'malformed_cookie') return REFUSALS.malformedCookie;
  if (verdict === 'unauthorized') return REFUSALS.unauthorized;
  if (req.method !== 'GET') return REFUSALS.upgradeMethod;
  const v = target.searchParams.get('v');
  if (v === null) return PROTOCOL_VERSION; // Node clients (CLI, tests) speak the current protocol
  return /^\d{1,6}$/.test(v) ? Number(v) : REFUSALS.badVersion;
}
