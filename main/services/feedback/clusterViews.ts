import type { ClusterView, TrailEntry } from '../../../shared/rpc/feedbackAnchorContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { countSources } from './sourceKey.ts';

/** A stored cluster as the panel shows it: "N ý kiến của M đơn vị", the representative first, each member's differing sentences. */
export function clusterView(store: WorkspaceStore, clusterId: string): ClusterView {
  const cluster = store.feedbackClusters.get(clusterId);
  const members = store.feedbackClusters.members(clusterId);
  const ordered = [...members.filter((m) => m.itemId === cluster.representativeId), ...members.filter((m) => m.itemId !== cluster.representativeId)];
  return {
    id: cluster.id,
    representativeId: cluster.representativeId,
    comments: members.length,
    sources: countSources(members),
    members: ordered.map(({ itemId, text, sourceName, exact, similarity, added, removed }) => ({ itemId, text, sourceName, exact, similarity, added, removed })),
  };
}

/** The clusters of two or more items not merged away, largest first. */
export function listClusters(store: WorkspaceStore, page: { offset: number; limit: number }): { clusters: ClusterView[]; total: number } {
  const { ids, total } = store.feedbackClusters.listed(page);
  return { clusters: ids.map((id) => clusterView(store, id)), total };
}

/** Who made, joined, merged and split a cluster, and when, oldest first. */
export function clusterTrail(store: WorkspaceStore, clusterId: string): TrailEntry[] {
  store.feedbackClusters.get(clusterId);
  return store.feedbackClusters.trail(clusterId);
}
