import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { FeedbackLink } from '../../shared/feedback/links/feedbackLink.ts';

interface LinkRow {
  id: string; item_id: string; document_id: string; suggestion_id: string | null; older_draft: number | null; newer_draft: number | null;
  older_block_id: string | null; newer_block_id: string | null; old_text: string; new_text: string; how: string; created_by: string; created_at: string;
}

const toLink = (r: LinkRow): FeedbackLink => ({
  id: r.id, itemId: r.item_id, documentId: r.document_id, suggestionId: r.suggestion_id, olderDraft: r.older_draft, newerDraft: r.newer_draft,
  olderBlockId: r.older_block_id, newerBlockId: r.newer_block_id, oldText: r.old_text, newText: r.new_text,
  how: r.how as FeedbackLink['how'], createdBy: r.created_by, createdAt: r.created_at,
});

/** A new link: everything but what the store gives it (id, who, when). */
export type NewFeedbackLink = Omit<FeedbackLink, 'id' | 'createdBy' | 'createdAt'>;

/**
 * The links of comments to the changes that answered them (`store.feedbackLinks`, table
 * feedback_links). Rows are never deleted (a trigger): an unlink marks the row removed, so who
 * linked what, and who took it back, stays readable. Callers audit in the same `store.transaction`.
 */
export class FeedbackLinkStore {
  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  insert(link: NewFeedbackLink, actor: string): FeedbackLink {
    const stored: FeedbackLink = { ...link, id: randomUUID(), createdBy: actor, createdAt: new Date().toISOString() };
    this.db.prepare(`INSERT INTO feedback_links (id, item_id, document_id, suggestion_id, older_draft, newer_draft, older_block_id, newer_block_id,
      old_text, new_text, how, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(stored.id, stored.itemId, stored.documentId, stored.suggestionId, stored.olderDraft, stored.newerDraft, stored.olderBlockId, stored.newerBlockId,
        stored.oldText, stored.newText, stored.how, actor, stored.createdAt);
    return stored;
  }

  /** An item's current links, oldest first. */
  ofItem(itemId: string): FeedbackLink[] {
    const rows = this.db.prepare('SELECT * FROM feedback_links WHERE item_id = ? AND removed_at IS NULL ORDER BY created_at, rowid').all(itemId) as unknown as LinkRow[];
    return rows.map(toLink);
  }

  /** A current link, or undefined (none, or unlinked already). */
  get(linkId: string): FeedbackLink | undefined {
    const row = this.db.prepare('SELECT * FROM feedback_links WHERE id = ? AND removed_at IS NULL').get(linkId) as LinkRow | undefined;
    return row && toLink(row);
  }

  /** The items a suggestion's acceptance linked (current links). */
  itemsOfSuggestion(suggestionId: string): string[] {
    return (this.db.prepare('SELECT item_id FROM feedback_links WHERE suggestion_id = ? AND removed_at IS NULL ORDER BY rowid').all(suggestionId) as { item_id: string }[]).map((r) => r.item_id);
  }

  /** Ends a link; false when it was not current. */
  remove(linkId: string, actor: string): boolean {
    const result = this.db.prepare('UPDATE feedback_links SET removed_by = ?, removed_at = ? WHERE id = ? AND removed_at IS NULL').run(actor, new Date().toISOString(), linkId);
    return Number(result.changes) === 1;
  }

  /** Ends the links an acceptance made, when the acceptance itself could not be stored (the text edit failed). */
  removeOfSuggestion(suggestionId: string, actor: string): void {
    this.db.prepare('UPDATE feedback_links SET removed_by = ?, removed_at = ? WHERE suggestion_id = ? AND removed_at IS NULL').run(actor, new Date().toISOString(), suggestionId);
  }
}
