import type { IncomingMessage, ServerResponse } from 'node:http';
import { KEY_PARAM, PROTOCOL_HEADER, PROTOCOL_VERSION, RPC_PATH, SESSION_COOKIE } from '../../shared/rpc/protocol.ts';
import type { Workspaces } from '../services/Workspaces.ts';
import type { JobRunner } from '../services/work/jobs.ts';
import { isAuthorized, originAllowed, secretMatches } from './auth.ts';
import { allHandlers } from './rpc/allHandlers.ts';
import { dispatch, type RpcReply } from './rpc/dispatch.ts';
import { readJsonBody } from './readJsonBody.ts';
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

/** One HTTP request: key exchange, then authorisation, then RPC or a renderer file. */
export async function handleHttp(req: IncomingMessage, res: ServerResponse, ctx: HttpContext): Promise<void> {
  const headers = securityHeaders(ctx.origins[0] ?? '');
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!originAllowed(req.headers.origin, ctx.origins)) return send(res, 403, headers, errorJson('forbidden_origin', 'Yêu cầu từ nguồn không được phép.'));
  const key = url.searchParams.get(KEY_PARAM);
  if (req.method === 'GET' && key !== null && secretMatches(key, ctx.secret)) {
    // Trade the secret in the URL for an HttpOnly cookie, and drop it from the address bar.
    url.searchParams.delete(KEY_PARAM);
    const cookie = `${SESSION_COOKIE}=${encodeURIComponent(ctx.secret)}; HttpOnly; SameSite=Strict; Path=/`;
    return send(res, 303, { ...headers, 'Set-Cookie': cookie, Location: url.pathname + url.search + url.hash }, '');
  }
  if (!isAuthorized(req.headers, ctx.secret, ctx.origins)) return refuse(req, res, headers);
  if (url.pathname.startsWith(RPC_PATH)) return rpc(req, res, url.pathname.slice(RPC_PATH.length), ctx, headers);
  const file = ctx.staticDir && req.method === 'GET' ? staticFile(ctx.staticDir, url.pathname) : null;
  if (!file) return send(res, 404, headers, errorJson('not_found', 'Không có trang này.'));
  send(res, 200, { ...headers, 'Content-Type': file.type }, file.body);
}

async function rpc(req: IncomingMessage, res: ServerResponse, name: string, ctx: HttpContext, headers: Record<string, string>): Promise<void> {
  let reply: RpcReply;
  const version = Number(req.headers[PROTOCOL_HEADER] ?? PROTOCOL_VERSION);
  if (req.method !== 'POST') reply = { status: 405, body: { error: { code: 'bad_request', message: 'Lệnh RPC phải gửi bằng POST.' } } };
  else if (!(version >= PROTOCOL_VERSION)) reply = { status: 426, body: { error: { code: 'protocol_too_old', message: PROTOCOL_TOO_OLD_MESSAGE } } };
  else {
    const body = await readJsonBody(req);
    reply = body.ok ? await dispatch(name, body.value, allHandlers, { workspaces: ctx.workspaces, sync: ctx.sync, actor: 'local', allowLinking: ctx.allowLinking, jobs: ctx.jobs }) : body.reply;
  }
  send(res, reply.status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' }, JSON.stringify(reply.body));
}

function refuse(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): void {
  const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
  if (!wantsPage) return send(res, 401, headers, errorJson('unauthorized', 'Thiếu hoặc sai khoá truy cập.'));
  send(res, 401, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, UNAUTHORIZED_PAGE);
}

function errorJson(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer): void {
  res.writeHead(status, headers);
  res.end(body);
}

const PROTOCOL_TOO_OLD_MESSAGE = 'Giao diện này cũ hơn máy chủ Văn Kiện. Hãy tải lại trang (hoặc cập nhật ứng dụng) rồi thử lại.';

const UNAUTHORIZED_PAGE = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Văn Kiện Studio</title>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>Cần khoá truy cập</h1>
<p>Trang này cần đường dẫn đầy đủ (có khoá truy cập) mà máy chủ Văn Kiện đã in ra khi khởi động.
Hãy mở lại đúng đường dẫn đó, hoặc hỏi người quản trị máy chủ.</p></body></html>`;
