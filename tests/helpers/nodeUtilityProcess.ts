import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./utilityProcessChild.ts', import.meta.url));

/** The part of Electron's utilityProcess.fork options that a Node child can honour. */
export interface UtilityProcessOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  execArgv?: string[];
  serviceName?: string;
  stdio?: unknown;
}

/**
 * Electron's UtilityProcess played by a real Node 24 process (Electron's binary cannot run on
 * this machine): the module runs as TypeScript by type stripping, exactly as `vankien` runs, with
 * `process.parentPort` (see utilityProcessChild.ts). Events as Electron documents them:
 * 'message' with the posted value, 'exit' with a numeric code; kill() sends SIGTERM.
 * Differences: stdout and stderr are collected in `output` rather than inherited, and 'exit'
 * comes after every message the child posted (Node's 'close'), never before.
 */
export class NodeUtilityProcess extends EventEmitter {
  readonly child: ChildProcess;
  /** What the child wrote to stdout and stderr. */
  output = '';
  /** The code it exited with, once 'exit' was emitted; null while it runs. */
  exitCode: number | null = null;

  constructor(modulePath: string, args: string[], options: UtilityProcessOptions) {
    super();
    this.child = fork(CHILD, [modulePath, ...args], {
      env: options.env ?? process.env,
      cwd: options.cwd,
      execArgv: options.execArgv ?? [], // not the test runner's flags: plain `node`, as bin/vankien.mjs needs
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced', // structured clone, as Electron's message ports
    });
    for (const stream of [this.child.stdout!, this.child.stderr!]) stream.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.on('message', (message) => this.emit('message', message));
    this.child.once('close', (code, signal) => {
      this.exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      this.emit('exit', this.exitCode);
    });
  }

  kill(): boolean {
    return this.child.kill('SIGTERM');
  }

  /** Kills the process if it still runs, and resolves once it has exited. */
  async end(): Promise<void> {
    if (this.exitCode !== null) return;
    const exited = once(this, 'exit');
    this.kill();
    await exited;
  }
}

/** A stand-in for electron's `utilityProcess` that remembers what it started, for cleanup. */
export function nodeUtilityProcess() {
  const started: NodeUtilityProcess[] = [];
  return {
    started,
    fork(modulePath: string, args: string[] = [], options: UtilityProcessOptions = {}): NodeUtilityProcess {
      const child = new NodeUtilityProcess(modulePath, args, options);
      started.push(child);
      return child;
    },
  };
}
