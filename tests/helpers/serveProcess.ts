import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from './provider.ts';

const CLI = fileURLToPath(new URL('../../bin/vankien.mjs', import.meta.url));

export interface ServeProcess {
  url: string;
  port: number;
  /** The address `serve` printed, with the key. */
  openUrl: string;
  secret: string;
  /** Its session cookie's name, `vk_session_<id>` (the id the server keeps in its data folder's `server-id`). */
  cookieName: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** True while the process runs. */
  alive(): boolean;
  /** The process id (for its memory, /proc/<pid>/status). */
  pid: number;
  /** Kills it with SIGKILL (a crash: nothing is flushed or closed) and waits for it to exit. */
  crash(): Promise<void>;
  /** Ends it (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
}

export interface ServeOptions {
  dataDir: string;
  port?: number;
  /** More arguments, e.g. `--new-key`. */
  args?: string[];
  env?: Record<string, string | undefined>;
  /** The `vankien` bin to run; bin/vankien.mjs of this checkout by default. */
  bin?: string;
  /** Node's own options before the bin, e.g. `--cpu-prof` (its profile is written when the process exits, so end it with `stop`). */
  nodeArgs?: string[];
}

/** `vankien serve` in its own process, resolved once it printed its address. */
export async function startServeProcess(options: ServeOptions): Promise<ServeProcess> {
  const args = [...(options.nodeArgs ?? []), options.bin ?? CLI, 'serve', '--data', options.dataDir, '--port', String(options.port ?? 0), ...(options.args ?? [])];
  const env = { ...process.env, VANKIEN_SECRET: undefined, ...options.env };
  const child: ChildProcess = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await waitFor(() => /\?k=\S+\n/.test(out) || child.exitCode !== null, 30_000, 'vankien serve to print its address');
  if (child.exitCode !== null) throw new Error(`vankien serve exited: ${out}`);
  const openUrl = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?k=\S+/)![0];
  const parsed = new URL(openUrl);
  return {
    url: parsed.origin,
    port: Number(parsed.port),
    openUrl,
    secret: parsed.searchParams.get('k')!,
    cookieName: `vk_session_${readFileSync(join(options.dataDir, 'server-id'), 'utf8').trim()}`,
    output: () => out,
    alive: () => child.exitCode === null && child.signalCode === null,
    pid: child.pid!,
    async crash() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
