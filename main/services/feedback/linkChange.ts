import { AppError } from '../../../shared/errors.ts';
import type { FeedbackLink } from '../../../shared/feedback/links/feedbackLink.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { getDraft } from '../drafts/getDraft.ts';
import { linkVersions } from './linkVersions.ts';

/** A change a person picked from the comparison: its block in the older version and in the newer one (null: none on that side). */
export interface PickedChange {
  olderBlockId: string | null;
  newerBlockId: string | null;
}

/**
 * A person links a comment to a change between the draft it was written against and the next
 * one (how 'person'). The old and new wording are read here from the two versions, never taken
 * from the caller; a block not in its version is refused. Stored with its audit entry.
 */
export function linkChange(store: WorkspaceStore, itemId: string, picked: PickedChange, actor: string): FeedbackLink {
  if (picked.olderBlockId === null && picked.newerBlockId === null) throw new AppError('bad_request', 'Hãy chọn một thay đổi để gắn.');
  const versions = linkVersions(store, itemId);
  const textOf = (side: number | 'working', id: string | null) => {
    if (id === null) return '';
    const block = getDraft(store, versions.documentId, side).blocks.find((b) => b.id === id);
    if (!block) throw new AppError('not_found', 'Thay đổi được chọn không còn trong so sánh (có thể văn bản vừa được sửa). Hãy mở lại danh sách thay đổi và chọn lại.');
    return block.text;
  };
  const oldText = textOf(versions.older, picked.olderBlockId);
  const newText = textOf(versions.newer ?? 'working', picked.newerBlockId);
  return store.transaction(() => {
    const link = store.feedbackLinks.insert({
      itemId, documentId: versions.documentId, suggestionId: null, olderDraft: versions.older, newerDraft: versions.newer,
      olderBlockId: picked.olderBlockId, newerBlockId: picked.newerBlockId, oldText, newText, how: 'person',
    }, actor);
    store.audit.record(actor, 'feedback.link', itemId, { linkId: link.id, documentId: versions.documentId, how: 'person', olderDraft: versions.older, newerDraft: versions.newer, oldText, newText });
    return link;
  });
}

/** Ends a link (a person's or a suggestion's), audited; not_found when it is not current. */
export function unlinkChange(store: WorkspaceStore, linkId: string, actor: string): FeedbackLink {
  return store.transaction(() => {
    const link = store.feedbackLinks.get(linkId);
    if (!link || !store.feedbackLinks.remove(linkId, actor)) throw new AppError('not_found', 'Liên kết này không còn (có thể người khác vừa gỡ). Hãy tải lại.');
    store.audit.record(actor, 'feedback.unlink', link.itemId, { linkId, documentId: link.documentId, how: link.how });
    return link;
  });
}
