/**
 * The worker side of a JobPool: runs each request's job from `table` and posts the reply. An
 * AppError crosses as `{code, message}`; any other error is a bug and crosses with its stack.
 * Only what the job throws is caught: a worker that dies is the pool's to report.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../../shared/errors.ts';
import type { JobReply, JobRequest, JobWorkerData } from './jobProtocol.ts';

export function serveJobs(table: Record<string, (input: never) => unknown>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  const gate = (workerData as JobWorkerData | null)?.startGate;
  port.on('message', async ({ id, name, input }: JobRequest) => {
    port.postMessage({ id, started: true } satisfies JobReply);
    if (gate) Atomics.wait(new Int32Array(gate), 0, 0);
    let reply: JobReply;
    try {
      const job = table[name];
      if (!job) throw new Error(`No job named ${name}`);
      // An async job (a spreadsheet read) is awaited; a worker runs one job at a time either way.
      reply = { id, ok: true, output: await job(input as never) };
    } catch (error) {
      if (isAppError(error)) reply = { id, ok: false, error: error.toPayload() };
      else reply = { id, ok: false, bug: { message: String((error as Error)?.message ?? error), stack: String((error as Error)?.stack ?? '') } };
    }
    port.postMessage(reply);
  });
}
