import type { CheckpointSummary, DraftSide, DraftSummary } from '../../../shared/rpc/draftContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { toCheckpointSummary } from './checkpointSummary.ts';
import { toSummary } from './freezeDraft.ts';
import { type DraftContent, draftContentOf } from '../../../shared/drafts/draftContentOf.ts';
import { numberedBlocksOf } from '../../../shared/drafts/numberedBlocksOf.ts';
import { readWorkingCopy } from '../documents/workingCopy.ts';

/** A draft, a checkpoint, or the working copy (both null), as the views and the comparison need it. */
export interface DraftView extends DraftContent {
  draft: DraftSummary | null;
  checkpoint: CheckpointSummary | null;
}

/** Reads a draft, a checkpoint or the working copy; blocks are numbered with the scheme it carries. */
export function getDraft(store: WorkspaceStore, documentId: string, side: DraftSide): DraftView {
  if (side === 'working') {
    const working = readWorkingCopy(store, documentId, 'read');
    working.ydoc.destroy();
    const blocks = numberedBlocksOf(working.doc, working.scheme);
    return { draft: null, checkpoint: null, blocks, doc: working.doc, numbering: working.schemeJson, repairs: working.repairs };
  }
  store.documents.get(documentId);
  if (typeof side === 'number') {
    const record = store.drafts.get(documentId, side);
    return { ...draftContentOf(store.drafts.blocks(documentId, side), record.numbering), draft: toSummary(record), checkpoint: null };
  }
  const number = Number(side.slice(1));
  const record = store.checkpoints.get(documentId, number);
  return { ...draftContentOf(store.checkpoints.blocks(documentId, number), record.numbering), draft: null, checkpoint: toCheckpointSummary(record) };
}

/** The drafts of a document, oldest first. */
export function listDrafts(store: WorkspaceStore, documentId: string): DraftSummary[] {
  store.documents.get(documentId);
  return store.drafts.list(documentId).map(toSummary);
}

/** The checkpoints kept before restores and imports, oldest first. */
export function listCheckpoints(store: WorkspaceStore, documentId: string): CheckpointSummary[] {
  store.documents.get(documentId);
  return store.checkpoints.list(documentId).map(toCheckpointSummary);
}

/** The draft's Yjs snapshot (base64), null for imported drafts. */
export function draftSnapshot(store: WorkspaceStore, documentId: string, number: number): string | null {
  store.documents.get(documentId);
  const snapshot = store.drafts.snapshot(documentId, number);
  return snapshot === null ? null : Buffer.from(snapshot).toString('base64');
}
