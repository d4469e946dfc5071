import { Node } from 'prosemirror-model';
import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';
import { schema } from '../../../shared/document/schema.ts';
import type { DraftSummary } from '../../../shared/rpc/draftContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { draftStoreOf } from './draftStoreOf.ts';
import { toSummary } from './freezeDraft.ts';
import { storedSchemeOrDefault } from '../../../shared/numbering/parseScheme.ts';
import { numberedBlocksOf } from './numberedBlocksOf.ts';
import { readWorkingCopy } from './workingCopy.ts';

/** A side of a comparison: a draft number or the live working copy. */
export type DraftSide = number | 'working';

/** A draft (or the working copy, with `draft` null) as the views and the comparison need it. */
export interface DraftView {
  draft: DraftSummary | null;
  blocks: NumberedBlock[];
  doc: Node;
}

/** Reads a draft or the working copy; blocks are numbered with the scheme it was frozen with. */
export function getDraft(store: WorkspaceStore, documentId: string, side: DraftSide): DraftView {
  if (side === 'working') {
    const working = readWorkingCopy(store, documentId);
    working.ydoc.destroy();
    return { draft: null, blocks: numberedBlocksOf(working.doc, working.scheme), doc: working.doc };
  }
  store.getDocument(documentId);
  const drafts = draftStoreOf(store);
  const record = drafts.get(documentId, side);
  return { draft: toSummary(record), ...draftContentOf(drafts.blocks(documentId, side), record.numbering) };
}

/** A draft's document and numbered blocks from its stored block JSON and numbering setting. */
export function draftContentOf(blocks: unknown[], numbering: string | null): { doc: Node; blocks: NumberedBlock[] } {
  const doc = Node.fromJSON(schema, { type: 'doc', content: blocks });
  return { doc, blocks: numberedBlocksOf(doc, storedSchemeOrDefault(numbering)) };
}

/** The drafts of a document, oldest first. */
export function listDrafts(store: WorkspaceStore, documentId: string): DraftSummary[] {
  store.getDocument(documentId);
  return draftStoreOf(store).list(documentId).map(toSummary);
}

/** The draft's Yjs snapshot (base64), null for imported drafts. */
export function draftSnapshot(store: WorkspaceStore, documentId: string, number: number): string | null {
  store.getDocument(documentId);
  const snapshot = draftStoreOf(store).snapshot(documentId, number);
  return snapshot === null ? null : Buffer.from(snapshot).toString('base64');
}
