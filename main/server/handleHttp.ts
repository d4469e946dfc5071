import type { IncomingMessage, ServerResponse } from 'node:http';
import { KEY_PARAM, PROTOCOL_HEADER, PROTOCOL_VERSION, RPC_PATH, SESSION_COOKIE } from '../../shared/rpc/protocol.ts';
import type { Workspaces } from '../services/workspaces/Workspaces.ts';
import type { JobRunner } from '../services/jobs/jobs.ts';
import { authorize, originAllowed, secretMatches } from './auth.ts';
import { REFUSALS, sendError, sendJson } from './httpReplies.ts';
import { log } from '../log/logger.ts';
import { allHandlers } from './rpc/allHandlers.ts';
import { dispatch, type RpcReply } from './rpc/dispatch.ts';
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
  if (!originAllowed(req.headers.origin, ctx.origins)) return sendError(res, headers, REFUSALS.foreignOrigin);
  const key = target.searchParams.get(KEY_PARAM);
  if (req.method === 'GET' && key !== null && secretMatches(key, ctx.secret)) return exchangeKey(res, target, ctx.secret, headers);
  const verdict = authorize(req.headers, ctx.secret, ctx.origins);
  if (verdict === 'foreign_origin') return sendError(res, headers, REFUSALS.foreignOrigin);
  if (verdict === 'malformed_cookie') return sendError(res, headers, REFUSALS.malformedCookie);
  if (verdict === 'unauthorized') return refuse(req, res, headers);
  if (target.pathname.startsWith(RPC_PATH)) return rpc(req, res, target.path.slice(RPC_PATH.length), ctx, headers);
  const file = ctx.staticDir && req.method === 'GET' ? staticFile(ctx.staticDir, target.path) : null;
  if (!file) return sendError(res, headers, REFUSALS.notFound);
  res.writeHead(200, { ...headers, 'Content-Type': file.type });
  res.end(file.body);
}

/** Trades the key in the URL for an HttpOnly cookie and drops it from the address bar, staying on this server. */
function exchangeKey(res: ServerResponse, target: RequestTarget, secret: string, headers: Record<string, string>): void {
  const params = new URLSearchParams(target.searchParams);
  params.delete(KEY_PARAM);
  const query = params.size > 0 ? `?${params}` : '';
  const cookie = `${SESSION_COOKIE}=${encodeURIComponent(secret)}; HttpOnly; SameSite=Strict; Path=/`;
  res.writeHead(303, { ...headers, 'Set-Cookie': cookie, Location: sameOriginPath(target.pathname + query) });
  res.end();
}

async function rpc(req: IncomingMessage, res: ServerResponse, name: string, ctx: HttpContext, headers: Record<string, string>): Promise<void> {
  let reply: RpcReply;
  const version = Number(req.headers[PROTOCOL_HEADER] ?? PROTOCOL_VERSION);
  if (req.method !== 'POST') reply = { status: 405, body: { error: { code: 'bad_request', message: 'Lệnh RPC phải gửi bằng POST.' } } };
  else if (!(version >= PROTOCOL_VERSION)) reply = { status: 426, body: { error: { code: 'protocol_too_old', message: PROTOCOL_TOO_OLD_MESSAGE } } };
  else {
    const body = await readJsonBody(req, bodyLimitOf(name));
    reply = body.ok ? await dispatch(name, body.value, allHandlers, { workspaces: ctx.workspaces, sync: ctx.sync, actor: 'local', allowLinking: ctx.allowLinking, jobs: ctx.jobs }) : body.reply;
  }
  if (res.destroyed) return; // the client left (e.g. closed the tab during an upload)
  // A body refused unread is not drained: the connection closes once the reply is out.
  sendJson(res, reply.status, reply.status === 413 ? { ...headers, Connection: 'close' } : headers, reply.body);
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
