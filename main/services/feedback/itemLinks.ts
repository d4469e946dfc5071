import type { FeedbackLink } from '../../../shared/feedback/links/feedbackLink.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/** What a comment's detail shows of the change that answered it: its current links, and the suggestion made from it (null: none). */
export function itemLinks(store: WorkspaceStore, itemId: string): { links: FeedbackLink[]; suggestion: { id: string; documentId: string; status: 'open' | 'accepted' | 'rejected' } | null } {
  store.feedback.get(itemId);
  const made = store.suggestions.ofFeedbackItem(itemId);
  return { links: store.feedbackLinks.ofItem(itemId), suggestion: made ? { id: made.id, documentId: made.documentId, status: made.status } : null };
}
