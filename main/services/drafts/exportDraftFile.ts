import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import type { ExportedFile, ExportFormat } from '../jobs/exportJobs.ts';
import { inlineJobs, type JobRunner } from '../jobs/jobs.ts';
import { recordExport } from '../documents/recordExport.ts';

/**
 * Draft N of a document as a .docx or .txt file, as it was frozen (numbered with its own scheme),
 * its header stamped "DỰ THẢO LẦN N" so the copies sent out for comment say which draft they are.
 * Recorded in the audit log before it is given out (recordExport).
 */
export async function exportDraftFile(
  store: WorkspaceStore,
  documentId: string,
  number: number,
  format: ExportFormat,
  actor = 'system',
  jobs: JobRunner = inlineJobs,
): Promise<ExportedFile> {
  const summary = store.documents.get(documentId);
  const record = store.drafts.get(documentId, number);
  const blocks = store.drafts.blocks(documentId, number);
  const input = { blocks, numbering: record.numbering, number, title: summary.title, format };
  const file = await jobs.run('exportDraft', input, record.words * 8);
  recordExport(store, actor, 'draft.export', documentId, { draftId: record.id, number, format, fileName: file.fileName });
  return file;
}
