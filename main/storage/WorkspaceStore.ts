import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { AppError, isAppError } from '../../shared/errors.ts';
import type { DeletedDocument, DocumentKind, DocumentSummary } from '../../shared/rpc/documentContract.ts';
import { backupPath, copyDatabase } from './copyDatabase.ts';
import { migrate, SCHEMA_VERSION, userVersion } from './migrations.ts';
import { openForReading, type ReadConnection } from './readConnection.ts';
import { type LockWait, openDatabase, transaction } from './sqlite.ts';
import { isWriteRefused, readOnlyWorkspace, writeRefusal } from './storageAccess.ts';
import { APPLICATION_ID, checkWorkspaceHeader, damagedWorkspace } from './workspaceFile.ts';
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

  /** True for a store opened by `openReadOnly`: its connection refuses writes. */
  readonly readOnly: boolean;
  /**
   * Audit entries a read-only store could not record (a read-only file, or an older file read
   * through a migrated copy), for the caller to say so. Reading never fails for want of them.
   */
  readonly unrecorded: string[] = [];
  private readonly canRecord: boolean;
  private readonly onClose: (() => void) | undefined;

  private constructor(path: string, db: DatabaseSync, options: { readOnly: boolean; canRecord: boolean; onClose?: () => void }) {
    this.path = path;
    this.db = db;
    this.updates = new YUpdateLog(db);
    this.readOnly = options.readOnly;
    this.canRecord = options.canRecord;
    this.onClose = options.onClose;
  }

  /** Creates a new workspace file; refuses to overwrite an existing file. */
  static create(path: string, name: string, lockWait: LockWait = {}): WorkspaceStore {
    if (existsSync(path)) throw new AppError('workspace_exists', `Đã có tệp ${path}. Hãy chọn tên khác.`);
    const refusal = writeRefusal(path);
    if (refusal) throw refusal;
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
    const store = new WorkspaceStore(path, db, { readOnly: false, canRecord: true });
    store.audit('system', 'workspace.create', meta.id, { name });
    return store;
  }

  /**
   * Opens an existing workspace to work in. A corrupt or foreign file is refused and left
   * untouched; a file this process may not write is refused as `storage_readonly` (it is not
   * damaged). A file of an older schema is copied beside itself (`<file>.bak-v<old>-<time>`)
   * and then migrated: this is the first write, the only place a migration happens.
   */
  static open(path: string, lockWait: LockWait = {}): WorkspaceStore {
    checkWorkspaceHeader(path);
    const refusal = writeRefusal(path);
    if (refusal) throw refusal;
    const db = checkedConnection(path, () => openDatabase(path, lockWait));
    try {
      const version = userVersion(db);
      if (version < SCHEMA_VERSION) {
        copyDatabase(db, backupPath(path, version));
        migrate(db);
      }
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } catch (error) {
      db.close();
      // The file passed its check: a failure here (no room for the backup…) is not damage.
      throw isWriteRefused(error, path) ? readOnlyWorkspace(path, error) : error;
    }
    return new WorkspaceStore(path, db, { readOnly: false, canRecord: true });
  }

  /**
   * Opens a workspace only to read it: the file is never changed (no migration) and no
   * -wal/-shm is left beside it once the store is closed. A file of an older schema is read
   * through a migrated copy in the temp folder, removed on close, so every reader sees the
   * current schema and no read path needs to know the old ones.
   */
  static openReadOnly(path: string): WorkspaceStore {
    checkWorkspaceHeader(path);
    let connection: ReadConnection | undefined;
    const db = checkedConnection(path, () => (connection = openForReading(path)).db);
    try {
      if (userVersion(db) >= SCHEMA_VERSION) return new WorkspaceStore(path, db, { readOnly: true, canRecord: connection!.writable });
      const copy = migratedCopy(db);
      db.close();
      return new WorkspaceStore(path, copy.db, { readOnly: true, canRecord: false, onClose: copy.remove });
    } catch (error) {
      if (db.isOpen) db.close();
      throw error; // the file passed its check: making the copy failed, which is not damage
    }
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

  /**
   * Appends to the audit log. A read-only store records what it can (an export read from a
   * writable file of the current schema) and lists the rest in `unrecorded`.
   */
  audit(actor: string, action: string, subject: string | null, details: unknown): void {
    if (this.readOnly && !this.canRecord) {
      this.unrecorded.push(action);
      return;
    }
    if (this.readOnly) this.db.exec('PRAGMA query_only = OFF');
    try {
      this.db
        .prepare('INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)')
        .run(new Date().toISOString(), actor, action, subject, details === null ? null : JSON.stringify(details));
    } finally {
      if (this.readOnly) this.db.exec('PRAGMA query_only = ON');
    }
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
    this.onClose?.();
  }
}

/**
 * A connection that passed `PRAGMA quick_check`. Whatever fails after the connection was made
 * closes it before throwing: a listing that meets a damaged file every time must not leak a
 * file descriptor every time.
 */
function checkedConnection(path: string, connect: () => DatabaseSync): DatabaseSync {
  let db: DatabaseSync | undefined;
  try {
    db = connect();
    const check = db.prepare('PRAGMA quick_check').get() as { quick_check: string };
    if (check.quick_check !== 'ok') throw new Error(check.quick_check);
    return db;
  } catch (error) {
    if (db?.isOpen) db.close();
    throw openFailure(path, error);
  }
}

/** What a failure to open says: our own AppErrors as they are, a refused write as such, else damage. */
function openFailure(path: string, error: unknown): AppError {
  if (isAppError(error)) return error;
  if (isWriteRefused(error, path)) return readOnlyWorkspace(path, error);
  return damagedWorkspace(path, error);
}

/** A copy of `db` in a fresh temp folder, migrated to the current schema; `remove` deletes it. */
function migratedCopy(db: DatabaseSync): { db: DatabaseSync; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-read-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const file = join(dir, 'copy.vkws');
    copyDatabase(db, file);
    const copy = new DatabaseSync(file);
    migrate(copy);
    copy.exec('PRAGMA query_only = ON');
    return { db: copy, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

function toSummary(row: DocumentRow): DocumentSummary {
  return { id: row.id, kind: row.kind as DocumentKind, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at };
}
