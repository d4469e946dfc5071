/**
 * Runs jobs (jobs.ts) off the server's event loop, in at most `workers` worker threads; further
 * jobs wait in a queue of at most `queue`, beyond which they are refused (server_busy). What stays
 * true:
 * - a job that runs past `timeoutMs` or needs more than `memoryMb` of heap has its worker ended
 *   and fails with job_timeout / job_out_of_memory; a worker that dies any other way fails its
 *   job with job_failed. The next job gets a fresh worker: nothing a worker does ends the server;
 * - an input under `inlineBelowBytes` runs in this thread at once (a worker round trip costs more
 *   than such a job, see docs/architecture.md "Limits");
 * - idle workers end after `idleMs`, and close() ends them all and fails what is still queued.
 * 'start' is emitted with the job's name and where it runs ('inline' | 'worker') as it starts.
 */
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors.ts';
import { log } from '../../log/logger.ts';
import { jobFailed, jobOutOfMemory, jobsClosed, jobTimeout, serverBusy } from './jobErrors.ts';
import type { JobReply, JobWorkerData } from './jobProtocol.ts';
import { JOBS, type JobInput, type JobName, type JobOutput, type JobRunner } from './jobs.ts';

export interface JobPoolOptions {
  /** The worker's entry; the app's jobWorker by default (tests serve other jobs). */
  script?: URL;
  workers?: number;
  queue?: number;
  timeoutMs?: number;
  memoryMb?: number;
  inlineBelowBytes?: number;
  idleMs?: number;
  /** For tests: workers start jobs only once element 0 of this buffer (Int32) is not 0. */
  startGate?: SharedArrayBuffer;
}

/** The budgets of the server's pool (docs/architecture.md, "Limits"). */
export const JOB_BUDGETS = {
  workers: 2,
  queue: 8,
  timeoutMs: 60_000,
  memoryMb: 512,
  inlineBelowBytes: 16 * 1024,
  idleMs: 30_000,
} as const;

/**
 * The worker beside this module, with this module's extension: its .ts source, jobWorker.cjs beside
 * the Electron bundle, or jobWorker.mjs beside the CLI's bundle (each bundle's chunks sit in one folder).
 */
const WORKER_SCRIPT = new URL(`./jobWorker${import.meta.url.match(/\.[cm]?[jt]s$/u)?.[0] ?? '.ts'}`, import.meta.url);

interface Pending {
  id: number;
  name: string;
  input: unknown;
  resolve(output: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
  timer: NodeJS.Timeout | null;
  exited: Promise<void>;
}

export class JobPool extends EventEmitter implements JobRunner {
  private readonly options: Required<Omit<JobPoolOptions, 'startGate'>> & Pick<JobPoolOptions, 'startGate'>;
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: JobPoolOptions = {}) {
    super();
    this.options = { ...JOB_BUDGETS, script: WORKER_SCRIPT, ...options };
  }

  /** Worker threads alive now (running a job or idle). */
  get liveWorkers(): number {
    return this.slots.size;
  }

  run<K extends JobName>(name: K, input: JobInput<K>, size: number): Promise<JobOutput<K>> {
    if (this.closed) return Promise.reject(jobsClosed());
    if (size < this.options.inlineBelowBytes) {
      this.emit('start', name, 'inline');
      return new Promise((resolve) => resolve(JOBS[name](input as never) as JobOutput<K>));
    }
    return new Promise((resolve, reject) => {
      const job: Pending = { id: this.nextId++, name, input, resolve: resolve as (output: unknown) => void, reject };
      if (this.idle.length > 0 || this.slots.size < this.options.workers) this.start(job, this.idle.pop() ?? this.spawn());
      else if (this.waiting.length >= this.options.queue) reject(serverBusy(this.waiting.length));
      else this.waiting.push(job);
    });
  }

  /** Fails what waits, ends every worker (a running job fails with job_failed) and waits for them. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(jobsClosed());
    const exits = [...this.slots].map((slot) => {
      this.fail(slot, jobsClosed());
      void slot.worker.terminate();
      return slot.exited;
    });
    await Promise.all(exits);
  }

  private spawn(): Slot {
    const workerData: JobWorkerData = { startGate: this.options.startGate };
    const worker = new Worker(this.options.script, { workerData, resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb } });
    const slot: Slot = { worker, job: null, timer: null, exited: new Promise((resolve) => worker.once('exit', () => resolve())) };
    this.slots.add(slot);
    worker.on('message', (reply: JobReply) => this.finish(slot, reply));
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      log.error('jobs', `worker ${worker.threadId} ended${slot.job ? ` running ${slot.job.name}` : ''}:`, outOfMemory ? `past ${this.options.memoryMb} MB` : error);
      this.fail(slot, outOfMemory ? jobOutOfMemory(this.options.memoryMb) : jobFailed());
    });
    worker.on('exit', () => {
      this.fail(slot, jobFailed());
      this.release(slot);
      this.slots.delete(slot);
      const at = this.idle.indexOf(slot);
      if (at >= 0) this.idle.splice(at, 1);
      this.pump();
    });
    return slot;
  }

  private start(job: Pending, slot: Slot): void {
    this.release(slot); // an idle worker's timer
    slot.job = job;
    slot.worker.ref();
    slot.worker.postMessage({ id: job.id, name: job.name, input: job.input });
  }

  /** The job's budget runs from when the worker starts it, not while a fresh worker loads. */
  private started(slot: Slot, job: Pending): void {
    slot.timer = setTimeout(() => {
      log.warn('jobs', `${job.name} ran past ${this.options.timeoutMs} ms; its worker is ended`);
      this.fail(slot, jobTimeout(this.options.timeoutMs));
      void slot.worker.terminate();
    }, this.options.timeoutMs);
    this.emit('start', job.name, 'worker');
  }

  private finish(slot: Slot, reply: JobReply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    if ('started' in reply) return this.started(slot, job);
    this.release(slot);
    if (reply.ok) job.resolve(reply.output);
    else if ('error' in reply) job.reject(new AppError(reply.error.code, reply.error.message));
    else job.reject(Object.assign(new Error(`Job ${job.name} failed in its worker: ${reply.bug.message}`), { stack: reply.bug.stack }));
    this.next(slot);
  }

  /** Fails the slot's job, if it has one; the worker is ended by the caller or has died. */
  private fail(slot: Slot, error: AppError): void {
    const job = slot.job;
    if (!job) return;
    this.release(slot);
    job.reject(error);
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  /** Gives a free worker the next waiting job, or lets it idle (unref'd, ended after idleMs). */
  private next(slot: Slot): void {
    const job = this.waiting.shift();
    if (job) return this.start(job, slot);
    this.idle.push(slot);
    slot.worker.unref();
    slot.timer = setTimeout(() => void slot.worker.terminate(), this.options.idleMs).unref();
  }

  /** After a worker ended: start a waiting job on a fresh one. */
  private pump(): void {
    if (this.closed) return;
    const job = this.waiting.shift();
    if (job) this.start(job, this.spawn());
  }
}
