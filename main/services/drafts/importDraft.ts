import type { DraftSummary } from '../../../shared/rpc/draftContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { inlineJobs, type JobRunner } from '../jobs/jobs.ts';
import { assertNextDraft } from './assertNextDraft.ts';
import { type DraftMeta, toSummary } from './freezeDraft.ts';

/**
 * Imports a .docx/.txt/.md made outside the app as the document's next draft. Its blocks take the
 * ids of the blocks they continue in the previous draft (the working copy when there is none), so
 * lineage and comment anchors reach drafts that never lived in the app. The draft's Yjs state is
 * a full checkpoint of a fresh Y.Doc; it has no snapshot. A file that cannot be read throws its
 * AppError before anything is written. With `number`, the draft must get exactly that number, the
 * next one (checked before the import job runs and again in the insert's transaction, so a draft
 * frozen meanwhile cannot shift it): else `draft_number_not_next` and nothing is written.
 */
export async function importDraft(
  store: WorkspaceStore,
  documentId: string,
  meta: DraftMeta,
  file: { bytes: Uint8Array; fileName: string },
  actor: string,
  jobs: JobRunner = inlineJobs,
  number?: number,
): Promise<{ draft: DraftSummary; warnings: string[] }> {
  store.documents.get(documentId); // not_found for unknown or deleted documents
  const last = store.drafts.last(documentId);
  if (number !== undefined) assertNextDraft(last?.number ?? 0, number);
  const lastDraft = last ? { blocks: store.drafts.blocks(documentId, last.number), numbering: last.numbering } : null;
  const workingUpdates = store.updates.load(documentId);
  const read = await jobs.run('importDraft', { bytes: file.bytes, fileName: file.fileName, workingUpdates, lastDraft }, file.bytes.byteLength);
  const record = store.drafts.insert({
    documentId,
    ...meta,
    origin: 'import',
    words: read.words,
    numbering: read.numbering,
    blocks: read.blocks,
    yState: read.yState,
    snapshot: null,
  }, (draft) => {
    if (number !== undefined) assertNextDraft(draft.number - 1, number);
    store.audit.record(actor, 'draft.import', documentId, { draftId: draft.id, number: draft.number, fileName: file.fileName, stage: meta.stage });
  });
  return { draft: toSummary(record), warnings: read.warnings };
}
