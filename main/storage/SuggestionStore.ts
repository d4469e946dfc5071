import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../shared/errors.ts';
import type { SuggestionJson } from '../../shared/rpc/suggestionContract.ts';
import type { CommentAuthor } from './CommentStore.ts';

interface SuggestionRow {
  id: string;
  document_id: string;
  author: string;
  author_name: string;
  created_at: string;
  anchor: string;
  deleted_text: string;
  inserted_text: string;
  status: 'open' | 'accepted' | 'rejected';
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  on_behalf_of: string | null;
  from_feedback_item_id: string | null;
}

/** A suggestion as stored: what the contract sends without the live state (`stale`, `currentText`). */
export type StoredSuggestion = Omit<SuggestionJson, 'stale' | 'currentText'>;

/** What a new suggestion holds besides its author: its anchor and its change. */
export type NewSuggestion = Pick<StoredSuggestion, 'anchor' | 'deletedText' | 'insertedText'>;

/**
 * Suggested wording on ranges of a document's text: server records beside the document (not
 * in its Y.Doc) until a drafter accepts one, so read-only reviewers suggest too. A suggestion is
 * decided once (open → accepted or rejected) and never changes after; the author and both times
 * are the server's. Rights and limits are the service's (main/services/suggestions).
 */
export class SuggestionStore {
  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  /** A document's suggestions, oldest first. */
  list(documentId: string): StoredSuggestion[] {
    const rows = this.db.prepare('SELECT * FROM suggestions WHERE document_id = ? ORDER BY created_at, rowid').all(documentId) as unknown as SuggestionRow[];
    return rows.map(suggestionOf);
  }

  /** One suggestion of this document; not_found when there is none (or it is another document's). */
  get(documentId: string, id: string): StoredSuggestion {
    const row = this.db.prepare('SELECT * FROM suggestions WHERE id = ? AND document_id = ?').get(id, documentId) as SuggestionRow | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy đề xuất này trong văn kiện; có thể nó đã được xử lý ở văn kiện khác. Hãy tải lại danh sách đề xuất.');
    return suggestionOf(row);
  }

  count(documentId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM suggestions WHERE document_id = ?').get(documentId) as { n: number }).n;
  }

  /**
   * Records an open suggestion. One made from a comment (`from`) is shown as its source
   * organisation's (`authorName`, and `onBehalfOf`), `author` staying the person who made it.
   */
  insert(documentId: string, change: NewSuggestion, author: CommentAuthor, from?: { itemId: string; onBehalfOf: string }): string {
    const id = randomUUID();
    this.db
      .prepare(`INSERT INTO suggestions (id, document_id, author, author_name, created_at, anchor, deleted_text, inserted_text, status, on_behalf_of, from_feedback_item_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`)
      .run(id, documentId, author.author, author.authorName, new Date().toISOString(), JSON.stringify(change.anchor), change.deletedText, change.insertedText,
        from?.onBehalfOf ?? null, from?.itemId ?? null);
    return id;
  }

  /** The suggestion made from a comment, whatever its document and status, or undefined. */
  ofFeedbackItem(itemId: string): StoredSuggestion | undefined {
    const row = this.db.prepare('SELECT * FROM suggestions WHERE from_feedback_item_id = ?').get(itemId) as SuggestionRow | undefined;
    return row && suggestionOf(row);
  }

  /** Decides an open suggestion; false (nothing changed) when it was decided already. */
  decide(id: string, status: 'accepted' | 'rejected', by: CommentAuthor): boolean {
    const result = this.db
      .prepare("UPDATE suggestions SET status = ?, decided_by = ?, decided_by_name = ?, decided_at = ? WHERE id = ? AND status = 'open'")
      .run(status, by.author, by.authorName, new Date().toISOString(), id);
    return Number(result.changes) === 1;
  }

  /** Opens a suggestion again whose acceptance could not be stored (the text edit failed after it was marked). */
  reopen(id: string): void {
    this.db.prepare("UPDATE suggestions SET status = 'open', decided_by = NULL, decided_by_name = NULL, decided_at = NULL WHERE id = ?").run(id);
  }
}

function suggestionOf(row: SuggestionRow): StoredSuggestion {
  return {
    id: row.id,
    documentId: row.document_id,
    author: row.author,
    authorName: row.author_name,
    createdAt: row.created_at,
    anchor: JSON.parse(row.anchor) as StoredSuggestion['anchor'],
    deletedText: row.deleted_text,
    insertedText: row.inserted_text,
    status: row.status,
    decidedBy: row.decided_by,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at,
    onBehalfOf: row.on_behalf_of,
    fromFeedbackItemId: row.from_feedback_item_id,
  };
}
