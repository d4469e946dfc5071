import { safeFileName } from '../../../shared/text/safeFileName.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { recordExport } from '../documents/recordExport.ts';
import type { ExportedFile } from '../jobs/exportJobs.ts';
import { inlineJobs, type JobRunner } from '../jobs/jobs.ts';
import { synthesisOf } from './synthesisReport.ts';

/** Bytes a cluster costs a job's input, about: enough to send large reports to a worker. */
const ENTRY_BYTES = 1_500;

/**
 * A document's synthesis report (báo cáo tổng hợp ý kiến) as a .docx, written by `jobs` (off the
 * event loop on the server). Giving it out is audited like any export; a store that cannot take
 * the audit row gives out nothing.
 */
export async function exportSynthesis(
  store: WorkspaceStore, documentId: string, draftNumber: number | undefined, actor = 'system', jobs: JobRunner = inlineJobs, now = new Date(),
): Promise<ExportedFile & { draftNumber: number | null; items: number; clusters: number }> {
  const report = synthesisOf(store, documentId, draftNumber, now);
  const draft = report.draftNumber === null ? '' : ` - Dự thảo lần ${report.draftNumber}`;
  const fileName = `${safeFileName(report.documentTitle)} - Báo cáo tổng hợp ý kiến${draft}.docx`;
  const clusters = report.parts.reduce((n, p) => n + p.entries.length, 0);
  const file = await jobs.run('synthesisReport', { report, fileName, created: now.toISOString() }, clusters * ENTRY_BYTES);
  const counts = { draftNumber: report.draftNumber, items: report.comments, clusters };
  recordExport(store, actor, 'feedback.synthesis_export', documentId, { fileName: file.fileName, ...counts });
  return { ...file, ...counts };
}
