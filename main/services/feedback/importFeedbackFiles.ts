import type { AppError } from '../../../shared/errors.ts';
import { isAppError } from '../../../shared/errors.ts';
import type { ImportBatch } from '../../../shared/feedback/model.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { inlineJobs, type JobRunner } from '../jobs/jobs.ts';
import { type FeedbackFileInput, importFeedbackFile } from './importFeedbackFile.ts';

export type FileOutcome = { fileName: string; batch: ImportBatch } | { fileName: string; error: ReturnType<AppError['toPayload']> };

/**
 * Imports many files, one batch each, in order; a file that fails (an AppError) is reported and
 * the others are still imported. `onProgress(done, total)` after each file.
 */
export async function importFeedbackFiles(
  store: WorkspaceStore,
  files: readonly FeedbackFileInput[],
  actor = 'system',
  jobs: JobRunner = inlineJobs,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push({ fileName: file.fileName, batch: await importFeedbackFile(store, file, actor, jobs) });
    } catch (error) {
      if (!isAppError(error)) throw error;
      outcomes.push({ fileName: file.fileName, error: error.toPayload() });
    }
    onProgress(outcomes.length, files.length);
  }
  return outcomes;
}
