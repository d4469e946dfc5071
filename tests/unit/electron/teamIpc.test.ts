import { mkdirSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CertificatePins } from '../../../main/services/teamConnect/CertificatePins.ts';
import { TeamConnection } from '../../../main/services/teamConnect/TeamConnection.ts';
import { startWorkspaceServer, type RunningServer } from '../../../main/server/WorkspaceServer.ts';
import { certificateVerifyResult, navigationWithin, windowOrigins } from '../../../main/electron/policy.ts';
import { teamIpcHandlers } from '../../../main/electron/teamIpc.ts';
import { selfSignedCert } from '../../helpers/selfSignedCert.ts';
import { PASSWORD } from '../../helpers/teamServer.ts';
import { tempDir } from '../../helpers/tempDir.ts';

const LOCAL = 'http://127.0.0.1:53124';
const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } });
const local = from(`${LOCAL}/#/w/dai-hoi`);

let dir: ReturnType<typeof tempDir>;
let team: RunningServer;
let fingerprint: string;
let ca: Buffer;

/** session.check on the team server with `cookie`, over https trusting its certificate: the status. */
function sessionStatus(cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${team.url}/api/rpc/session.check`, { method: 'POST', ca, headers: { cookie, 'content-type': 'application/json', origin: team.url } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
    req.end('{}');
  });
}

beforeAll(async () => {
  dir = tempDir('vankien-team-ipc-');
  const cert = selfSignedCert(dir.path, 'vankien-ipc');
  fingerprint = cert.fingerprint256;
  ca = cert.cert;
  team = await startWorkspaceServer({ dataDir: dir.path, port: 0, team: { passwordParams: { m: 1024, t: 1, p: 1 } }, tls: { cert: cert.cert, key: cert.key } });
  await team.accounts!.create('test', { name: 'an', displayName: 'Nguyễn Văn An', password: PASSWORD, role: 'drafter', workspaceId: null });
});
afterAll(async () => {
  await team.close();
  dir.remove();
});

/** A well-formed fingerprint that is not `fingerprint`. */
const otherFingerprint = (fingerprint: string) => (fingerprint.startsWith('00') ? 'FF' : '00') + fingerprint.slice(2);

let made = 0;
function handlers() {
  const pinsDir = join(dir.path, `pins-${made++}`);
  mkdirSync(pinsDir);
  const connection = new TeamConnection(new CertificatePins(pinsDir));
  const load = vi.fn((_url: string) => {});
  // The window's cookie store: what useSession put there, read and removed by name when leaving.
  const jar = new Map<string, string>();
  const useSession = vi.fn(async (origin: string, cookie: string) => void jar.set(`${origin} ${cookie.slice(0, cookie.indexOf('='))}`, cookie));
  const sessions = { read: async (origin: string, name: string) => jar.get(`${origin} ${name}`) ?? null, remove: async (origin: string, name: string) => void jar.delete(`${origin} ${name}`) };
  return { connection, load, useSession, jar, ipc: teamIpcHandlers({ connection, localUrl: LOCAL, load, useSession, sessions }) };
}

describe('the team.* IPC handlers', () => {
  it.each([[`${'https://127.0.0.1:4600'}/`], ['http://127.0.0.1:9999/'], ['devtools://devtools/bundled/x.html'], [null]])('refuses every channel from frame %s before reading anything', async (url) => {
    const { ipc, load } = handlers();
    for (const handler of Object.values(ipc)) await expect(handler(from(url), { url: team.url })).rejects.toThrow('IPC from an untrusted frame refused');
    expect(load).not.toHaveBeenCalled();
  });

  it.each([
    ['probe', null],
    ['probe', { url: 42 }],
    ['probe', { url: '   ' }],
    ['probe', { url: 'https://x', extra: 1 }],
    ['trust', { url: 'https://127.0.0.1:1' }],
    ['trust', { url: 'https://127.0.0.1:1', fingerprint256: 'ab:cd' }],
    ['disconnect', { url: 'x' }],
    ['pinned', { url: 'x' }],
    ['forget', {}],
    ['forget', { url: 7 }],
    ['signIn', { url: 'https://127.0.0.1:1', name: 'an' }],
    ['signIn', { url: 'https://127.0.0.1:1', name: 'an', password: 7 }],
  ] as const)('answers %s with %j as bad_request in Vietnamese', async (kind, payload) => {
    const { ipc, load } = handlers();
    const reply = await ipc[kind](local, payload);
    expect(reply).toEqual({ error: { code: 'bad_request', message: expect.stringContaining('không hợp lệ') } });
    expect(load).not.toHaveBeenCalled();
  });

  it('probes, trusts the fingerprint seen, signs in (the cookie to the window’s store, the window then loads the team origin), and disconnects back to local logged out on the server', async () => {
    const { ipc, load, useSession, connection, jar } = handlers();
    const probe = await ipc.probe(local, { url: team.url });
    expect(probe).toMatchObject({ result: { kind: 'confirm', certificate: { fingerprint256: fingerprint } } });
    expect(await ipc.signIn(local, { url: team.url, name: 'an', password: PASSWORD })).toMatchObject({ error: { code: 'forbidden' } });
    expect(await ipc.trust(local, { url: team.url, fingerprint256: otherFingerprint(fingerprint) })).toMatchObject({ error: { code: 'conflict' } });
    expect(await ipc.trust(local, { url: team.url, fingerprint256: fingerprint })).toEqual({ result: { origin: team.url, fingerprint256: fingerprint } });
    const wrong = await ipc.signIn(local, { url: team.url, name: 'an', password: 'mật khẩu sai' });
    expect(wrong).toEqual({ error: { code: 'login_failed', message: expect.any(String) } });
    expect(useSession).not.toHaveBeenCalled();
    expect(connection.origin).toBeNull();
    const reply = await ipc.signIn(local, { url: team.url, name: 'an', password: PASSWORD });
    // The page learns where it goes and who it is, never the cookie.
    expect(reply).toEqual({ result: { origin: team.url, displayName: 'Nguyễn Văn An' } });
    expect(useSession).toHaveBeenCalledExactlyOnceWith(team.url, expect.stringMatching(/^vk_session_[0-9a-f]{12}=.+/));
    await vi.waitFor(() => expect(load).toHaveBeenCalledExactlyOnceWith(`${team.url}/`));
    expect(connection.origin).toBe(team.url);
    const cookie = useSession.mock.calls[0][1];
    expect(await sessionStatus(cookie)).toBe(200);
    expect(await ipc.disconnect(local, {})).toEqual({ result: { origin: team.url, loggedOut: true } });
    await vi.waitFor(() => expect(load).toHaveBeenLastCalledWith(`${LOCAL}/`));
    expect(connection.origin).toBeNull();
    // Logged out on the server, not only forgotten here: the old session is refused, the cookie gone.
    expect(await sessionStatus(cookie)).toBe(401);
    expect(jar.size).toBe(0);
    expect(await ipc.disconnect(local, {})).toEqual({ result: null });
  });

  it('answers a server that cannot be reached with its code, not an exception', async () => {
    const { ipc } = handlers();
    expect(await ipc.probe(local, { url: 'https://127.0.0.1:1' })).toMatchObject({ error: { code: 'not_found', message: expect.stringContaining('Không kết nối được') } });
    expect(await ipc.probe(local, { url: 'http://10.0.0.5:4600' })).toMatchObject({ error: { code: 'bad_request', message: expect.stringContaining('https://') } });
  });
});

describe('the window’s origins while connected', () => {
  it('allows the local server always and the team server only while connected', () => {
    expect(windowOrigins(`${LOCAL}/`, null)).toEqual([LOCAL]);
    expect(windowOrigins(LOCAL, 'https://192.168.1.20:4600')).toEqual([LOCAL, 'https://192.168.1.20:4600']);
    const origins = windowOrigins(LOCAL, 'https://192.168.1.20:4600');
    expect(navigationWithin('https://192.168.1.20:4600/#/w/x', origins)).toBe(true);
    expect(navigationWithin(`${LOCAL}/`, origins)).toBe(true);
    expect(navigationWithin('https://192.168.1.20:4601/', origins)).toBe(false);
    expect(navigationWithin('http://192.168.1.20:4600/', origins)).toBe(false);
    expect(navigationWithin('https://192.168.1.20:4600/', windowOrigins(LOCAL, null))).toBe(false);
    expect(navigationWithin('không phải địa chỉ', origins)).toBe(false);
    expect(windowOrigins(LOCAL, 'không phải địa chỉ')).toEqual([LOCAL]);
  });

  it.each([['accept', 0], ['reject', -2], ['default', -3]] as const)('answers the certificate check %s with %i', (decision, code) => {
    expect(certificateVerifyResult(decision)).toBe(code);
  });
});
