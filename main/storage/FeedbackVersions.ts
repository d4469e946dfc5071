import type { DatabaseSync } from 'node:sqlite';
import type { FeedbackAnchor, FeedbackStatus } from '../../shared/feedback/model.ts';

/** What the table's index keeps of an item (no provenance: the detail reads the item whole). */
export interface IndexedItemRow {
  rowid: number;
  id: string;
  text: string;
  sourceName: string;
  sourceId: string | null;
  status: FeedbackStatus;
  anchor: FeedbackAnchor | null;
  documentTitle: string | null;
  draftNumber: number | null;
  location: string | null;
  createdAt: string;
}

interface Row {
  rowid: number; id: string; text: string; source_name: string; source_id: string | null; status: string; anchor: string | null;
  document_title: string | null; draft_number: number | null; location: string | null; created_at: string;
}

const SELECT = `SELECT rowid, id, text, source_name, source_id, status, anchor, document_title, draft_number, location, created_at FROM feedback_items`;

const toRow = (r: Row): IndexedItemRow => ({
  rowid: r.rowid, id: r.id, text: r.text, sourceName: r.source_name, sourceId: r.source_id, status: r.status as FeedbackStatus,
  anchor: r.anchor === null ? null : (JSON.parse(r.anchor) as FeedbackAnchor), documentTitle: r.document_title, draftNumber: r.draft_number,
  location: r.location, createdAt: r.created_at,
});

/**
 * Reading feedback items for the in-memory index of the table (`store.feedbackVersions`): the items
 * past a rowid (items are never deleted, so rowids only grow) and the items changed since a
 * sequence number (migration 6's triggers number every update; item 0 is the sources registry).
 */
export class FeedbackVersions {
  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  /** The last change's number (0 when nothing changed yet). */
  lastSeq(): number {
    return (this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS n FROM feedback_item_versions').get() as { n: number }).n;
  }

  /** The rowids changed after `seq` (0 for the sources registry), in no order. */
  changedSince(seq: number): number[] {
    return (this.db.prepare('SELECT item_rowid FROM feedback_item_versions WHERE seq > ?').all(seq) as { item_rowid: number }[]).map((r) => r.item_rowid);
  }

  /** Items whose rowid is past `rowid`, in rowid order (the order they were imported in). */
  itemsAfter(rowid: number): IndexedItemRow[] {
    return (this.db.prepare(`${SELECT} WHERE rowid > ? ORDER BY rowid`).all(rowid) as unknown as Row[]).map(toRow);
  }

  itemAt(rowid: number): IndexedItemRow | undefined {
    const row = this.db.prepare(`${SELECT} WHERE rowid = ?`).get(rowid) as Row | undefined;
    return row && toRow(row);
  }
}
