import { attributedSource } from '../../../shared/feedback/attributedSource.ts';
import type { FeedbackItem } from '../../../shared/feedback/model.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { type NameOf, sourceConflict } from './itemConflicts.ts';

/**
 * A person attributes an item to a source (checked to exist): the change and its audit entry land
 * together. `expectedSourceId` is the source the person saw it attributed to (null: flagged or
 * none): when someone attributed it otherwise meanwhile, it is refused as `conflict`, nothing written.
 */
export function setItemSource(store: WorkspaceStore, itemId: string, sourceId: string, expectedSourceId: string | null, actor = 'system', nameOf: NameOf = (name) => name): FeedbackItem {
  return store.transaction(() => {
    const before = store.feedback.get(itemId);
    if (attributedSource(before.attribution) !== expectedSourceId) throw sourceConflict(store, itemId, before.attribution, nameOf);
    store.sources.get(sourceId);
    const item = store.feedback.setSource(itemId, sourceId);
    store.audit.record(actor, 'feedback.attribute', itemId, { itemId, sourceId, from: before.attribution.status });
    return item;
  });
}
