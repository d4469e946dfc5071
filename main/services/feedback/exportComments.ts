import { commentRows } from '../../../shared/feedback/export/commentRows.ts';
import { safeFileName } from '../../../shared/text/safeFileName.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { recordExport } from '../documents/recordExport.ts';
import type { ExportedFile } from '../jobs/exportJobs.ts';
import { inlineJobs, type JobRunner } from '../jobs/jobs.ts';

/** Bytes a comment's row costs a job's input, about: enough to send large workspaces to a worker. */
const ROW_BYTES = 600;

/**
 * Every comment of the workspace as an .xlsx (every field and its provenance, one row each, in
 * the order they were imported), written by `jobs` (off the event loop on the server). Giving it
 * out is audited like any export; a store that cannot take the audit row gives out nothing.
 */
export async function exportComments(store: WorkspaceStore, actor = 'system', jobs: JobRunner = inlineJobs): Promise<ExportedFile> {
  const items = store.feedback.list({ limit: Math.max(1, store.feedback.count()) });
  const table = commentRows(items, store.sources.list(), store.feedback.batches(), store.triage.decided(), { codes: store.tags.codes(), tags: store.tags.allTags() });
  const { id, name } = store.meta();
  const fileName = `${safeFileName(name)} - Ý kiến góp ý.xlsx`;
  const file = await jobs.run('exportComments', { ...table, fileName, title: `Ý kiến góp ý — ${name}` }, items.length * ROW_BYTES);
  recordExport(store, actor, 'feedback.export', id, { fileName: file.fileName, items: items.length });
  return file;
}
