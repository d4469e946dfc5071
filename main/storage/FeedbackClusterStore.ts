import { randomUUID } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { AppError } from '../../shared/errors.ts';
import { FeedbackClusterBatch } from './FeedbackClusterBatch.ts';
import type { Attribution } from '../../shared/feedback/model.ts';

/** What clustering reads of an item. */
export interface ClusterableItem {
  id: string;
  text: string;
  location: string | null;
  sourceName: string;
  /** The registry source it is attributed to (matched or set by a person), else null. */
  sourceId: string | null;
}

export interface MemberDiff {
  exact: boolean;
  similarity: number | null;
  added: string[];
  removed: string[];
}

export interface StoredMember extends MemberDiff {
  itemId: string;
  text: string;
  sourceName: string;
  attribution: Attribution;
}

export interface StoredCluster {
  id: string;
  representativeId: string;
  mergedInto: string | null;
}

/** The last item rowid and the last trail id a clustering run read. */
export interface RunMarks {
  items: number;
  trail: number;
}

export type TrailAction = 'create' | 'join' | 'merge' | 'merged' | 'split';

/** Most members add and remove nothing: their lists are written without stringifying. */
const listJson = (list: string[]) => (list.length === 0 ? '[]' : JSON.stringify(list));

interface MemberRow { item_id: string; text: string; source_name: string; attribution: string; exact: number; similarity: number | null; added: string; removed: string }

/**
 * Stored clusters of near-duplicate items (`store.feedbackClusters`). A member leaves a cluster
 * (merged into another, split out by a person) by getting `left_at`: memberships, clusters and
 * the trail (who, when, what) are never deleted (triggers), and an item is in one cluster at
 * most at a time (a unique index). Callers write a change and its trail in one `store.transaction`.
 */
export class FeedbackClusterStore {
  private readonly db: DatabaseSync;
  /** Statements a clustering run uses per cluster, prepared once (14,000 clusters: preparing cost more than writing). */
  private readonly statements = new Map<string, StatementSync>();

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  private prepared(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  /**
   * Every item up to rowid `upTo` (all when omitted) in the order it was stored (rowid: items are
   * never deleted), with its registry source when it has one.
   */
  items(upTo = Number.MAX_SAFE_INTEGER): ClusterableItem[] {
    const statement = this.db.prepare('SELECT id, text, location, source_name, source_id FROM feedback_items WHERE rowid <= ? ORDER BY rowid');
    // Arrays, not objects: node:sqlite names each row's columns one by one (as FeedbackVersions.itemsAfter).
    statement.setReturnArrays(true);
    return (statement.all(upTo) as unknown as [string, string, string | null, string, string | null][])
      .map(([id, text, location, sourceName, sourceId]) => ({ id, text, location, sourceName, sourceId }));
  }

  /** How far the items and the trail go now (their last rowid and id; 0 when none). */
  marks(): RunMarks {
    const row = this.db.prepare(`SELECT (SELECT COALESCE(MAX(rowid), 0) FROM feedback_items) AS items,
      (SELECT COALESCE(MAX(id), 0) FROM feedback_cluster_trail) AS trail`).get() as { items: number; trail: number };
    return { items: row.items, trail: row.trail };
  }

  /** What the last clustering run had read, and its method; null before the first run. */
  lastRun(): (RunMarks & { method: string }) | null {
    const row = this.db.prepare('SELECT items_upto, trail_upto, method FROM feedback_cluster_runs ORDER BY id DESC LIMIT 1').get() as
      | { items_upto: number; trail_upto: number; method: string } | undefined;
    return row ? { items: row.items_upto, trail: row.trail_upto, method: row.method } : null;
  }

  recordRun(marks: RunMarks, method: string, actor: string, at = new Date().toISOString()): void {
    this.db.prepare('INSERT INTO feedback_cluster_runs (items_upto, trail_upto, method, at, actor) VALUES (?, ?, ?, ?, ?)').run(marks.items, marks.trail, method, at, actor);
  }

  /** Item → the cluster it is in now. */
  currentClusters(): Map<string, string> {
    const rows = this.db.prepare('SELECT item_id, cluster_id FROM feedback_cluster_members WHERE left_at IS NULL').all() as { item_id: string; cluster_id: string }[];
    return new Map(rows.map((r) => [r.item_id, r.cluster_id]));
  }

  /** Items a person split out of a cluster and that are in none now: clustering leaves them alone. */
  splitOut(): Set<string> {
    const rows = this.db.prepare(`SELECT DISTINCT item_id FROM feedback_cluster_members m WHERE left_reason = 'split'
      AND NOT EXISTS (SELECT 1 FROM feedback_cluster_members c WHERE c.item_id = m.item_id AND c.left_at IS NULL)`).all() as { item_id: string }[];
    return new Set(rows.map((r) => r.item_id));
  }

  create(representativeId: string, actor: string, at = new Date().toISOString()): string {
    const id = randomUUID();
    this.prepared('INSERT INTO feedback_clusters (id, representative_id, created_at, created_by) VALUES (?, ?, ?, ?)').run(id, representativeId, at, actor);
    return id;
  }

  /** A run's writes, queued and written together by its `flush` (in the caller's transaction). */
  batch(actor: string, at = new Date().toISOString()): FeedbackClusterBatch {
    return new FeedbackClusterBatch(this.db, actor, at);
  }

  get(clusterId: string): StoredCluster {
    const row = this.prepared('SELECT id, representative_id, merged_into FROM feedback_clusters WHERE id = ?').get(clusterId) as
      | { id: string; representative_id: string; merged_into: string | null } | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy nhóm ý kiến này.');
    return { id: row.id, representativeId: row.representative_id, mergedInto: row.merged_into };
  }

  addMember(clusterId: string, itemId: string, diff: MemberDiff, at = new Date().toISOString()): void {
    this.prepared('INSERT INTO feedback_cluster_members (cluster_id, item_id, exact, similarity, added, removed, joined_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(clusterId, itemId, diff.exact ? 1 : 0, diff.similarity, listJson(diff.added), listJson(diff.removed), at);
  }

  setDiff(clusterId: string, itemId: string, diff: MemberDiff): void {
    this.db.prepare('UPDATE feedback_cluster_members SET exact = ?, similarity = ?, added = ?, removed = ? WHERE cluster_id = ? AND item_id = ? AND left_at IS NULL')
      .run(diff.exact ? 1 : 0, diff.similarity, JSON.stringify(diff.added), JSON.stringify(diff.removed), clusterId, itemId);
  }

  leave(clusterId: string, itemId: string, reason: 'merge' | 'split'): void {
    this.db.prepare('UPDATE feedback_cluster_members SET left_at = ?, left_reason = ? WHERE cluster_id = ? AND item_id = ? AND left_at IS NULL')
      .run(new Date().toISOString(), reason, clusterId, itemId);
  }

  setRepresentative(clusterId: string, itemId: string): void {
    this.db.prepare('UPDATE feedback_clusters SET representative_id = ? WHERE id = ?').run(itemId, clusterId);
  }

  markMerged(fromId: string, intoId: string): void {
    this.db.prepare('UPDATE feedback_clusters SET merged_into = ? WHERE id = ?').run(intoId, fromId);
  }

  /** The cluster an item is in now, or null. */
  clusterOf(itemId: string): string | null {
    const row = this.prepared('SELECT cluster_id FROM feedback_cluster_members WHERE item_id = ? AND left_at IS NULL').get(itemId) as { cluster_id: string } | undefined;
    return row?.cluster_id ?? null;
  }

  /** Its members now, in the order they joined. */
  members(clusterId: string): StoredMember[] {
    const rows = this.db.prepare(`SELECT m.item_id, i.text, i.source_name, i.attribution, m.exact, m.similarity, m.added, m.removed
      FROM feedback_cluster_members m JOIN feedback_items i ON i.id = m.item_id WHERE m.cluster_id = ? AND m.left_at IS NULL ORDER BY m.rowid`).all(clusterId) as unknown as MemberRow[];
    return rows.map((r) => ({
      itemId: r.item_id, text: r.text, sourceName: r.source_name, attribution: JSON.parse(r.attribution) as Attribution,
      exact: r.exact === 1, similarity: r.similarity, added: JSON.parse(r.added) as string[], removed: JSON.parse(r.removed) as string[],
    }));
  }

  /**
   * Clusters with two members or more now, largest first, then oldest. A merged cluster has no
   * members left, so it is never listed; only the current memberships are read (a partial index).
   */
  listed(page: { offset: number; limit: number }): { ids: string[]; total: number } {
    const groups = 'SELECT cluster_id, COUNT(*) AS n, MIN(rowid) AS first FROM feedback_cluster_members WHERE left_at IS NULL GROUP BY cluster_id HAVING n >= 2';
    const ids = (this.db.prepare(`${groups} ORDER BY n DESC, first LIMIT ? OFFSET ?`).all(page.limit, page.offset) as { cluster_id: string }[]).map((r) => r.cluster_id);
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM (${groups})`).get() as { n: number }).n;
    return { ids, total };
  }

  record(clusterId: string, actor: string, action: TrailAction, details: Record<string, unknown>, at = new Date().toISOString()): void {
    this.prepared('INSERT INTO feedback_cluster_trail (cluster_id, at, actor, action, details) VALUES (?, ?, ?, ?, ?)')
      .run(clusterId, at, actor, action, JSON.stringify(details));
  }

  trail(clusterId: string): { at: string; actor: string; action: TrailAction; details: Record<string, unknown> }[] {
    const rows = this.db.prepare('SELECT at, actor, action, details FROM feedback_cluster_trail WHERE cluster_id = ? ORDER BY id').all(clusterId) as {
      at: string; actor: string; action: TrailAction; details: string;
    }[];
    return rows.map((r) => ({ at: r.at, actor: r.actor, action: r.action, details: JSON.parse(r.details) as Record<string, unknown> }));
  }
}
