import { randomUUID } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { AppError } from '../../shared/errors.ts';
import type { Attribution, FeedbackAnchor, FeedbackFormat, FeedbackItem, FeedbackStatus, ImportBatch, RowProblem } from '../../shared/feedback/model.ts';

/** An item to insert: what the import decided, before it has an id, a batch and a file. */
export interface NewFeedbackItem {
  text: string;
  fingerprint: string;
  sourceName: string;
  attribution: Attribution;
  documentTitle: string | null;
  draftNumber: number | null;
  location: string | null;
  sheet: string | null;
  row: number | null;
  paragraph: number | null;
}

export interface StoredFile {
  id: string;
  sha256: string;
  fileName: string;
  createdAt: string;
}

interface ItemRow {
  id: string; batch_id: string; text: string; source_name: string; attribution: string; document_title: string | null;
  draft_number: number | null; location: string | null; status: string; anchor: string | null; file_id: string;
  sheet: string | null; row_number: number | null; paragraph: number | null; created_at: string; file_name: string; sha256: string;
}

interface BatchRow { id: string; file_id: string; created_at: string; actor: string; items: number; flagged: number; problems: string; file_name: string; sha256: string; format: string }

const toItem = (row: ItemRow): FeedbackItem => ({
  id: row.id, batchId: row.batch_id, text: row.text, sourceName: row.source_name,
  attribution: JSON.parse(row.attribution) as Attribution, documentTitle: row.document_title, draftNumber: row.draft_number,
  location: row.location, status: row.status as FeedbackStatus, anchor: row.anchor === null ? null : (JSON.parse(row.anchor) as FeedbackAnchor),
  provenance: { fileId: row.file_id, fileName: row.file_name, sha256: row.sha256, sheet: row.sheet, row: row.row_number, paragraph: row.paragraph },
  createdAt: row.created_at,
});

const toBatch = (row: BatchRow): ImportBatch => ({
  id: row.id, fileId: row.file_id, fileName: row.file_name, sha256: row.sha256, format: row.format as FeedbackFormat,
  createdAt: row.created_at, actor: row.actor, items: row.items, flagged: row.flagged, problems: JSON.parse(row.problems) as RowProblem[],
});

const ITEM_SELECT = 'SELECT i.*, f.file_name, f.sha256 FROM feedback_items i JOIN feedback_files f ON f.id = i.file_id';

/**
 * Comment files as received, their import batches and their items (`store.feedback`). Files and
 * the text and provenance of items never change (the tables' triggers); callers insert a file,
 * its batch and its items in one `store.transaction`.
 */
export class FeedbackStore {
  private readonly db: DatabaseSync;
  private anchorUpdate: StatementSync | undefined;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  fileBySha256(sha256: string): StoredFile | undefined {
    const row = this.db.prepare('SELECT id, sha256, file_name, created_at FROM feedback_files WHERE sha256 = ?').get(sha256) as
      | { id: string; sha256: string; file_name: string; created_at: string } | undefined;
    return row && { id: row.id, sha256: row.sha256, fileName: row.file_name, createdAt: row.created_at };
  }

  /** The original bytes of a stored file. */
  fileBytes(fileId: string): Uint8Array | undefined {
    return (this.db.prepare('SELECT bytes FROM feedback_files WHERE id = ?').get(fileId) as { bytes: Uint8Array } | undefined)?.bytes;
  }

  insertFile(file: { sha256: string; fileName: string; format: FeedbackFormat; bytes: Uint8Array }): StoredFile {
    const stored = { id: randomUUID(), sha256: file.sha256, fileName: file.fileName, createdAt: new Date().toISOString() };
    this.db.prepare('INSERT INTO feedback_files (id, sha256, file_name, format, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(stored.id, file.sha256, file.fileName, file.format, file.bytes, stored.createdAt);
    return stored;
  }

  insertBatch(fileId: string, actor: string, counts: { items: number; flagged: number }, problems: RowProblem[]): string {
    const id = randomUUID();
    this.db.prepare('INSERT INTO feedback_batches (id, file_id, created_at, actor, items, flagged, problems) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, fileId, new Date().toISOString(), actor, counts.items, counts.flagged, JSON.stringify(problems));
    return id;
  }

  insertItems(batchId: string, fileId: string, items: readonly NewFeedbackItem[]): void {
    const insert = this.db.prepare(`INSERT INTO feedback_items (id, batch_id, text, fingerprint, source_name, attribution, source_id,
      document_title, draft_number, location, file_id, sheet, row_number, paragraph, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const now = new Date().toISOString();
    for (const item of items) {
      const sourceId = item.attribution.status === 'matched' || item.attribution.status === 'manual' ? item.attribution.sourceId : null;
      insert.run(randomUUID(), batchId, item.text, item.fingerprint, item.sourceName, JSON.stringify(item.attribution), sourceId,
        item.documentTitle, item.draftNumber, item.location, fileId, item.sheet, item.row, item.paragraph, now);
    }
  }

  /** Which of these fingerprints some stored item already has. */
  knownFingerprints(fingerprints: readonly string[]): Set<string> {
    const known = new Set<string>();
    const query = this.db.prepare('SELECT 1 AS hit FROM feedback_items WHERE fingerprint = ? LIMIT 1');
    for (const fingerprint of new Set(fingerprints)) if (query.get(fingerprint)) known.add(fingerprint);
    return known;
  }

  list(options: { batchId?: string; limit?: number; offset?: number } = {}): FeedbackItem[] {
    const where = options.batchId ? ' WHERE i.batch_id = ?' : '';
    const args = options.batchId ? [options.batchId] : [];
    const rows = this.db.prepare(`${ITEM_SELECT}${where} ORDER BY i.created_at, i.rowid LIMIT ? OFFSET ?`)
      .all(...args, options.limit ?? 1000, options.offset ?? 0) as unknown as ItemRow[];
    return rows.map(toItem);
  }

  /** Items in the workspace, or in one batch. */
  count(batchId?: string): number {
    const row = batchId
      ? this.db.prepare('SELECT COUNT(*) AS n FROM feedback_items WHERE batch_id = ?').get(batchId)
      : this.db.prepare('SELECT COUNT(*) AS n FROM feedback_items').get();
    return (row as { n: number }).n;
  }

  batches(): ImportBatch[] {
    const rows = this.db.prepare(`SELECT b.*, f.file_name, f.sha256, f.format FROM feedback_batches b JOIN feedback_files f ON f.id = b.file_id
      ORDER BY b.created_at DESC, b.rowid DESC`).all() as unknown as BatchRow[];
    return rows.map(toBatch);
  }

  get(itemId: string): FeedbackItem {
    const row = this.db.prepare(`${ITEM_SELECT} WHERE i.id = ?`).get(itemId) as ItemRow | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy ý kiến này.');
    return toItem(row);
  }

  /** A person's attribution of an item to a source; the name as written stays. Audited by the caller's transaction. */
  setSource(itemId: string, sourceId: string): FeedbackItem {
    const attribution: Attribution = { status: 'manual', sourceId };
    this.db.prepare('UPDATE feedback_items SET attribution = ?, source_id = ? WHERE id = ?').run(JSON.stringify(attribution), sourceId, itemId);
    return this.get(itemId);
  }

  /**
   * The names as written of the items whose source a person has still to settle (unknown or
   * ambiguous), one row per name and attribution (`stored`: its JSON as stored), with how many items.
   */
  flaggedNames(): { sourceName: string; stored: string; attribution: Attribution; items: number }[] {
    const rows = this.db.prepare(`SELECT source_name, attribution, COUNT(*) AS n FROM feedback_items
      WHERE source_id IS NULL AND json_extract(attribution, '$.status') IN ('unknown', 'ambiguous') GROUP BY source_name, attribution`).all() as { source_name: string; attribution: string; n: number }[];
    return rows.map((row) => ({ sourceName: row.source_name, stored: row.attribution, attribution: JSON.parse(row.attribution) as Attribution, items: row.n }));
  }

  /**
   * The matcher's attributions found again after the registry changed (never a person's): each
   * flagged item written `sourceName` with the attribution `stored` gets `to`, in one pass over the
   * items. Returns the ids changed. Audited by the caller.
   */
  rematch(changes: readonly { sourceName: string; stored: string; to: Exclude<Attribution, { status: 'manual' }> }[]): string[] {
    if (changes.length === 0) return [];
    const mapping = JSON.stringify(changes.map((c) => [c.sourceName, c.stored, JSON.stringify(c.to), c.to.status === 'matched' ? c.to.sourceId : null]));
    const rows = this.db.prepare(`UPDATE feedback_items SET attribution = m.to_a, source_id = m.sid
      FROM (SELECT value ->> 0 AS name, value ->> 1 AS from_a, value ->> 2 AS to_a, value ->> 3 AS sid FROM json_each(?)) AS m
      WHERE feedback_items.source_id IS NULL AND feedback_items.source_name = m.name AND feedback_items.attribution = m.from_a
      RETURNING feedback_items.id AS id`).all(mapping) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** Sets (or clears) an item's anchor: the one field anchoring fills later. */
  setAnchor(itemId: string, anchor: FeedbackAnchor | null): void {
    // Prepared once: an anchoring run sets 10,000 anchors, and preparing each took half its writing time.
    this.anchorUpdate ??= this.db.prepare('UPDATE feedback_items SET anchor = ? WHERE id = ?');
    this.anchorUpdate.run(anchor === null ? null : JSON.stringify(anchor), itemId);
  }
}
