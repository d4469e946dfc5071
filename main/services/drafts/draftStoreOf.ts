import { DraftStore } from '../../storage/DraftStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

const stores = new WeakMap<WorkspaceStore, DraftStore>();

/** The DraftStore on a workspace's connection (one per open workspace). */
export function draftStoreOf(store: WorkspaceStore): DraftStore {
  let drafts = stores.get(store);
  if (!drafts) {
    drafts = new DraftStore(store.db);
    stores.set(store, drafts);
  }
  return drafts;
}
