import type { IncomingMessage, ServerResponse } from 'node:http';
import { KEY_PARAM, PROTOCOL_HEADER, PROTOCOL_VERSION, RPC_PATH } from '../../shared/rpc/protocol.ts';
import type { Workspaces } from '../services/workspaces/Workspaces.ts';
import type { JobRunner } from '../services/jobs/jobs.ts';
import { secretMatches } from './auth.ts';
import type { Caller } from '../services/accounts/Caller.ts';
import type { LocalIdentity } from '../services/identity/LocalIdentity.ts';
import type { Accounts } from '../services/accounts/Accounts.ts';
import { actorOf } from '../services/accounts/Caller.ts';
import { answerAccountRoute, isAccountRoute } from './accountRoutes.ts';
import type { Gate, Identified } from './gate.ts';
import { asAccountStorageError } from '../storage/accountStorageFault.ts';
import { malformedCookieRefusal, REFUSALS, sendError, sendJson } from './httpReplies.ts';
import { log } from '../log/logger.ts';
import { allHandlers } from './rpc/allHandlers.ts';
import { dispatch, errorReply, type RpcReply } from './rpc/dispatch.ts';
import { bodyLimitOf, readJsonBody } from './readJsonBody.ts';
import { parseRequestTarget, type RequestTarget } from './requestTarget.ts';
import { sameOriginPath } from './sameOriginPath.ts';
import { securityHeaders } from './securityHeaders.ts';
import { staticFile } from './staticFiles.ts';
import type { SyncService } from './sync/SyncService.ts';

export interface HttpContext {
  secret: string;
  workspaces: Workspaces;
  sync: SyncService;
  staticDir?: string;
  allowLinking: boolean;
  /** The server's own origins, filled in once it listens. */
  origins: string[];
  jobs: JobRunner;
  /** Who may come in: the access key (local) or a session (team). */
  gate: Gate;
  /** A team server's accounts; null on a local server. */
  accounts: Accounts | null;
  /** Served over TLS: session cookies are `Secure`. */
  secure: boolean;
  /** The local owner's name and initials. */
  identity: LocalIdentity;
}

/**
 * The one entry point of HTTP requests: whatever a request holds and whatever fails while it
 * is answered, it ends in a reply (or, when the client is already gone, in a closed socket),
 * the failure is logged without URL or key, and the server goes on serving.
 */
export function serveRequest(req: IncomingMessage, res: ServerResponse, ctx: HttpContext): void {
  // A client that goes away mid-request makes these streams emit 'error'; unheard, that is fatal.
  req.on('error', () => {});
  res.on('error', () => {});
  handleHttp(req, res, ctx).catch((error: unknown) => {
    log.error('http', error);
    if (!res.headersSent && !res.destroyed) sendError(res, securityHeaders(ctx.origins[0] ?? ''), REFUSALS.internal);
    else res.destroy();
  });
}

/** One HTTP request: its target, its origin, key exchange, then authorisation, then RPC or a renderer file. */
export async function handleHttp(req: IncomingMessage, res: ServerResponse, ctx: HttpContext): Promise<void> {
  const headers = securityHeaders(ctx.origins[0] ?? '');
  const target = parseRequestTarget(req.url);
  if (!target) return sendError(res, headers, REFUSALS.badTarget);
  if (!ctx.gate.originAllowed(req.headers)) return sendError(res, headers, REFUSALS.foreignOrigin);
  if (ctx.accounts && isAccountRoute(target.path)) return answerAccountRoute(req, res, target.path, { accounts: ctx.accounts, gate: ctx.gate, secure: ctx.secure }, headers);
  const isRpc = target.pathname.startsWith(RPC_PATH);
  // A team server's renderer is public (it shows the sign-in page); its data is not.
  if (ctx.gate.team && !isRpc) return serveFile(req, res, target, ctx, headers);
  const key = target.searchParams.get(KEY_PARAM);
  if (!ctx.gate.team && req.method === 'GET' && key !== null && secretMatches(key, ctx.secret)) return exchangeKey(res, target, ctx, headers);
  let identified: Identified;
  try {
    identified = ctx.gate.identify(req.headers, true);
  } catch (error) {
    // The account file cannot be read (another program holds it exclusively): a named 503, not a 500.
    const reply = errorReply(asAccountStorageError(error));
    if (reply.status === 500) throw error;
    return sendJson(res, reply.status, { ...headers, ...reply.headers }, reply.body);
  }
  if ('refusal' in identified) {
    if (identified.refusal === 'foreign_origin') return sendError(res, headers, REFUSALS.foreignOrigin);
    if (identified.refusal === 'malformed_cookie') return sendError(res, headers, malformedCookieRefusal(ctx.gate));
    return ctx.gate.team ? sendError(res, headers, REFUSALS.signedOut) : refuse(req, res, headers);
  }
  // A session given a new id (its roles changed) hands the client the new cookie with this reply.
  const replyHeaders = identified.setCookie ? { ...headers, 'Set-Cookie': identified.setCookie } : headers;
  if (isRpc) return rpc(req, res, target.path.slice(RPC_PATH.length), ctx, replyHeaders, identified.caller);
  serveFile(req, res, target, ctx, replyHeaders);
}

function serveFile(req: IncomingMessage, res: ServerResponse, target: RequestTarget, ctx: HttpContext, headers: Record<string, string>): void {
  const file = ctx.staticDir && req.method === 'GET' ? staticFile(ctx.staticDir, target.path) : null;
  if (!file) return sendError(res, headers, REFUSALS.notFound);
  res.writeHead(200, { ...headers, 'Content-Type': file.type });
  res.end(file.body);
}

/** Trades the key in the URL for an HttpOnly cookie and drops it from the address bar, staying on this server. */
function exchangeKey(res: ServerResponse, target: RequestTarget, ctx: HttpContext, headers: Record<string, string>): void {
  const params = new URLSearchParams(target.searchParams);
  params.delete(KEY_PARAM);
  const query = params.size > 0 ? `?${params}` : '';
  const cookie = ctx.gate.cookie.set(ctx.secret, false);
  res.writeHead(303, { ...headers, 'Set-Cookie': cookie, Location: sameOriginPath(target.pathname + query) });
  res.end();
}

async function rpc(req: IncomingMessage, res: ServerResponse, name: string, ctx: HttpContext, headers: Record<string, string>, caller: Caller): Promise<void> {
  let reply: RpcReply;
  const version = Number(req.headers[PROTOCOL_HEADER] ?? PROTOCOL_VERSION);
  if (req.method !== 'POST') reply = { status: 405, body: { error: { code: 'bad_request', message: 'Lệnh RPC phải gửi bằng POST.' } } };
  else if (!(version >= PROTOCOL_VERSION)) reply = { status: 426, body: { error: { code: 'protocol_too_old', message: PROTOCOL_TOO_OLD_MESSAGE } } };
  else {
    const body = await readJsonBody(req, bodyLimitOf(name));
    reply = body.ok ? await dispatch(name, body.value, allHandlers, {
          workspaces: ctx.workspaces,
          sync: ctx.sync,
          actor: actorOf(caller),
          caller,
          accounts: ctx.accounts,
          allowLinking: ctx.allowLinking,
          jobs: ctx.jobs,
          identity: ctx.identity,
        }) : body.reply;
  }
  if (res.destroyed) return; // the client left (e.g. closed the tab during an upload)
  // A body refused unread is not drained: the connection closes once the reply is out.
  sendJson(res, reply.status, { ...headers, ...reply.headers, ...(reply.status === 413 ? { Connection: 'close' } : {}) }, reply.body);
}

/** 401: JSON, except for a browser navigation that asks for a page, which gets one that says what to do. */
function refuse(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): void {
  const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
  if (!wantsPage) return sendError(res, headers, REFUSALS.unauthorized);
  res.writeHead(401, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
  res.end(UNAUTHORIZED_PAGE);
}

const PROTOCOL_TOO_OLD_MESSAGE = 'Giao diện này cũ hơn máy chủ Văn Kiện. Hãy tải lại trang (hoặc cập nhật ứng dụng) rồi thử lại.';

const UNAUTHORIZED_PAGE = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Văn Kiện Studio</title>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>Cần khoá truy cập</h1>
<p>Trang này cần đường dẫn đầy đủ (có khoá truy cập) mà máy chủ Văn Kiện đã in ra khi khởi động.
Hãy mở lại đúng đường dẫn đó, hoặc hỏi người quản trị máy chủ. Nếu máy chủ đã tạo khoá mới
(<code>vankien serve --new-key</code>), đường dẫn cũ không còn dùng được.</p></body></html>`;
