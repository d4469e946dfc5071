import type { StoredSuggestion } from '../../storage/SuggestionStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/**
 * When a suggestion made from a comment is accepted, links that comment and every comment now in
 * its cluster to the change (how 'suggestion'), each audited; nothing for other suggestions.
 * Runs inside the caller's transaction, beside the acceptance record, so the two land together.
 * Statuses are left as they are: the compiler decides "tiếp thu", the link is shown beside it.
 * Returns the comments linked.
 */
export function linkAccepted(store: WorkspaceStore, s: StoredSuggestion, actor: string): string[] {
  if (!s.fromFeedbackItemId) return [];
  const cluster = store.feedbackClusters.clusterOf(s.fromFeedbackItemId);
  const members = cluster ? store.feedbackClusters.members(cluster).map((m) => m.itemId) : [];
  const items = [...new Set([s.fromFeedbackItemId, ...members])];
  for (const itemId of items) {
    const link = store.feedbackLinks.insert({
      itemId, documentId: s.documentId, suggestionId: s.id, olderDraft: null, newerDraft: null,
      olderBlockId: s.anchor.blockId, newerBlockId: s.anchor.blockId, oldText: s.deletedText, newText: s.insertedText, how: 'suggestion',
    }, actor);
    store.audit.record(actor, 'feedback.link', itemId, { linkId: link.id, documentId: s.documentId, how: 'suggestion', suggestionId: s.id, oldText: s.deletedText, newText: s.insertedText });
  }
  return items;
}
