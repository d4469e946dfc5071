import * as Y from 'yjs';
import type { DraftStage, DraftSummary } from '../../../shared/rpc/draftContract.ts';
import { countWords } from '../../../shared/text/countWords.ts';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import type { Node } from 'prosemirror-model';
import type { DraftRecord } from '../../storage/DraftStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { draftStoreOf } from './draftStoreOf.ts';
import { readWorkingCopy } from './workingCopy.ts';

/** Who froze a draft, at which stage, and why. */
export interface DraftMeta {
  stage: DraftStage;
  author: string;
  note: string;
}

/** Words of a document, as the draft list shows them. */
export function wordsOf(doc: Node): number {
  return flattenDoc(doc).reduce((sum, block) => sum + countWords(block.text), 0);
}

/**
 * Freezes the working copy as "Dự thảo lần N" (N = last + 1): its ProseMirror JSON, its Yjs state
 * and a Yjs snapshot for attribution later. The draft never changes afterwards.
 */
export function freezeDraft(store: WorkspaceStore, documentId: string, meta: DraftMeta, actor: string): DraftSummary {
  const working = readWorkingCopy(store, documentId);
  try {
    const record = draftStoreOf(store).insert({
      documentId,
      ...meta,
      origin: 'app',
      words: wordsOf(working.doc),
      numbering: working.schemeJson,
      blocks: (working.doc.toJSON() as { content: unknown[] }).content,
      yState: Y.encodeStateAsUpdateV2(working.ydoc),
      snapshot: Y.encodeSnapshotV2(Y.snapshot(working.ydoc)),
    }, (draft) => store.audit(actor, 'draft.freeze', documentId, { draftId: draft.id, number: draft.number, stage: meta.stage, note: meta.note }));
    return toSummary(record);
  } finally {
    working.ydoc.destroy();
  }
}

/** A stored draft as the contract shows it. */
export function toSummary(record: DraftRecord): DraftSummary {
  const { numbering: _numbering, ...summary } = record;
  return summary;
}
