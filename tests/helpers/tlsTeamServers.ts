import { afterEach, beforeAll } from 'vitest';
import { startWorkspaceServer, type RunningServer } from '../../main/server/WorkspaceServer.ts';
import { selfSignedCert } from './selfSignedCert.ts';
import { tempDir } from './tempDir.ts';

export type Cert = ReturnType<typeof selfSignedCert>;

/**
 * TLS team servers for a test file: two self-signed certificates (`a`, `b`) made once, fresh
 * folders, and servers on 127.0.0.1 that are all closed (and their folders removed) after each test.
 */
export function useTlsTeamServers() {
  const made: { remove(): void }[] = [];
  const running: RunningServer[] = [];
  const certs = {} as { a: Cert; b: Cert };
  const dir = () => {
    const d = tempDir();
    made.push(d);
    return d.path;
  };
  beforeAll(() => {
    const certDir = dir();
    Object.assign(certs, { a: selfSignedCert(certDir, 'vankien-a'), b: selfSignedCert(certDir, 'vankien-b') });
  });
  afterEach(async () => {
    for (const server of running.splice(0)) await server.close();
    for (const d of made.splice(0)) d.remove();
  });
  /** A team server presenting `cert`, on `port` (any by default) with `dataDir` (a fresh one by default). */
  async function start(cert: Cert, options: { port?: number; dataDir?: string } = {}): Promise<RunningServer> {
    const server = await startWorkspaceServer({
      dataDir: options.dataDir ?? dir(),
      port: options.port ?? 0,
      team: { passwordParams: { m: 1024, t: 1, p: 1 } },
      tls: { cert: cert.cert, key: cert.key },
    });
    running.push(server);
    return server;
  }
  /** Closes `server` (it is not closed again after the test). */
  async function stop(server: RunningServer): Promise<void> {
    await server.close();
    running.splice(running.indexOf(server), 1);
  }
  return { certs, dir, start, stop };
}
