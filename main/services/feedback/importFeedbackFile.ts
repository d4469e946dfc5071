import type { ColumnMapping } from '../../../shared/feedback/ingest/columnRoles.ts';
import type { FeedbackFormat, ImportBatch, RowProblem } from '../../../shared/feedback/model.ts';
import { feedbackDuplicateFile, feedbackDuplicateRows, feedbackNoComments } from '../../../shared/feedback/feedbackErrors.ts';
import type { NewFeedbackItem } from '../../storage/FeedbackStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { inlineJobs, type JobRunner } from '../jobs/jobs.ts';
import { sha256Of } from './fingerprint.ts';
import { planFeedbackImport } from './planFeedbackImport.ts';

export interface FeedbackFileInput {
  fileName: string;
  bytes: Uint8Array;
  mapping?: ColumnMapping;
  documentTitle?: string;
  draftNumber?: number;
  /** Skip the rows the workspace already holds instead of refusing the file. */
  onlyNewRows?: boolean;
}

/** What the preview shows before anything is written. */
export interface FeedbackPreview {
  fileName: string;
  sha256: string;
  format: FeedbackFormat;
  headers: string[];
  mapping: ColumnMapping | null;
  /** Set when this very file was imported before: importing it is refused. */
  importedAt: string | null;
  /** The first items that would be created (all counts are of the whole file). */
  sample: NewFeedbackItem[];
  items: number;
  known: number;
  flagged: number;
  problems: RowProblem[];
}

const SAMPLE = 50;

async function readAndPlan(store: WorkspaceStore, input: FeedbackFileInput, jobs: JobRunner) {
  const sha256 = sha256Of(input.bytes);
  const read = await jobs.run('readFeedback', { bytes: input.bytes, fileName: input.fileName, mapping: input.mapping }, input.bytes.byteLength);
  return { sha256, read, plan: planFeedbackImport(store, read, input) };
}

/** Reads a comment file and says what importing it would create; writes nothing. */
export async function previewFeedbackFile(store: WorkspaceStore, input: FeedbackFileInput, jobs: JobRunner = inlineJobs): Promise<FeedbackPreview> {
  const { sha256, read, plan } = await readAndPlan(store, input, jobs);
  return {
    fileName: input.fileName, sha256, format: read.format, headers: read.headers, mapping: read.mapping,
    importedAt: store.feedback.fileBySha256(sha256)?.createdAt ?? null,
    sample: plan.items.slice(0, SAMPLE), items: plan.items.length, known: plan.known.length, flagged: plan.flagged, problems: plan.problems,
  };
}

/**
 * Imports a comment file as one batch: the file's bytes (its provenance), the batch, every item
 * and the audit entry in one transaction, so a failed write leaves nothing. The same file
 * (SHA-256) is refused; rows the workspace already holds are refused unless `onlyNewRows`.
 * Rows that could not be read are in the batch's problems; the rest is imported.
 */
export async function importFeedbackFile(store: WorkspaceStore, input: FeedbackFileInput, actor = 'system', jobs: JobRunner = inlineJobs): Promise<ImportBatch> {
  const { sha256, read, plan } = await readAndPlan(store, input, jobs);
  const before = store.feedback.fileBySha256(sha256);
  if (before) throw feedbackDuplicateFile(input.fileName, before.createdAt);
  if (plan.known.length > 0 && !input.onlyNewRows) throw feedbackDuplicateRows(input.fileName, plan.known.length);
  if (plan.items.length === 0 && plan.known.length === 0) throw feedbackNoComments(input.fileName);
  const problems: RowProblem[] = [
    ...plan.problems,
    ...plan.known.map((item) => ({ sheet: item.sheet, row: item.row, paragraph: item.paragraph, code: 'already_imported' as const, reason: `${item.row !== null ? `Dòng ${item.row}` : `Đoạn ${item.paragraph}`}: ý kiến này đã được nhập trước đây; bỏ qua.` })),
  ];
  return store.transaction(() => {
    // Re-checked inside the transaction: another import of the same file may have landed meanwhile.
    const raced = store.feedback.fileBySha256(sha256);
    if (raced) throw feedbackDuplicateFile(input.fileName, raced.createdAt);
    const file = store.feedback.insertFile({ sha256, fileName: input.fileName, format: read.format, bytes: input.bytes });
    const counts = { items: plan.items.length, flagged: plan.flagged };
    const batchId = store.feedback.insertBatch(file.id, actor, counts, problems);
    store.feedback.insertItems(batchId, file.id, plan.items);
    store.audit.record(actor, 'feedback.import', batchId, { batchId, fileName: input.fileName, sha256, ...counts, problems: problems.length });
    return { id: batchId, fileId: file.id, fileName: input.fileName, sha256, format: read.format, createdAt: file.createdAt, actor, ...counts, problems };
  });
}
