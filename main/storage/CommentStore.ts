import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { TextAnchor } from '../../shared/comments/textAnchor.ts';
import { AppError } from '../../shared/errors.ts';
import type { CommentJson, CommentThreadJson } from '../../shared/rpc/commentContract.ts';

interface ThreadRow {
  id: string;
  document_id: string;
  anchor: string;
  status: 'open' | 'resolved';
  resolved_by: string | null;
  resolved_by_name: string | null;
  resolved_at: string | null;
  created_at: string;
}
interface CommentRow {
  id: string;
  thread_id: string;
  author: string;
  author_name: string;
  body: string;
  created_at: string;
  edited_at: string | null;
}

/** Who wrote a comment: the account name (whose it is) and the name shown. */
export interface CommentAuthor {
  author: string;
  authorName: string;
}

/**
 * Comment threads on ranges of a document's text, with their comments oldest first. Server
 * records beside the document (not in its Y.Doc), so people whose sync socket is read-only
 * comment too, and an anchor stays what it was when made. Checks of rights and limits are the
 * service's (main/services/comments); this says what is there.
 */
export class CommentStore {
  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  /** A document's threads, oldest first; `before` (ISO time) keeps those started earlier. */
  list(documentId: string, before?: string): CommentThreadJson[] {
    const rows = (before === undefined
      ? this.db.prepare('SELECT * FROM comment_threads WHERE document_id = ? ORDER BY created_at, rowid').all(documentId)
      : this.db.prepare('SELECT * FROM comment_threads WHERE document_id = ? AND created_at < ? ORDER BY created_at, rowid').all(documentId, before)) as unknown as ThreadRow[];
    const comments = this.db
      .prepare('SELECT c.* FROM comments c JOIN comment_threads t ON t.id = c.thread_id WHERE t.document_id = ? ORDER BY c.created_at, c.rowid')
      .all(documentId) as unknown as CommentRow[];
    const byThread = new Map<string, CommentRow[]>();
    for (const c of comments) {
      const list = byThread.get(c.thread_id);
      if (list) list.push(c);
      else byThread.set(c.thread_id, [c]);
    }
    return rows.map((row) => threadOf(row, byThread.get(row.id) ?? []));
  }

  /** One thread of this document; not_found when there is none (or it is another document's). */
  thread(documentId: string, threadId: string): CommentThreadJson {
    const row = this.db.prepare('SELECT * FROM comment_threads WHERE id = ? AND document_id = ?').get(threadId, documentId) as ThreadRow | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy góp ý này; có thể nó đã bị xoá. Hãy tải lại danh sách góp ý.');
    const comments = this.db.prepare('SELECT * FROM comments WHERE thread_id = ? ORDER BY created_at, rowid').all(threadId) as unknown as CommentRow[];
    return threadOf(row, comments);
  }

  /** The thread a comment of this document belongs to; not_found when there is no such comment. */
  threadOfComment(documentId: string, commentId: string): CommentThreadJson {
    const row = this.db.prepare('SELECT thread_id FROM comments WHERE id = ?').get(commentId) as { thread_id: string } | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy ý kiến này; có thể nó đã bị xoá. Hãy tải lại danh sách góp ý.');
    return this.thread(documentId, row.thread_id);
  }

  countThreads(documentId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM comment_threads WHERE document_id = ?').get(documentId) as { n: number }).n;
  }

  /** Starts a thread with its first comment; run in a transaction. */
  insertThread(documentId: string, anchor: TextAnchor, first: CommentAuthor & { body: string }): string {
    const id = randomUUID();
    const at = new Date().toISOString();
    this.db
      .prepare("INSERT INTO comment_threads (id, document_id, anchor, status, created_at) VALUES (?, ?, ?, 'open', ?)")
      .run(id, documentId, JSON.stringify(anchor), at);
    this.insertComment(id, first, at);
    return id;
  }

  insertComment(threadId: string, comment: CommentAuthor & { body: string }, at = new Date().toISOString()): string {
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO comments (id, thread_id, author, author_name, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, threadId, comment.author, comment.authorName, comment.body, at);
    return id;
  }

  editComment(commentId: string, body: string): void {
    this.db.prepare('UPDATE comments SET body = ?, edited_at = ? WHERE id = ?').run(body, new Date().toISOString(), commentId);
  }

  deleteComment(commentId: string): void {
    this.db.prepare('DELETE FROM comments WHERE id = ?').run(commentId);
  }

  deleteThread(threadId: string): void {
    this.db.prepare('DELETE FROM comments WHERE thread_id = ?').run(threadId);
    this.db.prepare('DELETE FROM comment_threads WHERE id = ?').run(threadId);
  }

  setStatus(threadId: string, resolved: boolean, by: CommentAuthor): void {
    if (resolved)
      this.db
        .prepare("UPDATE comment_threads SET status = 'resolved', resolved_by = ?, resolved_by_name = ?, resolved_at = ? WHERE id = ?")
        .run(by.author, by.authorName, new Date().toISOString(), threadId);
    else this.db.prepare("UPDATE comment_threads SET status = 'open', resolved_by = NULL, resolved_by_name = NULL, resolved_at = NULL WHERE id = ?").run(threadId);
  }
}

function threadOf(row: ThreadRow, comments: readonly CommentRow[]): CommentThreadJson {
  return {
    id: row.id,
    documentId: row.document_id,
    anchor: JSON.parse(row.anchor) as TextAnchor,
    status: row.status,
    resolvedBy: row.resolved_by,
    resolvedByName: row.resolved_by_name,
    resolvedAt: row.resolved_at,
    createdAt: row.created_at,
    comments: comments.map(commentOf),
  };
}

function commentOf(row: CommentRow): CommentJson {
  return { id: row.id, author: row.author, authorName: row.author_name, body: row.body, createdAt: row.created_at, editedAt: row.edited_at };
}
