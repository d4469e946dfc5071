import type { Node } from 'prosemirror-model';
import type { ContentRepair } from '../../../shared/content/contentRepair.ts';
import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';
import { repairedDoc } from '../../../shared/content/repairedDoc.ts';
import { numberingRepair } from '../../../shared/content/repairNumbering.ts';
import { storedSchemeOrDefault } from '../../../shared/numbering/parseScheme.ts';
import type { CheckpointSide, CheckpointSummary, DraftSummary } from '../../../shared/rpc/draftContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { toCheckpointSummary } from './checkpointSummary.ts';
import { draftStoreOf } from './draftStoreOf.ts';
import { toSummary } from './freezeDraft.ts';
import { numberedBlocksOf } from './numberedBlocksOf.ts';
import { readWorkingCopy } from './workingCopy.ts';

/** A side of a comparison: a draft number, the live working copy, or a checkpoint ("c2"). */
export type DraftSide = number | 'working' | CheckpointSide;

/** A draft, a checkpoint, or the working copy (both null), as the views and the comparison need it. */
export interface DraftView {
  draft: DraftSummary | null;
  checkpoint: CheckpointSummary | null;
  blocks: NumberedBlock[];
  doc: Node;
  /** The numbering setting it carries (JSON text), null for the default or when it did not validate. */
  numbering: string | null;
  /** What reading it had to repair: drafts and checkpoints are repaired on every read, never rewritten. */
  repairs: ContentRepair[];
}

/** Reads a draft, a checkpoint or the working copy; blocks are numbered with the scheme it carries. */
export function getDraft(store: WorkspaceStore, documentId: string, side: DraftSide): DraftView {
  if (side === 'working') {
    const working = readWorkingCopy(store, documentId);
    working.ydoc.destroy();
    const blocks = numberedBlocksOf(working.doc, working.scheme);
    return { draft: null, checkpoint: null, blocks, doc: working.doc, numbering: working.schemeJson, repairs: working.repairs };
  }
  store.getDocument(documentId);
  const drafts = draftStoreOf(store);
  if (typeof side === 'number') {
    const record = drafts.get(documentId, side);
    return { ...draftContentOf(drafts.blocks(documentId, side), record.numbering), draft: toSummary(record), checkpoint: null };
  }
  const number = Number(side.slice(1));
  const record = drafts.checkpoints.get(documentId, number);
  return { ...draftContentOf(drafts.checkpoints.blocks(documentId, number), record.numbering), draft: null, checkpoint: toCheckpointSummary(record) };
}

/**
 * Stored blocks and numbering read as a valid document, with what that took: what the workers'
 * jobs read too (they get the stored rows as values).
 */
export function draftContentOf(blocks: unknown[], numbering: string | null): Pick<DraftView, 'blocks' | 'doc' | 'numbering' | 'repairs'> {
  const { doc, repairs } = repairedDoc(blocks);
  const numberingFix = numberingRepair(numbering);
  return {
    doc,
    blocks: numberedBlocksOf(doc, storedSchemeOrDefault(numbering)),
    numbering: numberingFix ? null : numbering,
    repairs: numberingFix ? [...repairs, numberingFix] : repairs,
  };
}

/** The drafts of a document, oldest first. */
export function listDrafts(store: WorkspaceStore, documentId: string): DraftSummary[] {
  store.getDocument(documentId);
  return draftStoreOf(store).list(documentId).map(toSummary);
}

/** The checkpoints kept before restores and imports, oldest first. */
export function listCheckpoints(store: WorkspaceStore, documentId: string): CheckpointSummary[] {
  store.getDocument(documentId);
  return draftStoreOf(store).checkpoints.list(documentId).map(toCheckpointSummary);
}

/** The draft's Yjs snapshot (base64), null for imported drafts. */
export function draftSnapshot(store: WorkspaceStore, documentId: string, number: number): string | null {
  store.getDocument(documentId);
  const snapshot = draftStoreOf(store).snapshot(documentId, number);
  return snapshot === null ? null : Buffer.from(snapshot).toString('base64');
}
