import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { loginInput, setupInput, type LoginReply } from '../../shared/rpc/loginRequests.ts';
import { AppError } from '../../shared/errors.ts';
import { LOGIN_PATH, LOGOUT_PATH, SETUP_PATH, TEAM_PATH } from '../../shared/rpc/protocol.ts';
import type { Accounts, SignedIn } from '../services/accounts/Accounts.ts';
import { RateLimited } from '../services/accounts/RateLimited.ts';
import { asAccountStorageError, onAccountFile } from '../storage/accountStorageFault.ts';
import type { Gate } from './gate.ts';
import { sendJson } from './httpReplies.ts';
import { readJsonBody } from './readJsonBody.ts';
import { errorReply, type RpcReply } from './rpc/dispatch.ts';
import { parseInput, validationMessage } from './rpc/validationMessage.ts';

/** A sign-in body is two short fields: 4 KB is plenty, and nothing larger is read. */
const LOGIN_BODY_BYTES = 4096;

export interface AccountRoutes {
  accounts: Accounts;
  gate: Gate;
  /** Over TLS: the cookie is `Secure`. */
  secure: boolean;
}

/** Whether `path` is one of the sign-in endpoints, which are answered before (and without) a session. */
export function isAccountRoute(path: string): boolean {
  return path === LOGIN_PATH || path === LOGOUT_PATH || path === SETUP_PATH || path === TEAM_PATH;
}

/**
 * The team server's sign-in endpoints: `GET /api/team`, `POST /api/login` {name, password},
 * `POST /api/setup` {code, name, displayName, password}, `POST /api/logout`. Each answers JSON;
 * a malformed, oversized or mistyped body is a 400 (413) naming what was wrong; a wrong password
 * 401, too many failures 429 with Retry-After and a sentence saying when to try again.
 */
export async function answerAccountRoute(req: IncomingMessage, res: ServerResponse, path: string, routes: AccountRoutes, headers: Record<string, string>): Promise<void> {
  const { accounts, secure, gate } = routes;
  if (path === TEAM_PATH) {
    if (req.method !== 'GET') return refuse(res, headers, 405, new AppError('bad_request', 'Địa chỉ này chỉ nhận GET.'));
    return sendJson(res, 200, headers, { mode: 'team', setupNeeded: accounts.setupCode !== null });
  }
  if (req.method !== 'POST') return refuse(res, headers, 405, new AppError('bad_request', 'Đăng nhập, đăng xuất và thiết lập phải gửi bằng POST.'));
  if (path === LOGOUT_PATH) return logout(req, res, routes, headers);
  const address = req.socket.remoteAddress ?? 'unknown';
  try {
    const signedIn = path === LOGIN_PATH
      ? await readBody(req, loginInput).then((input) => onAccountFile(() => accounts.login(input.name, input.password, address)))
      : await readBody(req, setupInput).then(({ code, ...account }) => onAccountFile(() => accounts.setup(code, account, address)));
    if (res.destroyed) return;
    sendJson(res, 200, { ...headers, 'Set-Cookie': gate.cookie.set(signedIn.sessionId, secure) }, replyOf(signedIn));
  } catch (error) {
    if (res.destroyed) return;
    const extra: Record<string, string> = error instanceof RateLimited ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
    const reply = error instanceof BodyRefused ? error.reply : errorReply(error);
    sendJson(res, reply.status, { ...headers, ...extra, ...reply.headers, ...(reply.status === 413 ? { Connection: 'close' } : {}) }, reply.body);
  }
}

/** Ends the request's sessions; one that cannot be ended (a locked or full account file) is a named refusal, and the cookie stays. */
function logout(req: IncomingMessage, res: ServerResponse, routes: AccountRoutes, headers: Record<string, string>): void {
  try {
    const found = routes.gate.identify(req.headers, false);
    const member = 'caller' in found && found.caller.kind === 'member' ? found.caller : null;
    for (const value of routes.gate.cookie.valuesOf(req.headers.cookie).values.slice(0, 8)) routes.accounts.logout(value, member);
  } catch (error) {
    const reply = errorReply(asAccountStorageError(error));
    return sendJson(res, reply.status, { ...headers, ...reply.headers }, reply.body);
  }
  sendJson(res, 200, { ...headers, 'Set-Cookie': routes.gate.cookie.cleared(routes.secure) }, { ok: true });
}

function replyOf({ member }: SignedIn): LoginReply {
  return { user: { name: member.name, displayName: member.displayName, initials: member.initials }, role: member.grants.global, grants: member.grants };
}

/** A body the endpoint cannot take: its ready reply (400, 413). */
class BodyRefused extends Error {
  readonly reply: RpcReply;
  constructor(reply: RpcReply) {
    super('body refused');
    this.reply = reply;
  }
}

async function readBody<T extends z.ZodType>(req: IncomingMessage, schema: T): Promise<z.output<T>> {
  const body = await readJsonBody(req, LOGIN_BODY_BYTES);
  if (!body.ok) throw new BodyRefused(body.reply);
  const parsed = parseInput(schema, body.value);
  if (!parsed.success) throw new AppError('bad_request', validationMessage(parsed.error));
  return parsed.data;
}

function refuse(res: ServerResponse, headers: Record<string, string>, status: number, error: AppError): void {
  sendJson(res, status, { ...headers, Allow: 'GET, POST' }, { error: error.toPayload() });
}
