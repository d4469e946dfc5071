/** The messages between a JobPool and its workers (structured clone). */
import type { ErrorPayload } from '../../../shared/errors.ts';

/** Pool → worker: run one job. */
export interface JobRequest {
  id: number;
  name: string;
  input: unknown;
}

/** Worker → pool: that it started the job (its budget runs from here), then its result, its AppError, or a bug (a plain Error) with its stack. */
export type JobReply =
  | { id: number; started: true }
  | { id: number; ok: true; output: unknown }
  | { id: number; ok: false; error: ErrorPayload }
  | { id: number; ok: false; bug: { message: string; stack: string } };

/** What a worker is started with. */
export interface JobWorkerData {
  /** For tests: a job starts only once element 0 is not 0 (Atomics), so one can be held running. */
  startGate?: SharedArrayBuffer;
}
