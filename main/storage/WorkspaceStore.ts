import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../shared/errors.ts';
import type { DeletedDocument, DocumentKind, DocumentSummary } from '../../shared/rpc/documentContract.ts';
import { migrate } from './migrations.ts';
import { type LockWait, openDatabase, transaction } from './sqlite.ts';
import { APPLICATION_ID, checkWorkspaceHeader } from './workspaceFile.ts';
import { YUpdateLog } from './YUpdateLog.ts';

export interface WorkspaceMeta {
  id: string;
  name: string;
  createdAt: string;
}

interface DocumentRow {
  id: string;
  kind: string;
  title: string;
  created_at: string;
  updated_at: string;
}

/**
 * One workspace = one SQLite file. All methods are synchronous: a call that returns has
 * committed. Documents are soft-deleted (deleted_at) so a deletion loses nothing.
 */
export class WorkspaceStore {
  readonly path: string;
  readonly db: DatabaseSync;
  readonly updates: YUpdateLog;

  private constructor(path: string, db: DatabaseSync) {
    this.path = path;
    this.db = db;
    this.updates = new YUpdateLog(db);
  }

  /** Creates a new workspace file; refuses to overwrite an existing file. */
  static create(path: string, name: string, lockWait: LockWait = {}): WorkspaceStore {
    if (existsSync(path)) throw new AppError('workspace_exists', `Đã có tệp ${path}. Hãy chọn tên khác.`);
    const db = openDatabase(path, lockWait);
    // application_id must reach the main file (not only the WAL) so the header check sees it.
    db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
    migrate(db);
    const meta: WorkspaceMeta = { id: randomUUID(), name, createdAt: new Date().toISOString() };
    const insert = db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?)');
    transaction(db, () => {
      for (const [key, value] of Object.entries(meta)) insert.run(key, value);
    });
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const store = new WorkspaceStore(path, db);
    store.audit('system', 'workspace.create', meta.id, { name });
    return store;
  }

  /** Opens an existing workspace; a corrupt or foreign file is refused and left untouched. */
  static open(path: string, lockWait: LockWait = {}): WorkspaceStore {
    checkWorkspaceHeader(path);
    let db: DatabaseSync;
    try {
      db = openDatabase(path, lockWait);
      const check = db.prepare('PRAGMA quick_check').get() as { quick_check: string };
      if (check.quick_check !== 'ok') throw new Error(check.quick_check);
    } catch (error) {
      throw new AppError(
        'workspace_corrupt',
        `Không gian làm việc ${path} bị hỏng (${(error as Error).message}). Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu.`,
      );
    }
    migrate(db);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    return new WorkspaceStore(path, db);
  }

  meta(): WorkspaceMeta {
    const rows = this.db.prepare('SELECT key, value FROM workspace_meta').all() as { key: string; value: string }[];
    const map = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    return { id: map.id, name: map.name, createdAt: map.createdAt };
  }

  listDocuments(): DocumentSummary[] {
    const rows = this.db
      .prepare('SELECT * FROM documents WHERE deleted_at IS NULL ORDER BY created_at, rowid')
      .all() as unknown as DocumentRow[];
    return rows.map(toSummary);
  }

  getDocument(id: string): DocumentSummary {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ? AND deleted_at IS NULL').get(id) as DocumentRow | undefined;
    if (!row) throw new AppError('not_found', 'Không tìm thấy văn kiện này; có thể nó đã bị xoá.');
    return toSummary(row);
  }

  findDocumentByTitle(title: string): DocumentSummary | undefined {
    return this.listDocuments().find((d) => d.title === title);
  }

  /** The document with this exact title; not_found names the titles there are. */
  getDocumentByTitle(title: string): DocumentSummary {
    const found = this.findDocumentByTitle(title);
    if (found) return found;
    const titles = this.listDocuments().map((d) => `"${d.title}"`).join(', ') || '(chưa có văn kiện nào)';
    throw new AppError('not_found', `Không gian làm việc không có văn kiện "${title}". Các văn kiện hiện có: ${titles}.`);
  }

  createDocument(kind: DocumentKind, title: string, actor = 'system'): DocumentSummary {
    const now = new Date().toISOString();
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO documents (id, kind, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, kind, title, now, now);
    this.audit(actor, 'document.create', id, { kind, title });
    return this.getDocument(id);
  }

  renameDocument(id: string, title: string, actor = 'system'): DocumentSummary {
    const before = this.getDocument(id);
    this.db.prepare('UPDATE documents SET title = ?, updated_at = ? WHERE id = ?').run(title, new Date().toISOString(), id);
    this.audit(actor, 'document.rename', id, { from: before.title, to: title });
    return this.getDocument(id);
  }

  /** Records that a document's content changed now (shown as "last changed" in the list). */
  touchDocument(id: string): void {
    this.db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), id);
  }

  /** Soft delete: the row and all its history stay in the file. */
  deleteDocument(id: string, actor = 'system'): void {
    this.getDocument(id);
    this.db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), id);
    this.audit(actor, 'document.delete', id, null);
  }

  /** The trash: deleted documents, most recently deleted first, with when. */
  listDeletedDocuments(): DeletedDocument[] {
    const rows = this.db
      .prepare('SELECT * FROM documents WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, rowid')
      .all() as unknown as (DocumentRow & { deleted_at: string })[];
    return rows.map((row) => ({ ...toSummary(row), deletedAt: row.deleted_at }));
  }

  /** Takes a document out of the trash, its content and drafts as they were. */
  restoreDocument(id: string, actor = 'system'): DocumentSummary {
    const restored = this.db.prepare('UPDATE documents SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (restored.changes === 0) throw new AppError('not_found', 'Văn kiện này không có trong thùng rác; có thể nó đã được khôi phục.');
    this.audit(actor, 'document.restore', id, null);
    return this.getDocument(id);
  }

  audit(actor: string, action: string, subject: string | null, details: unknown): void {
    this.db
      .prepare('INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)')
      .run(new Date().toISOString(), actor, action, subject, details === null ? null : JSON.stringify(details));
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}

function toSummary(row: DocumentRow): DocumentSummary {
  return { id: row.id, kind: row.kind as DocumentKind, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at };
}
