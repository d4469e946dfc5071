import { comparisonFileName } from '../../../shared/export/comparisonFileName.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import type { ComparisonExportInput, ComparisonSource } from '../jobs/exportComparisonJob.ts';
import type { ExportedFile } from '../jobs/exportJobs.ts';
import { inlineJobs, type JobRunner } from '../jobs/jobs.ts';
import type { DraftSide } from '../../../shared/rpc/draftContract.ts';
import { recordExport } from '../documents/recordExport.ts';

/** Bytes a job is sized by for one side: stored words (8 bytes a word, as a draft's export), or the updates. */
interface ReadSide {
  source: ComparisonSource;
  size: number;
  /** When the side was made (the newer side's dates the tracked changes). */
  createdAt: string | null;
}

function readSide(store: WorkspaceStore, documentId: string, side: DraftSide): ReadSide {
  const drafts = store.drafts;
  if (side === 'working') {
    const updates = store.updates.load(documentId);
    return { source: { working: updates }, size: updates.reduce((n, u) => n + u.byteLength, 0), createdAt: null };
  }
  if (typeof side === 'number') {
    const record = drafts.get(documentId, side);
    const stored = { blocks: drafts.blocks(documentId, side), numbering: record.numbering };
    return { source: { stored, label: `DỰ THẢO LẦN ${side}` }, size: record.words * 8, createdAt: record.createdAt };
  }
  const number = Number(side.slice(1));
  const record = store.checkpoints.get(documentId, number);
  const stored = { blocks: store.checkpoints.blocks(documentId, number), numbering: record.numbering };
  return { source: { stored, label: null }, size: record.words * 8, createdAt: record.createdAt };
}

/**
 * What tells who made each change: the older draft's snapshot (taken at its freeze) and the newer
 * side's Yjs state, when both lived in the working copy (an imported draft has no snapshot; a
 * checkpoint is not attributed). Without it every change is signed with the exporter's name.
 */
function attributionOf(store: WorkspaceStore, documentId: string, older: DraftSide, newer: DraftSide, newerSource: ComparisonSource): ComparisonExportInput['attribution'] {
  if (typeof older !== 'number') return undefined;
  const since = store.drafts.snapshot(documentId, older);
  if (!since) return undefined;
  if (newer === 'working' && 'working' in newerSource) return { since, newer: { updates: newerSource.working } };
  if (typeof newer === 'number' && store.drafts.snapshot(documentId, newer)) return { since, newer: { v2: store.drafts.yState(documentId, newer) } };
  return undefined;
}

/**
 * Two versions of a document (drafts, checkpoints, the working copy) as one .docx of the newer
 * with Word tracked changes against the older ("So sánh dự thảo 3-4 - <tiêu đề>.docx"), made by
 * `jobs` (off the event loop on the server). A draft's header is stamped "DỰ THẢO LẦN N" as its own
 * export is, so accepting all gives draft 4's export and rejecting all draft 3's. Audited like
 * every export. Each tracked change is signed with the name of who made it (attributionOf), the
 * others with `sides.author` (the exporter).
 */
export async function exportComparisonFile(
  store: WorkspaceStore,
  documentId: string,
  sides: { older: DraftSide; newer: DraftSide; author: string },
  actor = 'system',
  jobs: JobRunner = inlineJobs,
): Promise<ExportedFile> {
  const summary = store.documents.get(documentId);
  const older = readSide(store, documentId, sides.older);
  const newer = readSide(store, documentId, sides.newer);
  const fileName = comparisonFileName(sides.older, sides.newer, summary.title);
  const input = {
    attribution: attributionOf(store, documentId, sides.older, sides.newer, newer.source),
    older: older.source,
    newer: newer.source,
    fileName,
    title: fileName.replace(/\.docx$/, ''),
    author: sides.author,
    date: newer.createdAt ?? new Date().toISOString(),
  };
  const file = await jobs.run('exportComparison', input, older.size + newer.size);
  recordExport(store, actor, 'draft.export_comparison', documentId, { older: sides.older, newer: sides.newer, fileName: file.fileName });
  return file;
}
