import { statSync } from 'node:fs';
import type { AppError } from '../../../shared/errors.ts';
import { isAppError } from '../../../shared/errors.ts';
import type { WorkspaceSummary } from '../../../shared/rpc/workspaceContract.ts';
import { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/** What a listing shows of a workspace; the id is the caller's (the file name, or the link's). */
export type FileSummary = Omit<WorkspaceSummary, 'id'>;

export function summaryOf(store: WorkspaceStore): FileSummary {
  const meta = store.meta();
  return { name: meta.name, createdAt: meta.createdAt, documentCount: store.documents.list().length };
}

/**
 * Summaries of workspace files read through read-only stores, each kept with the file's stamp
 * (size and mtime of the file and of its -wal): while the stamp is the same the file is not
 * opened again, so a damaged file costs one attempt (and no descriptor) until it changes.
 */
export class SummaryCache {
  private readonly entries = new Map<string, { stamp: string; summary?: FileSummary; error?: AppError }>();

  /** The summary of the file at `path`; throws (the remembered) AppError when it cannot be read. */
  summary(path: string): FileSummary {
    const stamp = stampOf(path);
    let entry = this.entries.get(path);
    if (!entry || entry.stamp !== stamp) {
      entry = { stamp, ...readSummary(path) };
      this.entries.set(path, entry);
    }
    if (entry.error) throw entry.error;
    return entry.summary!;
  }
}

function readSummary(path: string): { summary?: FileSummary; error?: AppError } {
  let store: WorkspaceStore;
  try {
    store = WorkspaceStore.openReadOnly(path);
  } catch (error) {
    if (isAppError(error)) return { error };
    throw error;
  }
  try {
    return { summary: summaryOf(store) };
  } finally {
    store.close();
  }
}

function stampOf(path: string): string {
  return [path, `${path}-wal`]
    .map((file) => {
      const stat = statSync(file, { throwIfNoEntry: false, bigint: true });
      return stat ? `${stat.size}:${stat.mtimeNs}:${stat.ino}` : '-';
    })
    .join('|');
}
