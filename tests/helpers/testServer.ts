import { afterEach, beforeEach } from 'vitest';
import { startWorkspaceServer, type RunningServer, type WorkspaceServerOptions } from '../../main/server/WorkspaceServer.ts';
import { call } from './rpc.ts';
import { tempDir } from './tempDir.ts';

export interface TestServer {
  /** The running server of the current test. */
  server: RunningServer;
  /** Its data folder, a fresh temp folder for every test. */
  dataDir: string;
  /** Stops the server and starts a new one on the same data folder. */
  restart(): Promise<void>;
  /** Calls its RPC with the secret and returns the result, throwing on an error reply. */
  call(method: string, input: unknown): Promise<any>;
}

/**
 * A real workspace server on port 0 over a fresh temp folder, for every test of the calling
 * file; stopped and removed after each test. `options` are passed to every start.
 */
export function useTestServer(options: Omit<Partial<WorkspaceServerOptions>, 'dataDir' | 'port'> = {}): TestServer {
  let dir: ReturnType<typeof tempDir>;
  const t = {
    async restart() {
      await t.server.close();
      t.server = await startWorkspaceServer({ ...options, dataDir: t.dataDir, port: 0 });
    },
    call: (method: string, input: unknown) => call(t.server.url, t.server.secret, method, input),
  } as TestServer;
  beforeEach(async () => {
    dir = tempDir();
    t.dataDir = dir.path;
    t.server = await startWorkspaceServer({ ...options, dataDir: dir.path, port: 0 });
  });
  afterEach(async () => {
    await t.server.close();
    dir.remove();
  });
  return t;
}
