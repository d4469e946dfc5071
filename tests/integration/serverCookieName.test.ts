import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVER_ID_FILE, serverCookieName } from '../../main/server/serverCookieName.ts';
import { startWorkspaceServer } from '../../main/server/WorkspaceServer.ts';
import { PASSWORD, cookieFrom } from '../helpers/teamServer.ts';
import { makeReadOnly } from '../helpers/readOnlyPath.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir('vankien-cookie-name-')));
afterEach(() => dir.remove());

const team = (dataDir: string, port = 0) => startWorkspaceServer({ dataDir, port, team: { passwordParams: { m: 1024, t: 1, p: 1 } } });

async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'an', password: PASSWORD }) });
  expect(response.status).toBe(200);
  return cookieFrom(response.headers.get('set-cookie'))!;
}

const check = async (url: string, cookie: string) => (await fetch(`${url}/api/rpc/session.check`, { method: 'POST', body: '{}', headers: { cookie } })).status;

describe("a server's session cookie name", () => {
  it('is made once per data folder and kept, so two folders never share one', () => {
    const a = serverCookieName(join(dir.path, 'a'));
    expect(a).toMatch(/^vk_session_[0-9a-f]{12}$/);
    expect(serverCookieName(join(dir.path, 'a'))).toBe(a);
    expect(serverCookieName(join(dir.path, 'b'))).not.toBe(a);
  });

  it('is made anew when the file holds something else than an id', () => {
    const folder = join(dir.path, 'a');
    const before = serverCookieName(folder);
    writeFileSync(join(folder, SERVER_ID_FILE), 'vk_session; Path=/\n');
    const after = serverCookieName(folder);
    expect(after).toMatch(/^vk_session_[0-9a-f]{12}$/);
    expect(after).not.toBe(before);
    expect(readFileSync(join(folder, SERVER_ID_FILE), 'utf8').trim()).toBe(after.slice('vk_session_'.length));
  });

  it('is derived from the path of a folder it cannot write to, the same at every start', () => {
    const folder = join(dir.path, 'chỉ đọc');
    mkdirSync(folder);
    const readOnly = makeReadOnly(folder);
    try {
      const name = serverCookieName(folder);
      expect(name).toMatch(/^vk_session_[0-9a-f]{12}$/);
      expect(serverCookieName(folder)).toBe(name);
      expect(serverCookieName(join(dir.path, 'khác'))).not.toBe(name);
      expect(existsSync(join(folder, SERVER_ID_FILE))).toBe(false);
    } finally {
      readOnly.restore();
    }
  });

  it('lets one client hold sessions of two team servers on 127.0.0.1, each refused by the other, and keeps them across a restart', async () => {
    let a = await team(join(dir.path, 'a'));
    const b = await team(join(dir.path, 'b'));
    try {
      for (const server of [a, b]) await server.accounts!.create('test', { name: 'an', displayName: 'Nguyễn Văn An', password: PASSWORD, role: 'drafter', workspaceId: null });
      const [ofA, ofB] = [await login(a.url), await login(b.url)];
      expect(ofA.startsWith(`${a.sessionCookieName}=`)).toBe(true);
      expect(ofB.startsWith(`${b.sessionCookieName}=`)).toBe(true);
      // What a browser sends each of them: both cookies, since both are for the host 127.0.0.1.
      const jar = `${ofA}; ${ofB}`;
      expect([await check(a.url, jar), await check(b.url, jar)]).toEqual([200, 200]);
      // A's session id under B's name is nobody on B, and the other way round.
      const swapped = (cookie: string, name: string) => `${name}=${cookie.slice(cookie.indexOf('=') + 1)}`;
      expect([await check(b.url, swapped(ofA, b.sessionCookieName)), await check(a.url, swapped(ofB, a.sessionCookieName))]).toEqual([401, 401]);
      const { port, sessionCookieName } = a;
      await a.close();
      a = await team(join(dir.path, 'a'), port);
      expect(a.sessionCookieName).toBe(sessionCookieName);
      expect(await check(a.url, jar)).toBe(200);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
