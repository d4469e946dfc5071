import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CertificatePins, PINS_FILE } from '../../main/services/teamConnect/CertificatePins.ts';
import { probeTeamServer, teamServerUrl } from '../../main/services/teamConnect/probeTeamServer.ts';
import { fetchServerCertificate, fingerprintOfPem } from '../../main/services/teamConnect/serverCertificate.ts';
import { signInToTeamServer } from '../../main/services/teamConnect/teamServerLogin.ts';
import type { RunningServer } from '../../main/server/WorkspaceServer.ts';
import { type Cert, useTlsTeamServers } from '../helpers/tlsTeamServers.ts';
import { PASSWORD } from '../helpers/teamServer.ts';

const tls = useTlsTeamServers();
const certs = tls.certs;
const dir = tls.dir;

/** A TLS team server with account "an" on `dataDir` (a fresh one by default), with certificate `cert`. */
async function tlsTeamServer(cert: Cert, dataDir = dir(), port = 0): Promise<RunningServer> {
  const server = await tls.start(cert, { dataDir, port });
  if (!server.accounts!.store.userByName('an')) await server.accounts!.create('test', { name: 'an', displayName: 'Nguyễn Văn An', password: PASSWORD, role: 'drafter', workspaceId: null });
  return server;
}

const logins = (server: RunningServer) => server.accounts!.store.audit.entries({ action: 'account.login', limit: 100 }).length;

/** session.check over https trusting exactly `ca`, with the cookie. */
function sessionCheck(url: string, ca: Buffer, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/rpc/session.check`, { method: 'POST', ca, headers: { cookie, 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
    req.end('{}');
  });
}

describe('connecting the desktop to a team server with a self-signed certificate', () => {
  it('shows the certificate’s SHA-256 fingerprint (as openssl prints it) before anything is sent, and says the system does not trust it', async () => {
    const server = await tlsTeamServer(certs.a);
    const pins = new CertificatePins(dir());
    const probe = await probeTeamServer(teamServerUrl(server.url), pins);
    expect(probe.kind).toBe('confirm');
    if (probe.kind !== 'confirm') return;
    expect(probe.certificate.fingerprint256).toBe(certs.a.fingerprint256);
    expect(fingerprintOfPem(probe.certificate.pem)).toBe(certs.a.fingerprint256);
    expect(probe.certificate.trustedBySystem).toBe(false);
    expect(probe.certificate.systemError).toMatch(/SELF_SIGNED|self.signed/i);
    expect(probe.certificate.subject).toContain('CN=vankien-a');
    expect(logins(server)).toBe(0);
  });

  it('refuses to send the password before the certificate is pinned, and signs in once it is', async () => {
    const server = await tlsTeamServer(certs.a);
    const url = teamServerUrl(server.url);
    const pins = new CertificatePins(dir());
    await expect(signInToTeamServer(url, 'an', PASSWORD, undefined)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('không tin cậy chứng chỉ') });
    expect(logins(server)).toBe(0);
    const probe = await probeTeamServer(url, pins);
    if (probe.kind !== 'confirm') throw new Error(probe.kind);
    const pin = pins.pin(url.origin, probe.certificate);
    expect(await probeTeamServer(url, pins)).toEqual({ kind: 'ready', origin: url.origin, reason: 'pinned' });
    const signedIn = await signInToTeamServer(url, 'an', PASSWORD, pin);
    expect(signedIn.cookie).toMatch(/^vk_session_[0-9a-f]{12}=/);
    expect(logins(server)).toBe(1);
    expect(await sessionCheck(server.url, certs.a.cert, signedIn.cookie)).toBe(200);
    await expect(signInToTeamServer(url, 'an', 'mật khẩu sai', pin)).rejects.toMatchObject({ code: 'login_failed' });
  });

  it('refuses a server whose certificate changed since it was pinned, in Vietnamese, without sending the password', async () => {
    const dataDir = dir();
    const first = await tlsTeamServer(certs.a, dataDir);
    const url = teamServerUrl(first.url);
    const pins = new CertificatePins(dir());
    const probe = await probeTeamServer(url, pins);
    if (probe.kind !== 'confirm') throw new Error(probe.kind);
    const pin = pins.pin(url.origin, probe.certificate);
    await tls.stop(first);
    // The same address now presents another certificate (a new one, or someone else's server).
    const second = await tlsTeamServer(certs.b, dataDir, first.port);
    const refused = await probeTeamServer(url, pins);
    expect(refused.kind).toBe('refused');
    if (refused.kind !== 'refused') return;
    expect(refused.message).toContain('đã thay đổi');
    expect(refused.message).toContain(certs.a.fingerprint256);
    expect(refused.message).toContain(certs.b.fingerprint256);
    const before = logins(second);
    await expect(signInToTeamServer(url, 'an', PASSWORD, pin)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('mạo danh') });
    expect(logins(second)).toBe(before);
    expect(second.accounts!.store.audit.entries({ action: 'account.login_failed', limit: 10 })).toEqual([]);
  });

  it('keeps pins across launches in the data folder, and moves a damaged pin file aside', async () => {
    const server = await tlsTeamServer(certs.a);
    const url = teamServerUrl(server.url);
    const dataDir = dir();
    const certificate = await fetchServerCertificate(url);
    new CertificatePins(dataDir).pin(url.origin, certificate);
    const reopened = new CertificatePins(dataDir);
    expect(reopened.get(url.origin)?.fingerprint256).toBe(certs.a.fingerprint256);
    expect(reopened.forHost('127.0.0.1').map((p) => p.origin)).toEqual([url.origin]);
    writeFileSync(join(dataDir, PINS_FILE), '{"version":1,"pins":[{"origin":');
    const fresh = new CertificatePins(dataDir);
    expect(fresh.get(url.origin)).toBeUndefined();
    expect(existsSync(join(dataDir, PINS_FILE))).toBe(false);
    expect(readdirSync(dataDir).some((f) => f.startsWith(`${PINS_FILE}.damaged-`))).toBe(true);
    expect((await probeTeamServer(url, fresh)).kind).toBe('confirm');
  });

  it('names an address that is not a team server, or no server at all', async () => {
    expect(() => teamServerUrl('ftp://máy-chủ')).toThrow(/https/);
    expect(() => teamServerUrl('https://an:mk@127.0.0.1:4600')).toThrow(/mật khẩu/);
    expect(teamServerUrl('127.0.0.1:4600/đường/dẫn?x=1').href).toBe('https://127.0.0.1:4600/');
    const server = await tlsTeamServer(certs.a);
    const port = server.port;
    await tls.stop(server);
    await expect(fetchServerCertificate(new URL(`https://127.0.0.1:${port}`))).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('Không kết nối được') });
  });
});
