import type { Node } from 'prosemirror-model';
import * as Y from 'yjs';
import type { CheckpointReplacement, CheckpointSummary, KeptVersion } from '../../../shared/rpc/draftContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { toCheckpointSummary } from './checkpointSummary.ts';
import { wordsOf } from '../../../shared/drafts/wordsOf.ts';

/** The working copy about to be replaced: its Y.Doc, its content and its numbering setting. */
export interface ReplacedCopy {
  ydoc: Y.Doc;
  doc: Node;
  numbering: string | null;
}

/**
 * Keeps the working copy before a restore or an import replaces it, and names the kept version
 * equal to it: the newest draft or checkpoint with exactly its content and numbering when there
 * is one (nothing new is written), else a new checkpoint "trước khi khôi phục" (content, full Yjs
 * state, numbering), stored with its audit entry in one transaction. Run it before the
 * replacement, so a failure here stops the replacement.
 */
export function keepWorkingCopy(
  store: WorkspaceStore,
  documentId: string,
  copy: ReplacedCopy,
  why: { reason: 'restore' | 'import'; author: string; replacedBy: CheckpointReplacement },
  actor: string,
): { checkpoint: CheckpointSummary | null; before: KeptVersion } {
  const blocks = (copy.doc.toJSON() as { content: unknown[] }).content;
  const kept = store.drafts.keptAs(documentId, blocks, copy.numbering);
  if (kept) return { checkpoint: null, before: kept };
  const record = store.transaction(() => {
    const inserted = store.checkpoints.insert({
      documentId,
      ...why,
      words: wordsOf(copy.doc),
      numbering: copy.numbering,
      blocks,
      yState: Y.encodeStateAsUpdateV2(copy.ydoc),
    });
    store.audit.record(actor, 'draft.checkpoint', documentId, { checkpointId: inserted.id, number: inserted.number, reason: why.reason, replacedBy: why.replacedBy });
    return inserted;
  });
  return { checkpoint: toCheckpointSummary(record), before: { checkpoint: record.number } };
}
