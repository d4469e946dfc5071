import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FromLoadProcess, LoadProcessConfig, ToLoadProcess } from './loadProcessMessages.ts';
import { wallClock } from './wallClock.ts';

const PROCESS = fileURLToPath(new URL('./collabLoadProcess.ts', import.meta.url));

export interface SpreadLoad {
  url: string;
  secret: string;
  workspaceId: string;
  documentId: string;
  clients: number;
  edits: number;
  intervalMs: number;
  /** Rounds typed first, at the same rate, with warm-up tokens: measured apart (`warmupLatencies`), not counted as edits. */
  warmupRounds: number;
  /** How many of clients 1… share one process (client 0, the measuring one, always has its own). */
  perProcess: number;
  /** The niceness of the processes of clients 1…: the measuring client and the server run first. */
  niceness: number;
}

export interface SpreadResult {
  /** For each token of clients 1… that reached client 0: from its typing to its arrival, ms. */
  latencies: number[];
  /** The same for the warm-up rounds' tokens. */
  warmupLatencies: number[];
  /** From the first counted round to the moment every client held every edit, acknowledged. */
  convergeMs: number;
  /** From the first counted round to the last token typed (the schedule says (edits − 1) × interval). */
  typingMs: number;
  /** Edits some client does not hold at the end. */
  lost: number;
  /** Whether every client ends with the same text. */
  identical: boolean;
  processes: number;
  /** CPU time each process used from the first counted round until its clients converged, ms: client 0's first. */
  cpuMs: number[];
  /** The largest offset measured between a process's clock and this one's (corrected for), ms. */
  clockOffsetMs: number;
}

/** Client ids per process: [0] alone, then 1… in runs of `perProcess`. */
export function processGroups(clients: number, perProcess: number): number[][] {
  const groups = [[0]];
  for (let id = 1; id < clients; id += perProcess) groups.push(Array.from({ length: Math.min(perProcess, clients - id) }, (_, i) => id + i));
  return groups;
}

/**
 * Runs a load of `clients` editing clients spread over processes (collabLoadProcess.ts), as
 * people on their own machines: each types one token per `intervalMs`, `warmupRounds` and then
 * `edits` rounds, on an absolute schedule on one shared clock (wallClock, each process's offset
 * measured and taken off), and client 0 records every other token's arrival. `hooks.during` is
 * called every interval while they run, `hooks.counting` at the first counted round. Every process is ended before it resolves or rejects.
 */
export async function runSpreadLoad(load: SpreadLoad, hooks: { during?(): void; counting?(): void } = {}): Promise<SpreadResult> {
  const groups = processGroups(load.clients, load.perProcess);
  const expected = load.clients * load.edits;
  const children = groups.map((ids, i) => start({ url: load.url, secret: load.secret, workspaceId: load.workspaceId, documentId: load.documentId, ids, measures: i === 0, expected }));
  try {
    for (const child of children.slice(1)) if (load.niceness) setPriority(child.process.pid!, load.niceness);
    await Promise.all(children.map((child) => child.next('ready')));
    const offsets: number[] = [];
    for (const child of children) offsets.push(await clockOffset(child));
    const startAt = wallClock() + 100 + load.warmupRounds * load.intervalMs;
    for (const child of children) child.send({ type: 'start', at: startAt, warmupRounds: load.warmupRounds, edits: load.edits, intervalMs: load.intervalMs });
    const sampler = hooks.during ? setInterval(hooks.during, load.intervalMs) : null;
    const counting = hooks.counting ? setTimeout(hooks.counting, startAt - wallClock()) : null;
    const reports = await Promise.all(children.map((child) => child.next('done'))).finally(() => {
      if (sampler) clearInterval(sampler);
      if (counting) clearTimeout(counting);
    });
    const sentAt = new Map<string, number>();
    reports.forEach((report, i) => {
      for (const [text, at] of report.sent) sentAt.set(text, at - offsets[i]);
    });
    const latenciesOf = (counted: boolean) =>
      reports[0].arrivals.flatMap(([text, at]) => (sentAt.has(text) && text.startsWith('‹') === counted ? [at - offsets[0] - sentAt.get(text)!] : []));
    const held = reports.flatMap((report) => report.held);
    return {
      latencies: latenciesOf(true),
      warmupLatencies: latenciesOf(false),
      convergeMs: Math.round(Math.max(...reports.map((r, i) => r.convergedAt - offsets[i])) - startAt),
      typingMs: Math.round(Math.max(...reports.map((r, i) => r.typedAt - offsets[i])) - startAt),
      lost: expected - Math.min(...held.map((h) => h.distinct)),
      identical: held.every((h) => h.textHash === held[0].textHash),
      processes: children.length,
      cpuMs: reports.map((report) => report.cpuMs),
      clockOffsetMs: Math.round(Math.max(...offsets.map(Math.abs)) * 1000) / 1000,
    };
  } finally {
    await Promise.all(children.map((child) => child.end()));
  }
}

/** The offset of a process's clock from this one's: of five round trips, the shortest's midpoint. */
async function clockOffset(child: LoadProcess): Promise<number> {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 5; i++) {
    const before = wallClock();
    child.send({ type: 'clock' });
    const { at } = await child.next('clock');
    const after = wallClock();
    if (after - before < best.rtt) best = { rtt: after - before, offset: at - (before + after) / 2 };
  }
  return best.offset;
}

interface LoadProcess {
  process: ChildProcess;
  send(message: ToLoadProcess): void;
  /** The next message of `type`; rejects when the process fails or exits first. */
  next<T extends FromLoadProcess['type']>(type: T): Promise<Extract<FromLoadProcess, { type: T }>>;
  /** Asks it to stop, kills it after 5 s, and waits for it to exit. */
  end(): Promise<void>;
}

function start(config: LoadProcessConfig): LoadProcess {
  // Its own Node with no options of ours (vitest's or --cpu-prof would follow it otherwise); its output is kept for errors only.
  const child = fork(PROCESS, [JSON.stringify(config)], { execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const waiting: { type: string; resolve(message: FromLoadProcess): void; reject(error: Error): void }[] = [];
  const unclaimed: FromLoadProcess[] = [];
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const waiter of waiting.splice(0)) waiter.reject(failure);
  };
  child.on('message', (message: FromLoadProcess) => {
    if (message.type === 'failed') return failAll(new Error(`load process ${config.ids.join(',')} failed: ${message.message}`));
    const at = waiting.findIndex((waiter) => waiter.type === message.type);
    if (at >= 0) waiting.splice(at, 1)[0].resolve(message);
    else unclaimed.push(message);
  });
  child.on('exit', (code, signal) => failAll(new Error(`load process ${config.ids.join(',')} exited (${code ?? signal}): ${output.slice(-2000)}`)));
  return {
    process: child,
    send: (message) => child.send(message),
    next: (type) =>
      new Promise((resolve, reject) => {
        const at = unclaimed.findIndex((message) => message.type === type);
        if (at >= 0) return resolve(unclaimed.splice(at, 1)[0] as never);
        if (failure) return reject(failure);
        waiting.push({ type, resolve: resolve as (message: FromLoadProcess) => void, reject });
      }),
    async end() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      if (child.connected) child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
