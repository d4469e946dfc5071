import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { AppError } from '../../shared/errors.ts';
import { PROTOCOL_VERSION, SYNC_PATH } from '../../shared/rpc/protocol.ts';
import { Workspaces } from '../services/Workspaces.ts';
import { isAuthorized } from './auth.ts';
import { DataFolderLock } from './DataFolderLock.ts';
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
 * Every request and socket without the secret, or from a foreign Origin, is refused. The data
 * folder is locked first (`data_folder_locked` when another server has it) and released on close.
 */
export async function startWorkspaceServer(options: WorkspaceServerOptions): Promise<RunningServer> {
  const lock = DataFolderLock.acquire(options.dataDir);
  try {
    const running = await startServer(options);
    lock.setUrl(running.url);
    return { ...running, close: () => running.close().finally(() => lock.release()) };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function startServer(options: WorkspaceServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const workspaces = new Workspaces(options.dataDir);
  const sync = new SyncService(workspaces, options.sync);
  const ctx: HttpContext = { secret, workspaces, sync, staticDir: options.staticDir, allowLinking: options.allowLinking ?? false, origins: [] };
  const server = createServer((req, res) => void handleHttp(req, res, ctx));
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith(SYNC_PATH) || !isAuthorized(req.headers, secret, ctx.origins)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const version = Number(new URL(req.url ?? '', 'http://x').searchParams.get('v') ?? PROTOCOL_VERSION);
      if (version < PROTOCOL_VERSION) return ws.close(4426, 'protocol_too_old');
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

