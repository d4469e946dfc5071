import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { JobPool, type JobPoolOptions } from '../../main/services/jobs/JobPool.ts';
import { yDocOfUpdates } from '../../shared/content/yDocOfUpdates.ts';
import { proseMirrorDocOf } from '../../shared/content/proseMirrorDocOf.ts';
import { JOBS } from '../../main/services/jobs/jobs.ts';

const TEST_WORKER = new URL('../fixtures/jobs/testJobWorker.ts', import.meta.url);
const pools: JobPool[] = [];

/** A pool of the misbehaving test jobs; every job goes to a worker unless said otherwise. */
function pool(options: JobPoolOptions = {}): JobPool & { job(name: string, input?: unknown): Promise<unknown> } {
  const p = new JobPool({ script: TEST_WORKER, inlineBelowBytes: 0, ...options });
  pools.push(p);
  return Object.assign(p, { job: (name: string, input: unknown = null) => p.run(name as never, input as never, 1) });
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** The AppError code a promise rejects with. */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error instanceof AppError) return error.code;
  throw new Error(`expected an AppError, got ${String(error)}`);
}

describe('JobPool', () => {
  it('runs a job in a worker and returns what it returned; an AppError crosses with its code, a bug with its stack', async () => {
    const p = pool();
    expect(await p.job('echo', { bytes: new Uint8Array([1, 2, 3]) })).toEqual({ bytes: new Uint8Array([1, 2, 3]) });
    expect(await codeOf(p.job('appError'))).toBe('file_malformed');
    const bug = await p.job('bug').catch((e: Error) => e);
    expect(bug).not.toBeInstanceOf(AppError);
    expect((bug as Error).stack).toContain('a bug in a job');
    expect(p.liveWorkers).toBe(1);
  });

  it.each([
    ['throws outside its job (an unpostable result)', 'unpostable'],
    ['exits', 'exit'],
  ])('fails the job with job_failed when its worker %s, and the next job works', async (_what, name) => {
    const p = pool();
    expect(await codeOf(p.job(name))).toBe('job_failed');
    expect(await p.job('echo', 'encore')).toBe('encore');
  });

  it('ends a job past its time budget with job_timeout, and the next job gets a fresh worker', async () => {
    const p = pool({ timeoutMs: 300 });
    expect(await codeOf(p.job('hang'))).toBe('job_timeout');
    expect(await p.job('echo', 1)).toBe(1);
  });

  it('ends a job past its memory budget with job_out_of_memory, and the next job works', async () => {
    const p = pool({ memoryMb: 48 });
    expect(await codeOf(p.job('allocate'))).toBe('job_out_of_memory');
    expect(await p.job('echo', 2)).toBe(2);
  });

  it('runs at most `workers` jobs at once, queues `queue` more and refuses the rest with server_busy', async () => {
    const gate = new SharedArrayBuffer(4);
    const p = pool({ workers: 2, queue: 1, startGate: gate });
    let started = 0;
    p.on('start', () => started++);
    const order: number[] = [];
    const jobs = [1, 2, 3].map((n) => p.job('echo', n).then(() => order.push(n)));
    while (started < 2) await new Promise((resolve) => p.once('start', resolve));
    expect(await codeOf(p.job('echo', 4))).toBe('server_busy');
    expect(started).toBe(2);
    expect(p.liveWorkers).toBe(2);
    Atomics.store(new Int32Array(gate), 0, 1);
    Atomics.notify(new Int32Array(gate), 0);
    await Promise.all(jobs);
    expect(order.sort()).toEqual([1, 2, 3]);
    expect(started).toBe(3);
  });

  it('ends every worker on close, failing the running and the waiting jobs with job_failed', async () => {
    const p = pool({ workers: 1, startGate: new SharedArrayBuffer(4) });
    const running = codeOf(p.job('echo', 1));
    const waiting = codeOf(p.job('echo', 2));
    await new Promise((resolve) => p.once('start', resolve));
    await p.close();
    expect(await running).toBe('job_failed');
    expect(await waiting).toBe('job_failed');
    expect(p.liveWorkers).toBe(0);
    expect(await codeOf(p.job('echo', 3))).toBe('job_failed');
  });

  it('ends a worker that stays idle', async () => {
    const p = pool({ idleMs: 50 });
    await p.job('echo', 1);
    expect(p.liveWorkers).toBe(1);
    while (p.liveWorkers > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await p.job('echo', 2)).toBe(2);
  });

  it('runs a small input in this thread, without a worker', async () => {
    const p = new JobPool({ inlineBelowBytes: 1024 });
    pools.push(p);
    const where: string[] = [];
    p.on('start', (_name: string, at: string) => where.push(at));
    const bytes = new TextEncoder().encode('I. MỞ ĐẦU\nMột đoạn văn.\n');
    const read = await p.run('importDocument', { bytes, fileName: 'nho.txt' }, bytes.length);
    expect(where).toEqual(['inline']);
    expect(p.liveWorkers).toBe(0);
    expect(read.warnings).toEqual([]);
  });

  it('runs the app’s own jobs in its worker (TypeScript by type stripping), with the same result as in this thread', async () => {
    const p = new JobPool({ inlineBelowBytes: 0 });
    pools.push(p);
    const bytes = new TextEncoder().encode('I. MỞ ĐẦU\nMột đoạn văn.\n');
    const inWorker = await p.run('importDocument', { bytes, fileName: 'nho.txt' }, bytes.length);
    expect(p.liveWorkers).toBe(1);
    const inline = JOBS.importDocument({ bytes, fileName: 'nho.txt' });
    const content = (update: Uint8Array) => proseMirrorDocOf(yDocOfUpdates([update])).toJSON();
    expect(inWorker.title).toBe('MỞ ĐẦU');
    expect({ ...inWorker, update: content(inWorker.update) }).toEqual({ ...inline, update: content(inline.update) });
  });
});
