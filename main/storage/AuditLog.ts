import type { DatabaseSync } from 'node:sqlite';
import type { AuditAction, AuditDetails } from '../../shared/audit/auditActions.ts';

/**
 * The workspace's audit log: who did what to which subject, and when. Append-only (the table's
 * triggers refuse UPDATE and DELETE). Actions and their details are the typed list in
 * shared/audit/auditActions.ts.
 */
export class AuditLog {
  /**
   * Actions a read-only store could not record (a read-only file, or an older file read through
   * a migrated copy), for the caller to say so. Reading never fails for want of them.
   */
  readonly unrecorded: AuditAction[] = [];
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
  record<A extends AuditAction>(actor: string, action: A, subject: string | null, details: AuditDetails[A]): void {
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
}
