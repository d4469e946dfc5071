import { afterEach, beforeEach } from 'vitest';
import type { Role } from '../../shared/accounts/roles.ts';
import type { AccountsOptions } from '../../main/services/accounts/Accounts.ts';
import { startWorkspaceServer, type RunningServer, type WorkspaceServerOptions } from '../../main/server/WorkspaceServer.ts';
import { tempDir } from './tempDir.ts';
import { SESSION_COOKIE_PAIR } from '../../shared/rpc/protocol.ts';

export const PASSWORD = 'mật khẩu đủ dài 1';

export interface TeamServer {
  server: RunningServer;
  dataDir: string;
  /** Adds an account directly through the server's Accounts (as an admin screen would). */
  addUser(name: string, role: Role | null, workspaceId?: string | null, password?: string): Promise<void>;
  /** POST /api/login; the reply and the session cookie ("vk_session_<id>=…") it set, if any. */
  login(name: string, password?: string, headers?: Record<string, string>): Promise<{ status: number; body: any; cookie: string | null; setCookie: string | null; headers: Headers }>;
  /** Signs in and returns the cookie header value, throwing when refused. */
  cookieOf(name: string, password?: string): Promise<string>;
  /** An RPC call with a cookie: status and body. */
  rpcAs(cookie: string | null, method: string, input: unknown): Promise<{ status: number; body: any; setCookie: string | null }>;
  /** An RPC call as a signed-in person, throwing on an error reply. */
  callAs(cookie: string, method: string, input: unknown): Promise<any>;
}

/** The session cookie a Set-Cookie header sets ("vk_session_<server id>=<session id>"), or null. */
export function cookieFrom(setCookie: string | null): string | null {
  const match = setCookie ? SESSION_COOKIE_PAIR.exec(setCookie) : null;
  return match && match[2] !== '' ? `${match[1]}=${match[2]}` : null;
}

/** A real team server on port 0 over a fresh temp folder for each test of the calling file. */
export function useTeamServer(options: { team?: AccountsOptions } & Omit<Partial<WorkspaceServerOptions>, 'dataDir' | 'port' | 'team'> = {}): TeamServer {
  let dir: ReturnType<typeof tempDir>;
  const t = {
    async addUser(name: string, role: Role | null, workspaceId: string | null = null, password = PASSWORD) {
      await t.server.accounts!.create('test', { name, displayName: `Người ${name}`, password, role, workspaceId });
    },
    async login(name: string, password = PASSWORD, headers: Record<string, string> = {}) {
      const response = await fetch(`${t.server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ name, password }) });
      const setCookie = response.headers.get('set-cookie');
      return { status: response.status, body: await response.json(), cookie: cookieFrom(setCookie), setCookie, headers: response.headers };
    },
    async cookieOf(name: string, password = PASSWORD) {
      const reply = await t.login(name, password);
      if (reply.status !== 200 || !reply.cookie) throw new Error(`login ${name} → ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.cookie;
    },
    async rpcAs(cookie: string | null, method: string, input: unknown) {
      const response = await fetch(`${t.server.url}/api/rpc/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: typeof input === 'string' ? input : JSON.stringify(input),
      });
      return { status: response.status, body: await response.json(), setCookie: response.headers.get('set-cookie') };
    },
    async callAs(cookie: string, method: string, input: unknown) {
      const { status, body } = await t.rpcAs(cookie, method, input);
      if (status !== 200) throw new Error(`${method} → ${status} ${JSON.stringify(body)}`);
      return body.result;
    },
  } as TeamServer;
  beforeEach(async () => {
    dir = tempDir();
    t.dataDir = dir.path;
    const { team, ...rest } = options;
    t.server = await startWorkspaceServer({ ...rest, team: team ?? {}, dataDir: dir.path, port: 0 });
  });
  afterEach(async () => {
    await t.server.close();
    dir.remove();
  });
  return t;
}
