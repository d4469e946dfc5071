import type { FeedbackLink } from '../../../shared/feedback/links/feedbackLink.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/**
 * The change a comment is linked to now, for what reports say changed in answer to it: its most
 * recent current link (an accepted suggestion or a change a person picked), or null when none.
 */
export function linkOfItem(store: WorkspaceStore, itemId: string): FeedbackLink | null {
  const links = store.feedbackLinks.ofItem(itemId);
  return links.length === 0 ? null : links[links.length - 1];
}
