import type { DatabaseSync } from 'node:sqlite';
import type { AuditDetails } from '../../shared/audit/auditActions.ts';
import { compareKey } from '../../shared/text/normalize.ts';

/** One entry as read back: details parsed from their JSON. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details: unknown;
}

/** Which entries to read: an action, an actor (by comparison key), a subject, from a time, before a time, newest first, at most `limit`. */
export interface AuditFilter {
  action?: string;
  actor?: string;
  /** Only entries about this subject (an item's id, a document's id). */
  subject?: string;
  /** ISO time: entries at or after it. */
  since?: string;
  /** ISO time: entries strictly before it. */
  until?: string;
  /** Only entries whose details name this workspace (`details.workspaceId`: the accounts' role changes). */
  detailsWorkspaceId?: string;
  /** Entries older than this sequence number (paging backwards). */
  before?: number;
  limit: number;
}

/**
 * An audit log: who did what to which subject, and when. Append-only (the table's triggers
 * refuse UPDATE and DELETE). `D` is the typed list of its actions and their details: a
 * workspace's (`AuditDetails`, shared/audit/auditActions.ts) or a team server's accounts'
 * (`AccountAuditDetails`).
 */
export class AuditLog<D = AuditDetails> {
  /**
   * Actions a read-only store could not record (a read-only file, or an older file read through
   * a migrated copy), for the caller to say so. Reading never fails for want of them.
   */
  readonly unrecorded: (keyof D)[] = [];
  private readonly db: DatabaseSync;
  private readonly readOnly: boolean;
  private readonly canRecord: boolean;

  constructor(db: DatabaseSync, options: { readOnly: boolean; canRecord: boolean }) {
    this.db = db;
    this.readOnly = options.readOnly;
    this.canRecord = options.canRecord;
  }

  /**
   * Appends an entry. A read-only store records what it can (an export read from a writable file
   * of the current schema) and lists the rest in `unrecorded`.
   */
  record<A extends keyof D & string>(actor: string, action: A, subject: string | null, details: D[A]): void {
    if (this.readOnly && !this.canRecord) {
      this.unrecorded.push(action);
      return;
    }
    if (this.readOnly) this.db.exec('PRAGMA query_only = OFF');
    try {
      this.db
        .prepare('INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)')
        .run(new Date().toISOString(), actor, action, subject, details === null ? null : JSON.stringify(details));
    } finally {
      if (this.readOnly) this.db.exec('PRAGMA query_only = ON');
    }
  }

  /** Entries matching `filter`, newest first. The actor is matched by comparison key (case, tone placement). */
  entries(filter: AuditFilter): AuditEntry[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.action) (where.push('action = ?'), params.push(filter.action));
    if (filter.subject) (where.push('subject = ?'), params.push(filter.subject));
    if (filter.since) (where.push('at >= ?'), params.push(filter.since));
    if (filter.until) (where.push('at < ?'), params.push(filter.until));
    if (filter.detailsWorkspaceId) (where.push("json_extract(details, '$.workspaceId') = ?"), params.push(filter.detailsWorkspaceId));
    if (filter.before !== undefined) (where.push('seq < ?'), params.push(filter.before));
    const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC`;
    const actorKey = filter.actor ? compareKey(filter.actor) : null;
    const out: AuditEntry[] = [];
    for (const row of this.db.prepare(sql).iterate(...params) as Iterable<Record<string, string | number | null>>) {
      if (actorKey !== null && compareKey(String(row.actor)) !== actorKey) continue;
      out.push({ seq: Number(row.seq), at: String(row.at), actor: String(row.actor), action: String(row.action), subject: row.subject === null ? null : String(row.subject), details: row.details === null ? null : JSON.parse(String(row.details)) });
      if (out.length >= filter.limit) break;
    }
    return out;
  }
}
