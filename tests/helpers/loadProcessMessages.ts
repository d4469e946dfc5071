/** What a load-run process is given on its command line (collabLoadProcess.ts). */
export interface LoadProcessConfig {
  url: string;
  secret: string;
  workspaceId: string;
  documentId: string;
  /** The clients it runs (their ids: client i types token(i, round)). */
  ids: number[];
  /** Whether it records the arrival of others' tokens (the measuring client's process). */
  measures: boolean;
  /** How many distinct tokens every client holds once the run has converged. */
  expected: number;
}

/** Messages to a load-run process. `start.at` is the time, on wallClock, of the first counted round (the warm-up rounds come before it). */
export type ToLoadProcess = { type: 'clock' } | { type: 'start'; at: number; warmupRounds: number; edits: number; intervalMs: number } | { type: 'stop' };

/** What one of its clients holds at the end. */
export interface HeldText {
  distinct: number;
  textHash: string;
}

/** Messages from a load-run process. Times are on its wallClock. */
export type FromLoadProcess =
  | { type: 'ready' }
  | { type: 'clock'; at: number }
  | { type: 'done'; sent: [string, number][]; arrivals: [string, number][]; typedAt: number; convergedAt: number; held: HeldText[]; cpuMs: number }
  | { type: 'failed'; message: string };
