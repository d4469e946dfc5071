import { AppError } from '../../../shared/errors.ts';
import { manualAnchor, quoteSelectorOf } from '../../../shared/feedback/anchoring/index.ts';
import type { FeedbackItem } from '../../../shared/feedback/model.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { DocumentVersions } from './documentVersions.ts';
import { anchorConflict, type NameOf, sameAnchor } from './itemConflicts.ts';

/**
 * A person anchors an item to blocks of a version of a document (a draft, or the working copy as
 * null), by clicking them: the blocks must be in that version. The anchor (confidence 1, evidence
 * `manual`), its state and the audit entry land together; later anchoring runs keep it.
 * `expectedBlockIds` are the blocks the person saw it anchored to (null: not anchored): when
 * someone anchored it otherwise meanwhile, it is refused as `conflict` and nothing is written.
 */
export function setManualAnchor(
  store: WorkspaceStore,
  input: { documentId: string; itemId: string; draftNumber: number | null; blockIds: string[]; expectedBlockIds: string[] | null },
  actor = 'system',
  nameOf: NameOf = (name) => name,
): FeedbackItem {
  store.feedback.get(input.itemId); // an unknown item is not_found before any check of its blocks
  store.documents.get(input.documentId);
  const versions = new DocumentVersions(store, input.documentId);
  if (!versions.exists(input.draftNumber)) throw new AppError('not_found', `Văn kiện này không có dự thảo lần ${input.draftNumber}.`);
  const index = versions.index(input.draftNumber);
  const missing = input.blockIds.filter((id) => !index.indexOfId.has(id));
  if (missing.length > 0) throw new AppError('bad_request', 'Đoạn được chọn không có trong phiên bản văn kiện này; hãy tải lại và chọn lại.');
  const blockIds = [...new Set(input.blockIds)].sort((a, b) => index.indexOfId.get(a)! - index.indexOfId.get(b)!);
  const anchor = manualAnchor(blockIds, input.draftNumber);
  const quote = quoteSelectorOf(index, anchor);
  return store.transaction(() => {
    const before = store.feedback.get(input.itemId);
    if (!sameAnchor(input.expectedBlockIds, before.anchor)) throw anchorConflict(store, input.itemId, before.anchor, nameOf);
    store.feedback.setAnchor(input.itemId, anchor);
    store.feedbackAnchors.set({ itemId: input.itemId, documentId: input.documentId, draftNumber: input.draftNumber, state: 'anchored', quote }, actor);
    store.audit.record(actor, 'feedback.anchor', input.itemId, {
      documentId: input.documentId, draftNumber: input.draftNumber, blockIds, from: before.anchor ? before.anchor.blockIds.join(',') : null,
    });
    return store.feedback.get(input.itemId);
  });
}
