import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../shared/errors.ts';
import type { DeletedDocument, DocumentKind, DocumentSummary } from '../../shared/rpc/documentContract.ts';
import type { AuditLog } from './AuditLog.ts';

interface DocumentRow {
  id: string;
  kind: string;
  title: string;
  created_at: string;
  updated_at: string;
}

/**
 * The documents of a workspace: kind, title and dates (their content is the Yjs update log).
 * Documents are soft-deleted (deleted_at), so a deletion loses nothing; every change but
 * `touch` is audited.
 */
export class DocumentStore {
  private readonly db: DatabaseSync;
  private readonly audit: AuditLog;

  constructor(db: DatabaseSync, audit: AuditLog) {
    this.db = db;
    this.audit = audit;
  }

  list(): DocumentSummary[] {
    const rows = this.db
      .prepare('SELECT * FROM documents WHERE deleted_at IS NULL ORDER BY created_at, rowid')
      .all() as unknown as DocumentRow[];
    return rows.map(toSummary);
  }

  get(id: string): DocumentSummary {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ? AND deleted_at IS NULL').get(id) as DocumentRow | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy văn kiện này; có thể nó đã bị xoá.');
    return toSummary(row);
  }

  findByTitle(title: string): DocumentSummary | undefined {
    return this.list().find((d) => d.title === title);
  }

  /** The document with this exact title; not_found names the titles there are. */
  getByTitle(title: string): DocumentSummary {
    const found = this.findByTitle(title);
    if (found) return found;
    const titles = this.list().map((d) => `"${d.title}"`).join(', ') || '(chưa có văn kiện nào)';
    throw new AppError('not_found', `Không gian làm việc không có văn kiện "${title}". Các văn kiện hiện có: ${titles}.`);
  }

  create(kind: DocumentKind, title: string, actor = 'system'): DocumentSummary {
    const now = new Date().toISOString();
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO documents (id, kind, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, kind, title, now, now);
    this.audit.record(actor, 'document.create', id, { kind, title });
    return this.get(id);
  }

  rename(id: string, title: string, actor = 'system'): DocumentSummary {
    const before = this.get(id);
    this.db.prepare('UPDATE documents SET title = ?, updated_at = ? WHERE id = ?').run(title, new Date().toISOString(), id);
    this.audit.record(actor, 'document.rename', id, { from: before.title, to: title });
    return this.get(id);
  }

  /** Records that a document's content changed now (shown as "last changed" in the list). */
  touch(id: string): void {
    this.db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), id);
  }

  /** Soft delete: the row and all its history stay in the file. */
  delete(id: string, actor = 'system'): void {
    this.get(id);
    this.db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), id);
    this.audit.record(actor, 'document.delete', id, null);
  }

  /** The trash: deleted documents, most recently deleted first, with when. */
  listDeleted(): DeletedDocument[] {
    const rows = this.db
      .prepare('SELECT * FROM documents WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, rowid')
      .all() as unknown as (DocumentRow & { deleted_at: string })[];
    return rows.map((row) => ({ ...toSummary(row), deletedAt: row.deleted_at }));
  }

  /** Takes a document out of the trash, its content and drafts as they were. */
  restore(id: string, actor = 'system'): DocumentSummary {
    const restored = this.db.prepare('UPDATE documents SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (restored.changes === 0) throw new AppError('not_found', 'Văn kiện này không có trong thùng rác; có thể nó đã được khôi phục.');
    this.audit.record(actor, 'document.restore', id, null);
    return this.get(id);
  }
}

function toSummary(row: DocumentRow): DocumentSummary {
  return { id: row.id, kind: row.kind as DocumentKind, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at };
}
