import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isLoopbackHost, teamHostRefusal } from '../../main/cli/teamServe.ts';
import { vankien } from '../helpers/cli.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { plainText, typeText } from '../helpers/yContent.ts';

const CLI = fileURLToPath(new URL('../../bin/vankien.mjs', import.meta.url));
let dir: ReturnType<typeof tempDir>;
let child: ChildProcess | undefined;
beforeEach(() => (dir = tempDir()));
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
  child = undefined;
  dir.remove();
});
const data = () => join(dir.path, 'data');

/** `vankien serve --team …` in its own process, once it printed where it runs. */
async function serveTeam(...args: string[]): Promise<{ url: string; output: () => string }> {
  child = spawn(process.execPath, [CLI, 'serve', '--team', '--data', data(), '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await waitFor(() => /(Mã thiết lập một lần|Đăng nhập tại)/.test(out) || child!.exitCode !== null, 30_000, 'serve --team to start');
  if (child.exitCode !== null) throw new Error(out);
  return { url: out.match(/đang chạy tại (\S+)/)![1], output: () => out };
}

/** A self-signed certificate for 127.0.0.1 (openssl). */
function selfSigned(): { cert: string; key: string } {
  const cert = join(dir.path, 'cert.pem');
  const key = join(dir.path, 'key.pem');
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  return { cert, key };
}

function httpsJson(url: string, ca: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: body === undefined ? 'GET' : 'POST', ca, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text), setCookie: res.headers['set-cookie'] ?? [] }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('vankien serve --team', () => {
  it('prints a one-time setup code with which the first admin is made, and no access key', async () => {
    const server = await serveTeam();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const code = server.output().match(/Mã thiết lập một lần: (\S+)/)![1];
    expect(server.output()).not.toContain('?k=');
    expect(existsSync(join(data(), 'access-key'))).toBe(false);
    const made = await fetch(`${server.url}/api/setup`, { method: 'POST', body: JSON.stringify({ code, name: 'admin', displayName: 'Quản trị', password: 'mật khẩu đủ dài' }) });
    expect(made.status).toBe(200);
    const reused = await fetch(`${server.url}/api/setup`, { method: 'POST', body: JSON.stringify({ code, name: 'admin2', displayName: 'Quản trị', password: 'mật khẩu đủ dài' }) });
    expect(reused.status).toBe(403);
    const login = await fetch(`${server.url}/api/login`, { method: 'POST', body: JSON.stringify({ name: 'admin', password: 'mật khẩu đủ dài' }) });
    expect(login.status).toBe(200);
  });

  it('serves HTTPS with a Secure cookie when given a certificate', async () => {
    const { cert, key } = selfSigned();
    const server = await serveTeam('--tls-cert', cert, '--tls-key', key);
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ca = readFileSync(cert, 'utf8');
    const code = server.output().match(/Mã thiết lập một lần: (\S+)/)![1];
    const made = await httpsJson(server.url, ca, '/api/setup', JSON.stringify({ code, name: 'admin', displayName: 'Quản trị', password: 'mật khẩu đủ dài' }));
    expect(made.status).toBe(200);
    expect(made.setCookie[0]).toMatch(/; HttpOnly; SameSite=Strict; Path=\/; Secure$/);
    const me = await httpsJson(server.url, ca, '/api/rpc/account.me', '{}', { cookie: made.setCookie[0].split(';')[0] });
    expect(me.body.result).toMatchObject({ mode: 'team', user: { name: 'admin' } });
  });

  it('syncs over wss: with that certificate: a drafter the admin made edits through a HocuspocusProvider, and a later provider reads it back', async () => {
    const { cert, key } = selfSigned();
    const server = await serveTeam('--tls-cert', cert, '--tls-key', key);
    const ca = readFileSync(cert, 'utf8');
    const code = server.output().match(/Mã thiết lập một lần: (\S+)/)![1];
    const cookieOf = (reply: { setCookie: string[] }) => reply.setCookie[0].split(';')[0];
    const admin = cookieOf(await httpsJson(server.url, ca, '/api/setup', JSON.stringify({ code, name: 'admin', displayName: 'Quản trị', password: 'mật khẩu đủ dài' })));
    const rpc = async (cookie: string, method: string, input: object) => {
      const reply = await httpsJson(server.url, ca, `/api/rpc/${method}`, JSON.stringify(input), { cookie, 'content-type': 'application/json' });
      if (reply.status !== 200) throw new Error(`${method} → ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body.result;
    };
    const { workspace } = await rpc(admin, 'workspace.create', { name: 'Đại hội XVII' });
    await rpc(admin, 'account.create', { name: 'an', displayName: 'Nguyễn Văn An', password: 'mật khẩu của An', role: 'drafter', workspaceId: workspace.id });
    const an = cookieOf(await httpsJson(server.url, ca, '/api/login', JSON.stringify({ name: 'an', password: 'mật khẩu của An' })));
    const { document } = await rpc(an, 'document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });

    const writer = connectProvider(server.url, null, workspace.id, document.id, { headers: () => ({ cookie: an }), ca: Buffer.from(ca) });
    await waitFor(() => writer.provider.authorizedScope !== undefined, 10_000, 'authentication over wss:');
    expect(writer.provider.authorizedScope).toBe('read-write');
    typeText(writer.ydoc, 'Soạn qua wss trên máy chủ nhóm');
    await settled(writer.provider);
    writer.destroy();
    const reader = connectProvider(server.url, null, workspace.id, document.id, { headers: () => ({ cookie: an }), ca: Buffer.from(ca) });
    await settled(reader.provider);
    expect(plainText(reader.ydoc)).toContain('Soạn qua wss trên máy chủ nhóm');
    reader.destroy();
  });

  it.each([
    [['--host', '0.0.0.0'], 'Không chạy máy chủ nhóm trên 0.0.0.0 bằng HTTP thường'],
    [['--tls-cert', 'missing.pem'], 'Cần cả --tls-cert và --tls-key'],
    [['--tls-cert', 'missing.pem', '--tls-key', 'missing.pem'], 'Không đọc được tệp chứng chỉ (--tls-cert) missing.pem'],
  ])('refuses %j, saying why and what to do, before touching the data folder', (args, sentence) => {
    const result = vankien('serve', '--team', '--data', data(), '--port', '0', ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(sentence);
    expect(existsSync(data())).toBe(false);
  });

  it('listens on a non-loopback address over plain HTTP only with --insecure-http, and says so', async () => {
    const server = await serveTeam('--host', '0.0.0.0', '--insecure-http');
    expect(server.output()).toContain('Cảnh báo: --insecure-http');
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['192.168.1.10', false],
    ['::', false],
    ['vankien.office.lan', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
    expect(teamHostRefusal(host, false, false) === null).toBe(loopback);
    expect(teamHostRefusal(host, true, false)).toBeNull();
  });
});
