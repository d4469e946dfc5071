import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CertificatePins, PINS_FILE } from '../../main/services/teamConnect/CertificatePins.ts';
import { desktopTeamServerUrl } from '../../main/services/teamConnect/desktopTeamServerUrl.ts';
import { TeamConnection } from '../../main/services/teamConnect/TeamConnection.ts';
import type { RunningServer } from '../../main/server/WorkspaceServer.ts';
import { PASSWORD } from '../helpers/teamServer.ts';
import { type Cert, useTlsTeamServers } from '../helpers/tlsTeamServers.ts';

const tls = useTlsTeamServers();
const certs = tls.certs;
const dir = tls.dir;
/** A TLS team server presenting `cert`, with the account "an" (Nguyễn Văn An, drafter). */
async function tlsTeamServer(cert: Cert, port = 0, dataDir = dir()): Promise<RunningServer> {
  const server = await tls.start(cert, { port, dataDir });
  if (!server.accounts!.store.userByName('an')) await server.accounts!.create('test', { name: 'an', displayName: 'Nguyễn Văn An', password: PASSWORD, role: 'drafter', workspaceId: null });
  return server;
}

/** The server on the same address now presents `cert` (a renewed certificate, or an impostor). */
async function swapCertificate(server: RunningServer, cert: Cert): Promise<RunningServer> {
  await tls.stop(server);
  return tlsTeamServer(cert, server.port);
}

/** The sign-in audit entries of `server`, oldest first: what reached it with a password. */
const logins = (server: RunningServer) =>
  [...server.accounts!.store.audit.entries({ action: 'account.login', limit: 100 }), ...server.accounts!.store.audit.entries({ action: 'account.login_failed', limit: 100 })].map((entry) => entry.action);

/** session.check over https trusting exactly `ca`, with the cookie: its status. */
function sessionCheck(url: string, ca: Buffer, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/rpc/session.check`, { method: 'POST', ca, headers: { cookie, 'content-type': 'application/json', origin: url } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
    req.end('{}');
  });
}

const pinFile = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, PINS_FILE), 'utf8')) as { pins: { origin: string; fingerprint256: string }[] };

describe('the desktop’s team connection (TeamConnection)', () => {
  it('asks about an unknown self-signed certificate, sends no password before it is pinned, pins exactly the fingerprint confirmed, then signs in', async () => {
    const server = await tlsTeamServer(certs.a);
    const dataDir = dir();
    const connection = new TeamConnection(new CertificatePins(dataDir));
    const probe = await connection.probe(server.url);
    expect(probe).toEqual({
      kind: 'confirm',
      origin: server.url,
      certificate: { fingerprint256: certs.a.fingerprint256, subject: 'CN=vankien-a', issuer: 'CN=vankien-a', validFrom: expect.any(String), validTo: expect.any(String) },
    });
    expect(JSON.stringify(probe)).not.toContain('BEGIN CERTIFICATE');
    await expect(connection.signIn(server.url, 'an', PASSWORD)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('chưa tin cậy') });
    expect(connection.origin).toBeNull();
    expect(logins(server)).toEqual([]);

    expect(await connection.trust(server.url, certs.a.fingerprint256)).toEqual({ origin: server.url, fingerprint256: certs.a.fingerprint256 });
    expect(pinFile(dataDir).pins).toEqual([expect.objectContaining({ origin: server.url, fingerprint256: certs.a.fingerprint256 })]);
    expect(await connection.probe(server.url)).toEqual({ kind: 'ready', origin: server.url, reason: 'pinned' });
    const session = await connection.signIn(`${server.url}/#/w/x`, 'an', PASSWORD);
    expect(session).toEqual({ origin: server.url, cookie: expect.stringMatching(/^vk_session_[0-9a-f]{12}=.+/), displayName: 'Nguyễn Văn An' });
    expect(connection.origin).toBe(server.url);
    expect(logins(server)).toEqual(['account.login']);
    // The cookie is a live session on the server: the window opens signed in.
    expect(await sessionCheck(server.url, certs.a.cert, session.cookie)).toBe(200);
    expect(await sessionCheck(server.url, certs.a.cert, `${server.sessionCookieName}=khong-phai`)).toBe(401);
    // The password is kept nowhere: not in the connection, not in the pin file.
    expect(JSON.stringify(connection)).not.toContain(PASSWORD);
    expect(readFileSync(join(dataDir, PINS_FILE), 'utf8')).not.toContain(PASSWORD);
    connection.disconnect();
    expect(connection.origin).toBeNull();
  });

  it('pins nothing when the certificate changed between the fingerprint shown and the confirmation', async () => {
    const server = await tlsTeamServer(certs.a);
    const dataDir = dir();
    const connection = new TeamConnection(new CertificatePins(dataDir));
    const shown = await connection.probe(server.url);
    if (shown.kind !== 'confirm') throw new Error(shown.kind);
    await swapCertificate(server, certs.b);
    await expect(connection.trust(server.url, shown.certificate.fingerprint256)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('vừa thay đổi') });
    expect(new CertificatePins(dataDir).get(server.url)).toBeUndefined();
    await expect(connection.signIn(server.url, 'an', PASSWORD)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a pinned server whose certificate changed: the probe says so with both fingerprints, and neither trust nor a sign-in replaces the pin, and no password is sent', async () => {
    const server = await tlsTeamServer(certs.a);
    const dataDir = dir();
    const connection = new TeamConnection(new CertificatePins(dataDir));
    await connection.trust(server.url, certs.a.fingerprint256);
    const swapped = await swapCertificate(server, certs.b);
    const probe = await connection.probe(server.url);
    expect(probe).toMatchObject({ kind: 'changed', origin: server.url, pinned: certs.a.fingerprint256, presented: certs.b.fingerprint256 });
    await expect(connection.trust(server.url, certs.b.fingerprint256)).rejects.toMatchObject({ code: 'conflict' });
    await expect(connection.signIn(server.url, 'an', PASSWORD)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('đã thay đổi') });
    expect(logins(swapped)).toEqual([]);
    expect(connection.origin).toBeNull();
    expect(pinFile(dataDir).pins.map((p) => p.fingerprint256)).toEqual([certs.a.fingerprint256]);
  });

  it("answers a wrong password and too many tries with the server's own Vietnamese sentence, asks for no fingerprint again, and signs in once the password is right", async () => {
    const server = await tlsTeamServer(certs.a);
    const connection = new TeamConnection(new CertificatePins(dir()));
    await connection.trust(server.url, certs.a.fingerprint256);
    await expect(connection.signIn(server.url, 'an', 'mật khẩu sai')).rejects.toMatchObject({ code: 'login_failed', message: expect.stringMatching(/mật khẩu/i) });
    expect(connection.origin).toBeNull();
    // Still pinned: the next try goes straight to the sign-in.
    expect(await connection.probe(server.url)).toEqual({ kind: 'ready', origin: server.url, reason: 'pinned' });
    expect((await connection.signIn(server.url, 'an', PASSWORD)).displayName).toBe('Nguyễn Văn An');
    expect(connection.origin).toBe(server.url);
    connection.disconnect();
    // The account's limit (5 failures in 15 minutes): the sixth is refused with when to try again.
    for (let i = 0; i < 5; i++) await expect(connection.signIn(server.url, 'an', `sai ${i}`)).rejects.toMatchObject({ code: 'login_failed' });
    await expect(connection.signIn(server.url, 'an', PASSWORD)).rejects.toMatchObject({ code: 'rate_limited', message: expect.stringContaining('Hãy thử lại sau') });
    expect(connection.origin).toBeNull();
  });

  it("accepts a pinned host's certificate in the window only when it is the pinned one, and leaves other hosts to Chromium", async () => {
    const server = await tlsTeamServer(certs.a);
    const connection = new TeamConnection(new CertificatePins(dir()));
    expect(connection.certificateDecision('127.0.0.1', certs.a.cert.toString(), false)).toBe('default');
    await connection.trust(server.url, certs.a.fingerprint256);
    expect(connection.certificateDecision('127.0.0.1', certs.a.cert.toString(), false)).toBe('accept');
    expect(connection.certificateDecision('127.0.0.1', certs.b.cert.toString(), false)).toBe('reject');
    // Even one the system would trust: the pin is the person's word for this host.
    expect(connection.certificateDecision('127.0.0.1', certs.b.cert.toString(), true)).toBe('reject');
    expect(connection.certificateDecision('127.0.0.1', 'không phải PEM', false)).toBe('reject');
    expect(connection.certificateDecision('may-chu.vanphong.vn', certs.b.cert.toString(), true)).toBe('default');
  });

  it('takes plain http only from this machine, and names the address it refuses', async () => {
    const connection = new TeamConnection(new CertificatePins(dir()));
    expect(await connection.probe('http://127.0.0.1:4600')).toEqual({ kind: 'ready', origin: 'http://127.0.0.1:4600', reason: 'http' });
    expect(desktopTeamServerUrl('http://localhost:4600/x').origin).toBe('http://localhost:4600');
    await expect(connection.probe('http://192.168.1.20:4600')).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('https://192.168.1.20:4600') });
    await expect(connection.trust('http://127.0.0.1:4600', certs.a.fingerprint256)).rejects.toMatchObject({ code: 'bad_request' });
    await expect(connection.probe('https://127.0.0.1:1')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('forgets a pin only when asked, on disk too, keeps the other servers\' pins, refuses the server the window shows, and then asks again', async () => {
    const server = await tlsTeamServer(certs.a);
    const other = 'https://may-chu-khac.vanphong.vn:4600';
    const dataDir = dir();
    const connection = new TeamConnection(new CertificatePins(dataDir));
    await connection.trust(server.url, certs.a.fingerprint256);
    new CertificatePins(dataDir); // another reader of the same file changes nothing
    const pins = new CertificatePins(dataDir);
    pins.pin(other, { fingerprint256: certs.b.fingerprint256, pem: certs.b.cert.toString(), subject: 'CN=vankien-b' } as never);
    const withBoth = new TeamConnection(new CertificatePins(dataDir));
    expect(withBoth.pinned().map((pin) => pin.origin)).toEqual([server.url, other]);
    expect(JSON.stringify(withBoth.pinned())).not.toContain('BEGIN CERTIFICATE');
    // While connected to it, its pin is what lets the window load its pages: not forgotten.
    await withBoth.signIn(server.url, 'an', PASSWORD);
    expect(() => withBoth.forget(server.url)).toThrow(expect.objectContaining({ code: 'conflict' }));
    withBoth.disconnect();
    expect(withBoth.forget(`${server.url}/#/w/x`)).toEqual({ origin: server.url });
    expect(() => withBoth.forget(server.url)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(pinFile(dataDir).pins.map((pin) => pin.origin)).toEqual([other]);
    expect(new TeamConnection(new CertificatePins(dataDir)).pinned().map((pin) => pin.origin)).toEqual([other]);
    expect(await withBoth.probe(server.url)).toMatchObject({ kind: 'confirm', certificate: { fingerprint256: certs.a.fingerprint256 } });
    expect(withBoth.certificateDecision('127.0.0.1', certs.a.cert.toString(), false)).toBe('default');
  });

  it('leaves a server once when two ways back come at once (the menu and the navigation it causes): one logout, the same answer', async () => {
    const server = await tlsTeamServer(certs.a);
    const connection = new TeamConnection(new CertificatePins(dir()));
    await connection.trust(server.url, certs.a.fingerprint256);
    const { cookie } = await connection.signIn(server.url, 'an', PASSWORD);
    const name = cookie.slice(0, cookie.indexOf('='));
    const removed: string[] = [];
    const store = { read: async (_origin: string, asked: string) => (asked === name ? cookie : null), remove: async (origin: string, asked: string) => void removed.push(`${origin} ${asked}`) };
    const logouts = () => server.accounts!.store.audit.entries({ action: 'account.logout', limit: 100 }).length;
    const [first, second] = await Promise.all([connection.leave(store), connection.leave(store)]);
    expect(first).toEqual({ origin: server.url, loggedOut: true });
    expect(second).toBe(first);
    expect(logouts()).toBe(1);
    expect(removed).toEqual([`${server.url} ${name}`]);
    expect(await sessionCheck(server.url, certs.a.cert, cookie)).toBe(401);
    expect(await connection.leave(store)).toBeNull();
  });
});
