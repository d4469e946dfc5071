import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/vankien.mjs', import.meta.url));

export const SERVE_SECRET = 'serve-process-secret-0123456789';

export interface ServeProcess {
  child: ChildProcess;
  /** The URL it listens on, or null when it exited instead. */
  url: string | null;
  /** Its exit code when it exited before listening. */
  exitCode: number | null;
  stdout(): string;
  stderr(): string;
  /** Sends `signal` and waits until the process has exited (and been reaped). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `vankien serve --data <dataDir> --port 0` and resolves once it listens or exits. */
export async function startServe(dataDir: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0'], {
    env: { ...process.env, VANKIEN_SECRET: SERVE_SECRET },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = once(child, 'close'); // after exit, once its output is all read
  const url = await new Promise<string | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vankien serve neither listened nor exited in 20 s: ${err}`)), 20_000);
    child.stdout!.on('data', () => {
      const match = out.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      resolve(null);
    });
  });
  return {
    child,
    url,
    exitCode: url === null ? child.exitCode : null,
    stdout: () => out,
    stderr: () => err,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
