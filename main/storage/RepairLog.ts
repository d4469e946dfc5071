import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ContentRepair } from '../../shared/content/contentRepair.ts';

/** A repair of a working copy as stored: when, what was changed, and the content before it. */
export interface RepairRecord {
  id: string;
  documentId: string;
  at: string;
  repairs: ContentRepair[];
  /** The content fragment and settings exactly as stored before the repair (JSON text). */
  original: string;
}

/**
 * The repairs made to working copies when their stored content could not be read as it was.
 * Append-only (triggers refuse UPDATE and DELETE): what a repair removed stays here for good.
 */
export class RepairLog {
  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  /** Records a repair; run it in the transaction that stores the repair's update. */
  insert(documentId: string, repairs: readonly ContentRepair[], original: unknown): RepairRecord {
    const record = { id: randomUUID(), documentId, at: new Date().toISOString(), repairs: [...repairs], original: JSON.stringify(original) };
    this.db
      .prepare('INSERT INTO content_repairs (id, document_id, at, repairs, original) VALUES (?, ?, ?, ?, ?)')
      .run(record.id, documentId, record.at, JSON.stringify(repairs), record.original);
    return record;
  }

  /** A document's repairs, oldest first. */
  list(documentId: string): RepairRecord[] {
    const rows = this.db
      .prepare('SELECT id, document_id, at, repairs, original FROM content_repairs WHERE document_id = ? ORDER BY at, rowid')
      .all(documentId) as { id: string; document_id: string; at: string; repairs: string; original: string }[];
    return rows.map((r) => ({ id: r.id, documentId: r.document_id, at: r.at, repairs: JSON.parse(r.repairs), original: r.original }));
  }
}
