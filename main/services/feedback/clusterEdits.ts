import { AppError } from '../../../shared/errors.ts';
import type { ClusterView } from '../../../shared/rpc/feedbackAnchorContract.ts';
import { compareKey } from '../../../shared/text/normalize.ts';
import type { StoredMember } from '../../storage/FeedbackClusterStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { clusterView } from './clusterViews.ts';
import { memberDiff } from './memberDiff.ts';

function openCluster(store: WorkspaceStore, clusterId: string) {
  const cluster = store.feedbackClusters.get(clusterId);
  if (cluster.mergedInto !== null) throw new AppError('conflict', 'Nhóm ý kiến này đã được gộp vào nhóm khác; hãy tải lại danh sách nhóm.');
  return cluster;
}

/**
 * Merges cluster `fromId` into `intoId`: its members leave it (kept, with `left_reason` merge)
 * and join `into`, compared with `into`'s representative; `from` is marked merged, never
 * deleted. Both trails and the audit log say who and when.
 */
export function mergeClusters(store: WorkspaceStore, intoId: string, fromId: string, actor = 'system'): ClusterView {
  if (intoId === fromId) throw new AppError('bad_request', 'Hãy chọn hai nhóm khác nhau để gộp.');
  const into = openCluster(store, intoId);
  openCluster(store, fromId);
  const representative = store.feedback.get(into.representativeId).text;
  return store.transaction(() => {
    const moved = store.feedbackClusters.members(fromId);
    for (const m of moved) {
      store.feedbackClusters.leave(fromId, m.itemId, 'merge');
      store.feedbackClusters.addMember(intoId, m.itemId, memberDiff(representative, m.text));
    }
    store.feedbackClusters.markMerged(fromId, intoId);
    const items = moved.map((m) => m.itemId);
    store.feedbackClusters.record(intoId, actor, 'merge', { from: fromId, items });
    store.feedbackClusters.record(fromId, actor, 'merged', { into: intoId, items });
    store.audit.record(actor, 'feedback.cluster_merge', intoId, { into: intoId, from: fromId, items });
    return clusterView(store, intoId);
  });
}

/**
 * Takes an item out of its cluster (the membership kept, with `left_reason` split); it stays a
 * comment of its own, and clustering will not put it back. When it was the representative, the
 * most repeated wording of those left takes its place and their differences are computed again.
 * Null when fewer than two are left (the cluster is no longer listed; its trail stays).
 */
export function splitItem(store: WorkspaceStore, clusterId: string, itemId: string, actor = 'system'): ClusterView | null {
  const cluster = openCluster(store, clusterId);
  const members = store.feedbackClusters.members(clusterId);
  if (!members.some((m) => m.itemId === itemId)) throw new AppError('not_found', 'Ý kiến này không thuộc nhóm; hãy tải lại danh sách nhóm.');
  const left = members.filter((m) => m.itemId !== itemId);
  return store.transaction(() => {
    store.feedbackClusters.leave(clusterId, itemId, 'split');
    let representativeId = cluster.representativeId;
    if (itemId === cluster.representativeId && left.length > 0) {
      const next = mostRepeated(left);
      representativeId = next.itemId;
      store.feedbackClusters.setRepresentative(clusterId, next.itemId);
      for (const m of left) store.feedbackClusters.setDiff(clusterId, m.itemId, memberDiff(next.text, m.text));
    }
    store.feedbackClusters.record(clusterId, actor, 'split', { itemId, representativeId });
    store.audit.record(actor, 'feedback.cluster_split', clusterId, { clusterId, itemId });
    return left.length >= 2 ? clusterView(store, clusterId) : null;
  });
}

/** The member whose wording (case, tone placement, spacing aside) is repeated most; the first among equals. */
function mostRepeated(members: StoredMember[]): StoredMember {
  const key = (m: StoredMember) => compareKey(m.text).trim();
  const counts = new Map<string, number>();
  for (const m of members) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  return members.reduce((best, m) => (counts.get(key(m))! > counts.get(key(best))! ? m : best), members[0]);
}
