import type { FeedbackItem } from '../../../shared/feedback/model.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { feedbackIndexOf } from './feedbackIndexOf.ts';

export interface FeedbackItemDetail {
  item: FeedbackItem;
  /** The anchored block's section label, or null. */
  section: string | null;
  /** The anchored blocks as the anchored draft has them. */
  blocks: { id: string; number: string | null; text: string }[];
  /** Anchored, but none of its blocks is in that draft any more: shown with what it said, never lost. */
  orphaned: boolean;
}

/** One item whole (not_found when there is none) with its anchor read from its draft. */
export function feedbackItemDetail(store: WorkspaceStore, itemId: string): FeedbackItemDetail {
  const item = store.feedback.get(itemId);
  if (!item.anchor) return { item, section: null, blocks: [], orphaned: false };
  const sections = feedbackIndexOf(store).draftSections;
  const blocks = sections.blocksOf(item.documentTitle, item.anchor).map((b) => ({ id: b.id, number: b.number, text: b.text }));
  return {
    item,
    section: sections.sectionOf(item.documentTitle, item.anchor)?.label ?? null,
    blocks,
    orphaned: blocks.length === 0 && item.anchor.blockIds.length > 0,
  };
}
