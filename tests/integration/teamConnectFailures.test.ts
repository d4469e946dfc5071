import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CertificatePins } from '../../main/services/teamConnect/CertificatePins.ts';
import { fetchServerCertificate } from '../../main/services/teamConnect/serverCertificate.ts';
import { TeamConnectFailure } from '../../main/services/teamConnect/TeamConnectFailure.ts';
import { TeamConnection } from '../../main/services/teamConnect/TeamConnection.ts';
import { signInToTeamServer } from '../../main/services/teamConnect/teamServerLogin.ts';
import { teamIpcHandlers } from '../../main/electron/teamIpc.ts';
import { tempDir } from '../helpers/tempDir.ts';

const opened: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(opened.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listening<T extends Server>(server: T): Promise<T & { port: number }> {
  opened.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(server, { port: (server.address() as AddressInfo).port });
}

/** A port nothing listens on: one that was open a moment ago. */
async function closedPort(): Promise<number> {
  const server = await listening(createServer());
  const { port } = server;
  await new Promise((resolve) => server.close(resolve));
  opened.splice(opened.indexOf(server), 1);
  return port;
}

/** A server that accepts and never says a word. */
const silent = () => listening(createServer((socket) => void sockets.push(socket.on('error', () => {}))));

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof TeamConnectFailure ? { failure: error.failure, host: error.host } : error),
  );

describe('a team server that cannot be reached is refused with the kind of failure, not only a sentence', () => {
  it('names a closed port "refused", for the certificate check and for the sign-in', async () => {
    const port = await closedPort();
    const host = `127.0.0.1:${port}`;
    expect(await failureOf(fetchServerCertificate(new URL(`https://${host}`)))).toEqual({ failure: 'refused', host });
    expect(await failureOf(signInToTeamServer(new URL(`http://${host}`), 'an', 'mật khẩu', undefined))).toEqual({ failure: 'refused', host });
  });

  it('names a server that never answers "timeout"', async () => {
    const { port } = await silent();
    expect(await failureOf(fetchServerCertificate(new URL(`https://127.0.0.1:${port}`), 200))).toEqual({ failure: 'timeout', host: `127.0.0.1:${port}` });
  });

  it('names an https address answered in plain http "tls", and a reply that is not JSON "not_team_server"', async () => {
    const web = await listening(createHttpServer((_req, res) => res.end('<html>không phải máy chủ nhóm</html>')));
    const host = `127.0.0.1:${web.port}`;
    expect(await failureOf(fetchServerCertificate(new URL(`https://${host}`)))).toEqual({ failure: 'tls', host });
    expect(await failureOf(signInToTeamServer(new URL(`http://${host}`), 'an', 'mật khẩu', undefined))).toEqual({ failure: 'not_team_server', host });
  });

  it('carries the kind and host across the IPC reply, beside the stable code', async () => {
    const dir = tempDir('vankien-team-failures-');
    try {
      const port = await closedPort();
      const handlers = teamIpcHandlers({ connection: new TeamConnection(new CertificatePins(dir.path)), localUrl: 'http://127.0.0.1:1', load: () => {}, useSession: async () => {}, sessions: { read: async () => null, remove: async () => {} } });
      const reply = await handlers.probe({ senderFrame: { url: 'http://127.0.0.1:1/' } }, { url: `https://127.0.0.1:${port}` });
      expect(reply).toEqual({ error: { code: 'not_found', message: expect.stringContaining(`127.0.0.1:${port}`), failure: 'refused', host: `127.0.0.1:${port}` } });
    } finally {
      dir.remove();
    }
  });
});
