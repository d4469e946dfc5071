import type { DatabaseSync, StatementSync } from 'node:sqlite';
import * as Y from 'yjs';
import { transaction } from './sqlite.ts';

/**
 * The Yjs update log of the documents in one workspace. Every update is appended (one INSERT,
 * or several in one transaction, committed before the call returns) so an update the server has
 * acknowledged is on disk.
 * Compaction replaces a document's rows by one merged update, in one transaction.
 */
export class YUpdateLog {
  private readonly db: DatabaseSync;
  private insert: StatementSync | undefined;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  append(docId: string, update: Uint8Array): void {
    // Prepared once: preparing the statement cost as much as running it.
    this.insert ??= this.db.prepare('INSERT INTO doc_updates (doc_id, data) VALUES (?, ?)');
    this.insert.run(docId, update);
  }

  /** Appends every update, in one transaction (one commit): all of them are stored, or none. */
  appendAll(docId: string, updates: readonly Uint8Array[]): void {
    if (updates.length === 1) return this.append(docId, updates[0]);
    transaction(this.db, () => {
      for (const update of updates) this.append(docId, update);
    });
  }

  /** All updates of a document, oldest first. */
  load(docId: string): Uint8Array[] {
    const rows = this.db.prepare('SELECT data FROM doc_updates WHERE doc_id = ? ORDER BY seq').all(docId) as { data: Uint8Array }[];
    return rows.map((r) => r.data);
  }

  /** The number of rows a document has; compaction is due when it grows. */
  count(docId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE doc_id = ?').get(docId) as { n: number }).n;
  }

  /** The document's state as one merged update (empty doc state when it has none). */
  state(docId: string): Uint8Array {
    const updates = this.load(docId);
    return updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
  }

  /**
   * Replaces every update of the document by one merged update, in one IMMEDIATE transaction,
   * so no other connection can append between the read and the replacement.
   */
  compact(docId: string): void {
    transaction(this.db, () => {
      const rows = this.db.prepare('SELECT seq, data FROM doc_updates WHERE doc_id = ? ORDER BY seq').all(docId) as {
        seq: number;
        data: Uint8Array;
      }[];
      if (rows.length < 2) return;
      const merged = Y.mergeUpdates(rows.map((r) => r.data));
      const last = rows[rows.length - 1].seq;
      this.db.prepare('DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?').run(docId, last);
      this.db.prepare('INSERT INTO doc_updates (doc_id, data, is_compacted) VALUES (?, ?, 1)').run(docId, merged);
    });
  }

  /** Total bytes stored for a document. */
  bytes(docId: string): number {
    return (this.db.prepare('SELECT COALESCE(SUM(LENGTH(data)), 0) AS n FROM doc_updates WHERE doc_id = ?').get(docId) as { n: number }).n;
  }
}
