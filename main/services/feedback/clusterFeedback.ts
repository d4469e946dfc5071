import { clusterComments } from '../../../shared/feedback/clustering/index.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { memberDiff } from './memberDiff.ts';
import { sourceKey } from './sourceKey.ts';

/** Names how clusterComments decides: a run of another method never counts as the last one. */
const METHOD = 'lsh-leaders-1';

/**
 * Clusters the workspace's items (shared/feedback/clustering) and stores what is new, keeping
 * what people decided: items already in a stored cluster stay where they are (merges kept), items
 * a person split out are left alone, and of each cluster found the other items join the stored
 * cluster one of them is in, or, two or more, form a new cluster (its representative the one
 * clustering chose when it is free). Each creation and join has its trail entry; the run is audited.
 * A run that finds the items and the trail as the last run left them (no item added, no cluster
 * changed by a person: feedback_cluster_runs) would write nothing, and skips the clustering.
 */
export function clusterFeedback(store: WorkspaceStore, actor = 'system'): { created: number; joined: number; clusters: number } {
  const clusters = store.feedbackClusters;
  const marks = clusters.marks();
  const last = clusters.lastRun();
  if (last !== null && last.method === METHOD && last.items === marks.items && last.trail === marks.trail) {
    store.transaction(() => store.audit.record(actor, 'feedback.cluster_run', null, { created: 0, joined: 0 }));
    return { created: 0, joined: 0, clusters: clusters.listed({ offset: 0, limit: 0 }).total };
  }
  const items = clusters.items(marks.items);
  let texts: Map<string, string> | null = null; // needed only when an item joins a stored cluster whose representative clustering did not choose
  const text = (id: string) => (texts ??= new Map(items.map((i) => [i.id, i.text]))).get(id)!;
  const current = clusters.currentClusters();
  const held = clusters.splitOut();
  const keys = new Map<string, string | null>(); // names are few (one per organisation and spelling): key each once
  const keyOf = (name: string) => keys.get(name) ?? keys.set(name, sourceKey(null, name)).get(name)!;
  const found = clusterComments(items.map((i) => ({ id: i.id, text: i.text, source: i.sourceId !== null ? sourceKey(i.sourceId, '') : keyOf(i.sourceName), location: i.location })));
  let created = 0;
  let joined = 0;
  const at = new Date().toISOString();
  store.transaction(() => {
    // A person's change since this run read the clusters (another process) leaves the run's marks behind it.
    const untouched = clusters.marks().trail === marks.trail;
    const writes = clusters.batch(actor, at); // one statement per table, not per row: the members are a third of the run
    const made = new Map<string, string>(); // this run's clusters (not written until flush) → representative
    for (const cluster of found) {
      const free = cluster.members.filter((m) => !current.has(m.id) && !held.has(m.id));
      if (free.length === 0) continue;
      const stored = current.get(cluster.representativeId) ?? cluster.members.map((m) => current.get(m.id)).find((id) => id !== undefined);
      if (stored === undefined && free.length < 2) continue;
      const chosen = free.some((m) => m.id === cluster.representativeId) ? cluster.representativeId : free[0].id;
      const clusterId = stored ?? writes.create(chosen);
      if (stored === undefined) made.set(clusterId, chosen);
      const representative = made.get(clusterId) ?? clusters.get(clusterId).representativeId;
      for (const m of free) {
        const diff = representative === cluster.representativeId ? m : memberDiff(text(representative), text(m.id));
        writes.addMember(clusterId, m.id, diff);
        current.set(m.id, clusterId);
      }
      const ids = free.map((m) => m.id);
      if (stored === undefined) created++;
      else joined += ids.length;
      writes.record(clusterId, stored === undefined ? 'create' : 'join', { items: ids, representativeId: representative });
    }
    writes.flush();
    clusters.recordRun({ items: marks.items, trail: untouched ? clusters.marks().trail : marks.trail }, METHOD, actor, at);
    store.audit.record(actor, 'feedback.cluster_run', null, { created, joined });
  });
  return { created, joined, clusters: clusters.listed({ offset: 0, limit: 0 }).total };
}
