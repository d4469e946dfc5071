import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { QuoteSelector } from '../../shared/feedback/anchoring/matchQuote.ts';
import type { FeedbackAnchor } from '../../shared/feedback/model.ts';

/** What anchoring reads of an item. */
export interface AnchorableItem {
  id: string;
  text: string;
  location: string | null;
  documentTitle: string | null;
  draftNumber: number | null;
  anchor: FeedbackAnchor | null;
}

export type AnchorState = 'anchored' | 'queued';

/** Rows per statement of `setMany` (one JSON array each). */
const STATES_PER_STATEMENT = 10_000;

/** An item's anchoring in one document: in which version, anchored or waiting, and the quote kept to find it again. */
export interface AnchorStateRow {
  itemId: string;
  documentId: string;
  draftNumber: number | null;
  state: AnchorState;
  quote: QuoteSelector | null;
}

interface StateRow { item_id: string; document_id: string; draft_number: number | null; state: string; quote: string | null }

const toState = (row: StateRow): AnchorStateRow => ({
  itemId: row.item_id, documentId: row.document_id, draftNumber: row.draft_number, state: row.state as AnchorState,
  quote: row.quote === null ? null : (JSON.parse(row.quote) as QuoteSelector),
});

/**
 * Where each feedback item stands in anchoring (`store.feedbackAnchors`, table
 * feedback_anchor_state): the document and version it is anchored in, or queued in ("chưa gắn"),
 * and the quote kept to find its place again when its block is gone. The anchor itself is the
 * item's (`store.feedback.setAnchor`); callers write both in one `store.transaction`.
 */
export class FeedbackAnchorStore {
  private readonly db: DatabaseSync;
  /** Prepared once: a run writes a state per item (preparing each cost more than the write). */
  private upsert: StatementSync | undefined;
  private byItem: StatementSync | undefined;
  private upsertMany: StatementSync | undefined;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  /** Every item, oldest first, with what anchoring needs of it. */
  items(): AnchorableItem[] {
    const rows = this.db.prepare('SELECT id, text, location, document_title, draft_number, anchor FROM feedback_items ORDER BY rowid').all() as unknown as {
      id: string; text: string; location: string | null; document_title: string | null; draft_number: number | null; anchor: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id, text: r.text, location: r.location, documentTitle: r.document_title, draftNumber: r.draft_number,
      anchor: r.anchor === null ? null : (JSON.parse(r.anchor) as FeedbackAnchor),
    }));
  }

  get(itemId: string): AnchorStateRow | undefined {
    // Prepared once: a run reads the state of each item a person anchored.
    this.byItem ??= this.db.prepare('SELECT * FROM feedback_anchor_state WHERE item_id = ?');
    const row = this.byItem.get(itemId) as StateRow | undefined;
    return row && toState(row);
  }

  /** The items a person anchored (evidence `manual`), whatever document. */
  manuallyAnchored(): Set<string> {
    const rows = this.db.prepare(`SELECT id FROM feedback_items WHERE anchor LIKE '%"manual"%'`).all() as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /** Every item's state, by item id (one query, for a run over all items). */
  all(): Map<string, AnchorStateRow> {
    const rows = this.db.prepare('SELECT * FROM feedback_anchor_state').all() as unknown as StateRow[];
    return new Map(rows.map((row) => [row.item_id, toState(row)]));
  }

  set(row: AnchorStateRow, actor: string): void {
    this.upsert ??= this.db.prepare(`INSERT INTO feedback_anchor_state (item_id, document_id, draft_number, state, quote, updated_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(item_id) DO UPDATE SET document_id = excluded.document_id, draft_number = excluded.draft_number, state = excluded.state,
      quote = excluded.quote, updated_at = excluded.updated_at, actor = excluded.actor`);
    this.upsert.run(row.itemId, row.documentId, row.draftNumber, row.state, row.quote === null ? null : JSON.stringify(row.quote), new Date().toISOString(), actor);
  }

  /**
   * Writes many states in one statement, in the order given (as `set` one by one would, with one
   * time for all): an anchoring run writes one per item, and a statement each cost as much as the
   * writing. Runs inside the caller's transaction.
   */
  setMany(rows: readonly AnchorStateRow[], actor: string, at = new Date().toISOString()): void {
    if (rows.length === 0) return;
    this.upsertMany ??= this.db.prepare(`INSERT INTO feedback_anchor_state (item_id, document_id, draft_number, state, quote, updated_at, actor)
      SELECT value->>0, value->>1, value->>2, value->>3, value->>4, ?1, ?2 FROM json_each(?3) WHERE true ORDER BY key
      ON CONFLICT(item_id) DO UPDATE SET document_id = excluded.document_id, draft_number = excluded.draft_number, state = excluded.state,
      quote = excluded.quote, updated_at = excluded.updated_at, actor = excluded.actor`);
    for (let from = 0; from < rows.length; from += STATES_PER_STATEMENT) {
      const part = rows.slice(from, from + STATES_PER_STATEMENT)
        .map((r) => [r.itemId, r.documentId, r.draftNumber, r.state, r.quote === null ? null : JSON.stringify(r.quote)]);
      this.upsertMany.run(at, actor, JSON.stringify(part));
    }
  }

  /** The document's items in `state`, in the order they were imported. */
  inState(documentId: string, state: AnchorState, page: { offset: number; limit: number } = { offset: 0, limit: -1 }): { rows: AnchorStateRow[]; total: number } {
    const rows = this.db.prepare(`SELECT s.* FROM feedback_anchor_state s JOIN feedback_items i ON i.id = s.item_id
      WHERE s.document_id = ? AND s.state = ? ORDER BY i.created_at, i.rowid LIMIT ? OFFSET ?`).all(documentId, state, page.limit, page.offset) as unknown as StateRow[];
    const total = (this.db.prepare('SELECT COUNT(*) AS n FROM feedback_anchor_state WHERE document_id = ? AND state = ?').get(documentId, state) as { n: number }).n;
    return { rows: rows.map(toState), total };
  }
}
