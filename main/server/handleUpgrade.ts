import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { PROTOCOL_VERSION, SYNC_PATH } from '../../shared/rpc/protocol.ts';
import type { Caller } from '../services/accounts/Caller.ts';
import type { Gate } from './gate.ts';
import { malformedCookieRefusal, REFUSALS, writeRawError, type ErrorReply } from './httpReplies.ts';
import { log } from '../log/logger.ts';
import { parseRequestTarget } from './requestTarget.ts';
import { errorReply } from './rpc/dispatch.ts';
import { asAccountStorageError } from '../storage/accountStorageFault.ts';

export interface UpgradeContext {
  /** Who may come in (the access key, or a team session). */
  gate: Gate;
  /** The server's own origins, filled in once it listens. */
  origins: readonly string[];
  wss: WebSocketServer;
  /** Called with each socket that passed every check, its protocol version and who opened it. */
  accept(ws: WebSocket, req: IncomingMessage, version: number, caller: Caller): void;
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
    const allowed = upgradeRefusal(req, ctx);
    if (!('caller' in allowed)) return writeRawError(socket, allowed);
    ctx.wss.handleUpgrade(req, socket, head, (ws) => {
      if (allowed.version < PROTOCOL_VERSION) return ws.close(CLOSE.protocolTooOld.code, CLOSE.protocolTooOld.name);
      ctx.accept(ws, req, allowed.version, allowed.caller);
    });
  } catch (error) {
    // A team session looked up in an account file another program holds exclusively: a named 503.
    const reply = errorReply(asAccountStorageError(error));
    if (reply.status !== 500 && 'error' in reply.body) return writeRawError(socket, { status: reply.status, error: reply.body.error, headers: reply.headers });
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

/** Who opens the socket and the protocol version it asks for when it may be upgraded, else the refusal to write. */
function upgradeRefusal(req: IncomingMessage, ctx: UpgradeContext): { version: number; caller: Caller } | ErrorReply {
  const target = parseRequestTarget(req.url);
  if (!target) return REFUSALS.badTarget;
  if (target.path !== SYNC_PATH) return REFUSALS.notFound;
  // A socket cannot be handed a new cookie: a session due for a new id keeps its own until the next request.
  const identified = ctx.gate.identify(req.headers, false);
  if ('refusal' in identified) {
    if (identified.refusal === 'foreign_origin') return REFUSALS.foreignOrigin;
    if (identified.refusal === 'malformed_cookie') return malformedCookieRefusal(ctx.gate);
    return ctx.gate.team ? REFUSALS.signedOut : REFUSALS.unauthorized;
  }
  if (req.method !== 'GET') return REFUSALS.upgradeMethod;
  const v = target.searchParams.get('v');
  if (v === null) return { version: PROTOCOL_VERSION, caller: identified.caller }; // Node clients (CLI, tests) speak the current protocol
  return /^\d{1,6}$/.test(v) ? { version: Number(v), caller: identified.caller } : REFUSALS.badVersion;
}
