import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { MemberDiff, TrailAction } from './FeedbackClusterStore.ts';

/** Rows per statement: one JSON array each, so a run of 100,000 members is ten statements. */
const CHUNK = 10_000;

/** Most members add and remove nothing: their lists are written without stringifying. */
const listJson = (list: string[]) => (list.length === 0 ? '[]' : JSON.stringify(list));

/**
 * A clustering run's writes (new clusters, memberships, trail entries), queued in the order the
 * run makes them and written by `flush` with a few `INSERT … SELECT FROM json_each(?)` statements
 * instead of one statement per row: clusters first, then members, then the trail, each table's rows
 * in the order queued (so rowids, trail ids and the version triggers, which fire per row, come out
 * as when they were written one by one). Strings and numbers go through JSON unchanged (lists as
 * their JSON text); `flush` runs inside the caller's `store.transaction`, so a failed statement
 * rolls back the whole run.
 */
export class FeedbackClusterBatch {
  private readonly db: DatabaseSync;
  private readonly actor: string;
  private readonly at: string;
  private clusters: [string, string][] = [];
  private members: [string, string, number, number | null, string, string][] = [];
  private trail: [string, string, string][] = [];

  constructor(db: DatabaseSync, actor: string, at: string) {
    this.db = db;
    this.actor = actor;
    this.at = at;
  }

  /** A new cluster's id; the cluster is written by `flush`. */
  create(representativeId: string): string {
    const id = randomUUID();
    this.clusters.push([id, representativeId]);
    return id;
  }

  addMember(clusterId: string, itemId: string, diff: MemberDiff): void {
    this.members.push([clusterId, itemId, diff.exact ? 1 : 0, diff.similarity, listJson(diff.added), listJson(diff.removed)]);
  }

  record(clusterId: string, action: TrailAction, details: Record<string, unknown>): void {
    this.trail.push([clusterId, action, JSON.stringify(details)]);
  }

  /** Writes everything queued, and empties the queue. */
  flush(): void {
    this.write('INSERT INTO feedback_clusters (id, representative_id, created_at, created_by) SELECT value->>0, value->>1, ?1, ?2 FROM json_each(?3) ORDER BY key', this.clusters);
    this.write(`INSERT INTO feedback_cluster_members (cluster_id, item_id, exact, similarity, added, removed, joined_at)
      SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, ?1 FROM json_each(?3) ORDER BY key`, this.members);
    this.write('INSERT INTO feedback_cluster_trail (cluster_id, at, actor, action, details) SELECT value->>0, ?1, ?2, value->>1, value->>2 FROM json_each(?3) ORDER BY key', this.trail);
    this.clusters = [];
    this.members = [];
    this.trail = [];
  }

  private write(sql: string, rows: unknown[][]): void {
    if (rows.length === 0) return;
    const statement = this.db.prepare(sql);
    for (let from = 0; from < rows.length; from += CHUNK) statement.run(this.at, this.actor, JSON.stringify(rows.slice(from, from + CHUNK)));
  }
}
