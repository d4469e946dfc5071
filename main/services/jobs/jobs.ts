/**
 * The work that may leave the event loop, by name: pure functions of structured-cloneable input,
 * with no store and no I/O, so the same function runs in this thread (the CLI, small inputs) or
 * in a worker (jobWorker.ts), with the same result and the same AppErrors.
 */
import { exportCommentsJob } from './exportCommentsJob.ts';
import { exportComparisonJob } from './exportComparisonJob.ts';
import { exportDocumentJob, exportDraftJob } from './exportJobs.ts';
import { importDocumentJob } from './importDocumentJob.ts';
import { importDraftJob } from './importDraftJob.ts';
import { readFeedbackJob } from './readFeedbackJob.ts';
import { readSheetsJob } from './readSheetsJob.ts';
import { synthesisReportJob } from './synthesisReportJob.ts';

export const JOBS = {
  importDocument: importDocumentJob,
  importDraft: importDraftJob,
  exportDocument: exportDocumentJob,
  exportDraft: exportDraftJob,
  exportComparison: exportComparisonJob,
  exportComments: exportCommentsJob,
  readFeedback: readFeedbackJob,
  readSheets: readSheetsJob,
  synthesisReport: synthesisReportJob,
};

export type JobName = keyof typeof JOBS;
export type JobInput<K extends JobName> = Parameters<(typeof JOBS)[K]>[0];
/** A job may be async (ExcelJS reads a workbook with promises): awaiting `run` gives what it resolves to. */
export type JobOutput<K extends JobName> = ReturnType<(typeof JOBS)[K]>;

/** Runs jobs somewhere; `size` (bytes of input) lets a runner keep small jobs in this thread. */
export interface JobRunner {
  run<K extends JobName>(name: K, input: JobInput<K>, size: number): Promise<JobOutput<K>>;
}

/** Runs every job in this thread, at once (the CLI: one command, nobody else to keep waiting). */
export const inlineJobs: JobRunner = {
  run: async (name, input) => JOBS[name](input as never) as never,
};
