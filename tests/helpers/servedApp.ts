import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { waitFor } from './provider.ts';
import { tempDir } from './tempDir.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServedApp {
  url: string;
  openUrl: string;
  secret: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Runs `npm run serve -- --data <temp> --port 0` exactly as the README says, and resolves with
 * the URL it prints. `stop` ends the process group and removes the data folder, unless the
 * folder was given (`dataDir`): then it is the caller's, e.g. to restart a server on it.
 */
export async function startServedApp(options: { dataDir?: string } = {}): Promise<ServedApp> {
  const dir = options.dataDir ? { path: options.dataDir, remove: () => {} } : tempDir('vankien-e2e-');
  const child: ChildProcess = spawn('npm', ['run', 'serve', '--', '--data', dir.path, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, npm_config_loglevel: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await waitFor(() => /\?k=\S+/.test(out) || child.exitCode !== null, 60_000, 'npm run serve to print its URL');
  if (child.exitCode !== null) throw new Error(`npm run serve exited: ${out}`);
  const openUrl = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?k=\S+/)![0];
  const url = new URL(openUrl).origin;
  return {
    url,
    openUrl,
    secret: decodeURIComponent(new URL(openUrl).searchParams.get('k')!),
    dataDir: dir.path,
    async stop() {
      if (child.exitCode === null) {
        process.kill(-child.pid!, 'SIGTERM');
        await once(child, 'exit');
      }
      dir.remove();
    },
  };
}
