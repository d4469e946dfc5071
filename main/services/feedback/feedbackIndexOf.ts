import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { FeedbackIndex } from './FeedbackIndex.ts';

const indexes = new WeakMap<WorkspaceStore, FeedbackIndex>();

/**
 * The feedback index of an open workspace, made on first use and brought up to date (refresh)
 * on every call; it goes when the store does (a closed workspace's store is not reused).
 */
export function feedbackIndexOf(store: WorkspaceStore): FeedbackIndex {
  let index = indexes.get(store);
  if (!index) {
    index = new FeedbackIndex(store);
    indexes.set(store, index);
  }
  index.refresh();
  return index;
}
