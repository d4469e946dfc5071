import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { AppError } from '../../shared/errors.ts';
import { SYNC_LIMITS } from '../../shared/rpc/syncLimits.ts';
import { log, registerSecret } from '../log/logger.ts';
import { Workspaces } from '../services/workspaces/Workspaces.ts';
import { JobPool, type JobPoolOptions } from '../services/jobs/JobPool.ts';
import { Accounts, type AccountsOptions } from '../services/accounts/Accounts.ts';
import type { Caller } from '../services/accounts/Caller.ts';
import { LocalIdentity } from '../services/identity/LocalIdentity.ts';
import { personOf } from '../services/identity/personOf.ts';
import { AccountStore } from '../storage/AccountStore.ts';
import { DataFolderLock } from './DataFolderLock.ts';
import { localGate, teamGate } from './gate.ts';
import { serverCookieName } from './serverCookieName.ts';
import { SessionCookie } from './SessionCookie.ts';
import { serveRequest, type HttpContext } from './handleHttp.ts';
import { answerClientError, answerConnect, MAX_HEADER_BYTES } from './answerClientError.ts';
import { answerWsClientError, handleUpgrade } from './handleUpgrade.ts';
import { SyncService, type SyncOptions } from './sync/SyncService.ts';

export interface WorkspaceServerOptions {
  dataDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The access key: `serve` passes its data folder's, the desktop app a per-launch one; random when absent. */
  secret?: string;
  /** Built renderer to serve (headless mode); none in tests of the API alone. */
  staticDir?: string;
  sync?: SyncOptions;
  /** Let clients open workspace files by path (the desktop app); never on a shared server. */
  allowLinking?: boolean;
  /** The worker pool for imports, exports and comparisons (JOB_BUDGETS by default). */
  jobs?: JobPoolOptions;
  /** How large a request's headers may be: MAX_HEADER_BYTES (tests of the 431 set less). */
  maxHeaderBytes?: number;
  /**
   * A team server (`serve --team`): accounts in the data folder (`accounts.sqlite`), sessions
   * instead of the access key, roles enforced on every RPC method and on the sync socket.
   */
  team?: AccountsOptions;
  /** HTTPS and WSS with this certificate and key (PEM); plain HTTP without. */
  tls?: { cert: Buffer; key: Buffer };
}

export interface RunningServer {
  url: string;
  port: number;
  secret: string;
  /** Its session cookie's name (`vk_session_<id>`, kept in the data folder): unique to this server, so another on the same host cannot overwrite it. */
  sessionCookieName: string;
  /** The URL to open in a browser: it carries the secret once, exchanged for a cookie. */
  openUrl: string;
  workspaces: Workspaces;
  sync: SyncService;
  jobs: JobPool;
  /** A team server's accounts (its `setupCode` while it has no user); null for a local server. */
  accounts: Accounts | null;
  /** What the server does every minute on a team server (tests call it with their own clock). */
  sweepSessions(): void;
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
  registerSecret(secret); // no log line shows it, whatever it logs
  // Never wait on another program's lock with the event loop blocked (see setBusyTimeout).
  const accounts = options.team ? new Accounts(AccountStore.open(options.dataDir, { busyTimeoutMs: 1000 }), options.team) : null;
  const workspaces = new Workspaces(options.dataDir, { busyTimeoutMs: 0 });
  const identity = new LocalIdentity(options.dataDir);
  const sync = new SyncService(workspaces, { ...options.sync, personOf: (caller) => personOf(caller, identity) });
  accounts?.onEvent((event) => sync.members.apply(event));
  const jobs = new JobPool(options.jobs);
  const origins: string[] = [];
  const secure = options.tls !== undefined;
  const cookie = new SessionCookie(serverCookieName(options.dataDir));
  const gate = accounts ? teamGate(accounts, origins, secure, cookie) : localGate(secret, origins, cookie);
  const ctx: HttpContext = { secret, workspaces, sync, staticDir: options.staticDir, allowLinking: options.allowLinking ?? false, origins, jobs, gate, accounts, secure, identity };
  const serverOptions = { maxHeaderSize: options.maxHeaderBytes ?? MAX_HEADER_BYTES };
  const handler = (req: IncomingMessage, res: ServerResponse) => serveRequest(req, res, ctx);
  const server: Server = options.tls ? createTlsServer({ ...serverOptions, ...options.tls }, handler) : createServer(serverOptions, handler);
  const wss = new WebSocketServer({ noServer: true, maxPayload: SYNC_LIMITS.messageBytes });
  wss.on('wsClientError', answerWsClientError);
  const upgrades = { gate, origins, wss, accept: (ws: WebSocket, req: IncomingMessage, _version: number, caller: Caller) => sync.accept(ws, req, caller) };
  server.on('upgrade', (req, socket, head) => handleUpgrade(req, socket, head, upgrades));
  server.on('connect', answerConnect);
  server.on('clientError', answerClientError);
  try {
    await listen(server, options.port ?? 4600, host);
  } catch (error) {
    accounts?.store.close();
    throw error;
  }
  // Every minute: sessions in use by a socket are kept from going idle, ended ones lose their
  // sockets, and sessions idle past their limit are removed. A round that fails (the account
  // file locked or full) is logged and given up: the next minute's does it, and the server,
  // whose timer this runs on, stays up.
  const sweepSessions = () => {
    if (!accounts) return;
    try {
      sync.members.sweep((hash) => accounts.sessions.keepAlive(hash));
      accounts.sessions.sweep();
    } catch (error) {
      log.warn('sessions', 'session sweep failed, retried in a minute:', error);
    }
  };
  const sweep = accounts ? setInterval(sweepSessions, 60_000).unref() : undefined;
  const port = (server.address() as AddressInfo).port;
  const scheme = secure ? 'https' : 'http';
  const url = `${scheme}://${urlHost(host)}:${port}`;
  origins.push(url, `${scheme}://localhost:${port}`);
  return {
    url,
    port,
    secret,
    sessionCookieName: cookie.name,
    openUrl: `${url}/?k=${encodeURIComponent(secret)}`,
    workspaces,
    sync,
    jobs,
    accounts,
    sweepSessions,
    close: async () => {
      clearInterval(sweep);
      await closeAll(server, wss, sync, jobs, workspaces);
      accounts?.store.close();
    },
  };
}

/** A host as it is written in a URL: an IPv6 address in brackets. */
function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
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

async function closeAll(server: Server, wss: WebSocketServer, sync: SyncService, jobs: JobPool, workspaces: Workspaces): Promise<void> {
  await jobs.close();
  await sync.destroy();
  for (const client of wss.clients) client.terminate();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  workspaces.closeAll();
}

