import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCESS_KEY_FILE } from '../../main/server/accessKeyFile.ts';
import { startWorkspaceServer } from '../../main/server/WorkspaceServer.ts';
import { vankien } from '../helpers/cli.ts';
import { startServeProcess, type ServeProcess } from '../helpers/serveProcess.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
const running: ServeProcess[] = [];
const keyFile = () => join(dir.path, ACCESS_KEY_FILE);

beforeEach(() => {
  dir = tempDir();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
  dir.remove();
});

async function serve(...args: string[]): Promise<ServeProcess> {
  const server = await startServeProcess({ dataDir: dir.path, args });
  running.push(server);
  return server;
}

/** An RPC as an open browser tab makes it: with the session cookie it got from the printed address. */
async function withCookie(server: ServeProcess, key: string): Promise<Response> {
  return fetch(`${server.url}/api/rpc/workspace.list`, { method: 'POST', body: '{}', headers: { cookie: `${server.cookieName}=${encodeURIComponent(key)}` } });
}

describe('the access key of a data folder', () => {
  it('survives a restart, so an open tab’s cookie still works', async () => {
    const first = await serve();
    expect(first.output()).toContain('Đã tạo khoá truy cập');
    await first.stop();
    const second = await serve();
    expect(second.secret).toBe(first.secret);
    expect(second.output()).toContain('giữ như lần trước');
    expect((await withCookie(second, first.secret)).status).toBe(200);
  });

  it('is stored readable by its owner only, and made so again when it was not', async () => {
    const first = await serve();
    expect(readFileSync(keyFile(), 'utf8').trim()).toBe(first.secret);
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    await first.stop();
    chmodSync(keyFile(), 0o644);
    const second = await serve();
    expect(second.secret).toBe(first.secret);
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
  });

  it('is replaced on --new-key: the old cookie is refused with a JSON 401', async () => {
    const first = await serve();
    await first.stop();
    const second = await serve('--new-key');
    expect(second.secret).not.toBe(first.secret);
    expect(second.output()).toContain('--new-key');
    expect(readFileSync(keyFile(), 'utf8').trim()).toBe(second.secret);
    const refused = await withCookie(second, first.secret);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await refused.json()).error.code).toBe('unauthorized');
    expect((await withCookie(second, second.secret)).status).toBe(200);
  });

  it('is made anew when the file holds no key', async () => {
    writeFileSync(keyFile(), 'x\n');
    const server = await serve();
    expect(server.secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(server.output()).toContain('không chứa khoá hợp lệ');
    expect(readFileSync(keyFile(), 'utf8').trim()).toBe(server.secret);
  });

  it('is overridden by VANKIEN_SECRET, which leaves the stored key alone', async () => {
    const first = await serve();
    await first.stop();
    const server = await startServeProcess({ dataDir: dir.path, env: { VANKIEN_SECRET: 'from-the-environment-0123456789' }, args: ['--new-key'] });
    running.push(server);
    expect(server.secret).toBe('from-the-environment-0123456789');
    expect(server.output()).toContain('VANKIEN_SECRET');
    expect(readFileSync(keyFile(), 'utf8').trim()).toBe(first.secret);
  });

  it('is not changed by a --new-key start that fails', async () => {
    const first = await serve();
    await first.stop();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const result = vankien('serve', '--data', dir.path, '--port', String((blocker.address() as AddressInfo).port), '--new-key');
      expect(result.stderr).toContain('port_in_use');
    } finally {
      blocker.close();
    }
    expect(readFileSync(keyFile(), 'utf8').trim()).toBe(first.secret);
  });

  it('is not used by the desktop app’s server, which keeps its per-launch secret', async () => {
    const server = await startWorkspaceServer({ dataDir: dir.path, port: 0, secret: 'per-launch-secret-0123456789', allowLinking: true });
    await server.close();
    expect(server.secret).toBe('per-launch-secret-0123456789');
    expect(existsSync(keyFile())).toBe(false);
  });
});
