import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { AppError } from '../../shared/errors.ts';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { PROTOCOL_VERSION, SYNC_PATH } from '../../shared/rpc/protocol.ts';
import { SYNC_LIMITS } from '../../shared/rpc/syncLimits.ts';
import { Workspaces } from '../services/Workspaces.ts';
import { isAuthorized } from './auth.ts';
import { handleHttp, type HttpContext } from './handleHttp.ts';
import { SyncService, type SyncOptions } from './sync/SyncService.ts';

export interface WorkspaceServerOptions {
  dataDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Per-launch secret; a random one when absent. */
  secret?: string;
  /** Built renderer to serve (headless mode); none in tests of the API alone. */
  staticDir?: string;
  sync?: SyncOptions;
  /** Let clients open workspace files by path (the desktop app); never on a shared server. */
  allowLinking?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  secret: string;
  /** The URL to open in a browser: it carries the secret once, exchanged for a cookie. */
  openUrl: string;
  workspaces: Workspaces;
  sync: SyncService;
  close(): Promise<void>;
}

/**
 * Starts the workspace server: RPC under /api/rpc/, Yjs sync on /sync, and the renderer.
 * Every request and socket without the secret, or from a foreign Origin, is refused.
 */
export async function startWorkspaceServer(options: WorkspaceServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  // Never wait on another program's lock with the event loop blocked (see setBusyTimeout).
  const workspaces = new Workspaces(options.dataDir, { busyTimeoutMs: 0 });
  const sync = new SyncService(workspaces, options.sync);
  const ctx: HttpContext = { secret, workspaces, sync, staticDir: options.staticDir, allowLinking: options.allowLinking ?? false, origins: [] };
  const server = createServer((req, res) => void handleHttp(req, res, ctx));
  const wss = new WebSocketServer({ noServer: true, maxPayload: SYNC_LIMITS.messageBytes });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith(SYNC_PATH) || !isAuthorized(req.headers, secret, ctx.origins)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const version = Number(new URL(req.url ?? '', 'http://x').searchParams.get('v') ?? PROTOCOL_VERSION);
      if (version < PROTOCOL_VERSION) return ws.close(CLOSE.protocolTooOld.code, CLOSE.protocolTooOld.name);
      sync.accept(ws, req);
    });
  });
  await listen(server, options.port ?? 4600, host);
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  ctx.origins.push(url, `http://localhost:${port}`);
  return {
    url,
    port,
    secret,
    openUrl: `${url}/?k=${encodeURIComponent(secret)}`,
    workspaces,
    sync,
    close: () => closeAll(server, wss, sync, workspaces),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new AppError('port_in_use', `Cổng ${port} trên ${host} đang được chương trình khác dùng. Hãy chọn cổng khác (--port) hoặc đóng chương trình đó.`));
      } else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}

async function closeAll(server: Server, wss: WebSocketServer, sync: SyncService, workspaces: Workspaces): Promise<void> {
  await sync.destroy();
  for (const client of wss.clients) client.terminate();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  workspaces.closeAll();
}

