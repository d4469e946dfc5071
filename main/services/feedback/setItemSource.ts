import type { FeedbackItem } from '../../../shared/feedback/model.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/** A person attributes an item to a source (checked to exist): the change and its audit entry land together. */
export function setItemSource(store: WorkspaceStore, itemId: string, sourceId: string, actor = 'system'): FeedbackItem {
  return store.transaction(() => {
    const before = store.feedback.get(itemId);
    store.sources.get(sourceId);
    const item = store.feedback.setSource(itemId, sourceId);
    store.audit.record(actor, 'feedback.attribute', itemId, { itemId, sourceId, from: before.attribution.status });
    return item;
  });
}
