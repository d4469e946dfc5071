import { followAnchor } from '../../../shared/feedback/anchoring/index.ts';
import type { FollowedItem } from '../../../shared/rpc/feedbackAnchorContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { DocumentVersions } from './documentVersions.ts';

export interface FollowedPage {
  items: FollowedItem[];
  total: number;
  kept: number;
  requoted: number;
  orphaned: number;
}

/**
 * The document's anchored items followed into draft `side` (or the working copy): by block id,
 * else by the quote kept with the anchor, else orphaned with that quote. Nothing is written: an
 * item's stored anchor stays the one in the draft it was written against. `onlyOrphaned` pages
 * over the orphaned ones only; the counts are always of all.
 */
export function followAnchors(
  store: WorkspaceStore,
  documentId: string,
  side: number | 'working',
  page: { onlyOrphaned: boolean; offset: number; limit: number },
): FollowedPage {
  store.documents.get(documentId);
  const versions = new DocumentVersions(store, documentId);
  const draftNumber = side === 'working' ? null : side;
  if (!versions.exists(draftNumber)) return { items: [], total: 0, kept: 0, requoted: 0, orphaned: 0 };
  const later = versions.index(draftNumber);
  const counts = { kept: 0, requoted: 0, orphaned: 0 };
  const listed: { itemId: string; followed: ReturnType<typeof followAnchor> }[] = [];
  // Every anchor in one read (a document can have 100,000 items); whole items only for the page.
  const anchors = new Map(store.feedbackAnchors.items().map((item) => [item.id, item.anchor]));
  for (const state of store.feedbackAnchors.inState(documentId, 'anchored').rows) {
    const anchor = anchors.get(state.itemId);
    if (!anchor) continue;
    const followed = followAnchor(anchor, state.quote, later);
    counts[followed.status]++;
    if (!page.onlyOrphaned || followed.status === 'orphaned') listed.push({ itemId: state.itemId, followed });
  }
  const items = listed.slice(page.offset, page.offset + page.limit).map(({ itemId, followed }) => ({
    item: store.feedback.get(itemId),
    status: followed.status,
    blockIds: followed.status === 'orphaned' ? [] : followed.anchor.blockIds,
    quote: followed.status === 'orphaned' ? followed.quote : null,
    lost: followed.lost,
  }));
  return { items, total: listed.length, ...counts };
}

/** The items waiting in the document's "chưa gắn" queue, oldest first, with the version each is to be anchored in. */
export function anchorQueue(store: WorkspaceStore, documentId: string, page: { offset: number; limit: number }) {
  store.documents.get(documentId);
  const { rows, total } = store.feedbackAnchors.inState(documentId, 'queued', page);
  return { items: rows.map((row) => ({ item: store.feedback.get(row.itemId), draftNumber: row.draftNumber })), total };
}
