import type { FeedbackSource } from '../../../shared/feedback/model.ts';
import type { SourceInput } from '../../storage/SourceStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { type Rematched, rematchFlagged } from './rematchFlagged.ts';

/**
 * A person's change to the registry (create, edit, delete), with the flagged items matched again
 * against the registry it leaves (rematchFlagged, audited about that source): both land in one
 * transaction, or neither.
 */
export const editSource = {
  create(store: WorkspaceStore, input: SourceInput, actor = 'system'): { source: FeedbackSource; rematched: Rematched } {
    return store.transaction(() => {
      const source = store.sources.create(input, actor);
      return { source, rematched: rematchFlagged(store, source.id, actor) };
    });
  },
  update(store: WorkspaceStore, sourceId: string, input: SourceInput, actor = 'system'): { source: FeedbackSource; rematched: Rematched } {
    return store.transaction(() => ({ source: store.sources.update(sourceId, input, actor), rematched: rematchFlagged(store, sourceId, actor) }));
  },
  /** Refused (conflict) while an item or a source uses it: no item ever loses its attribution. */
  delete(store: WorkspaceStore, sourceId: string, actor = 'system'): Rematched {
    return store.transaction(() => {
      store.sources.delete(sourceId, actor);
      return rematchFlagged(store, sourceId, actor);
    });
  },
};
