import * as Y from 'yjs';
import type { DraftStage, DraftSummary } from '../../../shared/rpc/draftContract.ts';
import type { DraftRecord } from '../../storage/DraftStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { assertValidContent } from '../../../shared/drafts/assertValidContent.ts';
import { readWorkingCopy } from '../documents/workingCopy.ts';
import { wordsOf } from '../../../shared/drafts/wordsOf.ts';

/** Who froze a draft, at which stage, and why. */
export interface DraftMeta {
  stage: DraftStage;
  author: string;
  note: string;
}


/**
 * Freezes the working copy as "Dự thảo lần N" (N = last + 1): its ProseMirror JSON, its Yjs state
 * and a Yjs snapshot for attribution later. The draft never changes afterwards, so content the
 * schema refuses is refused here (`content_invalid`) rather than frozen unreadable, and a
 * repair on load that cannot be stored stops the freeze with the storage error.
 */
export function freezeDraft(store: WorkspaceStore, documentId: string, meta: DraftMeta, actor: string): DraftSummary {
  // `write`: the draft's Yjs state must not hold a repair the working copy never stored.
  const working = readWorkingCopy(store, documentId, 'write');
  try {
    assertValidContent(working.doc, working.schemeJson);
    const record = store.drafts.insert({
      documentId,
      ...meta,
      origin: 'app',
      words: wordsOf(working.doc),
      numbering: working.schemeJson,
      blocks: (working.doc.toJSON() as { content: unknown[] }).content,
      yState: Y.encodeStateAsUpdateV2(working.ydoc),
      snapshot: Y.encodeSnapshotV2(Y.snapshot(working.ydoc)),
    }, (draft) => store.audit.record(actor, 'draft.freeze', documentId, { draftId: draft.id, number: draft.number, stage: meta.stage, note: meta.note }));
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
