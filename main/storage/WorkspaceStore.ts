import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { AppError, isAppError } from '../../shared/errors.ts';
import { AuditLog } from './AuditLog.ts';
import { CheckpointStore } from './CheckpointStore.ts';
import { backupPath, copyDatabase } from './copyDatabase.ts';
import { DocumentStore } from './DocumentStore.ts';
import { DraftBlocks } from './draftBlocks.ts';
import { DraftStore } from './DraftStore.ts';
import { FeedbackStore } from './FeedbackStore.ts';
import { FeedbackTagStore } from './FeedbackTagStore.ts';
import { FeedbackTriageStore } from './FeedbackTriageStore.ts';
import { FeedbackAnchorStore } from './FeedbackAnchorStore.ts';
import { FeedbackClusterStore } from './FeedbackClusterStore.ts';
import { FeedbackLinkStore } from './FeedbackLinkStore.ts';
import { FeedbackVersions } from './FeedbackVersions.ts';
import { migrate, SCHEMA_VERSION, userVersion } from './migrations.ts';
import { openForReading, type ReadConnection } from './readConnection.ts';
import { CommentStore } from './CommentStore.ts';
import { RepairLog } from './RepairLog.ts';
import { SourceStore } from './SourceStore.ts';
import { SuggestionStore } from './SuggestionStore.ts';
import { type LockWait, openDatabase, transaction } from './sqlite.ts';
import { isWriteRefused, readOnlyWorkspace, writeRefusal } from './storageAccess.ts';
import { APPLICATION_ID, checkWorkspaceHeader, damagedWorkspace } from './workspaceFile.ts';
import { YUpdateLog } from './YUpdateLog.ts';

export interface WorkspaceMeta {
  id: string;
  name: string;
  createdAt: string;
}

/** The page cache of a workspace connection, in KiB (PRAGMA cache_size, negative: a size, not pages). */
const WORKSPACE_CACHE_KIB = 32 * 1024;

/**
 * One workspace = one SQLite file. All methods are synchronous: a call that returns has
 * committed. The store of each area is a field, all on this store's one connection and composed
 * here only; the connection itself is private, so every read and write goes through them, and a
 * service that needs several writes to land together runs them in `transaction`.
 */
export class WorkspaceStore {
  readonly path: string;
  /** True for a store opened by `openReadOnly`: its connection refuses writes. */
  readonly readOnly: boolean;

  readonly audit: AuditLog;
  readonly documents: DocumentStore;
  /** The working copies' Yjs updates. */
  readonly updates: YUpdateLog;
  readonly drafts: DraftStore;
  /** The "trước khi khôi phục" checkpoints, which share the drafts' block table. */
  readonly checkpoints: CheckpointStore;
  readonly repairs: RepairLog;
  readonly comments: CommentStore;
  /** The sources registry (subordinate organisations). */
  readonly sources: SourceStore;
  /** Comment files, import batches and feedback items. */
  readonly feedback: FeedbackStore;
  /** Decisions on comments (status, assignee, answer) and answer templates. */
  readonly triage: FeedbackTriageStore;
  /** The codebook and the tags on comments. */
  readonly tags: FeedbackTagStore;
  /** Where each item stands in anchoring (anchored, or queued for a person). */
  readonly feedbackAnchors: FeedbackAnchorStore;
  /** Clusters of near-duplicate items, their memberships and trail. */
  readonly feedbackClusters: FeedbackClusterStore;
  /** Suggested wording, until a drafter accepts or rejects it. */
  readonly suggestions: SuggestionStore;
  /** What the feedback table's index reads: items past a rowid, items changed since a sequence number. */
  readonly feedbackVersions: FeedbackVersions;
  /** Links of comments to the changes that answered them. */
  readonly feedbackLinks: FeedbackLinkStore;

  private readonly db: DatabaseSync;
  private readonly onClose: (() => void) | undefined;

  private constructor(path: string, db: DatabaseSync, options: { readOnly: boolean; canRecord: boolean; onClose?: () => void }) {
    this.path = path;
    this.db = db;
    this.readOnly = options.readOnly;
    this.onClose = options.onClose;
    // A page cache that holds a large workspace's hot indexes (SQLite's default is 2 MiB): clustering
    // 100,000 items writes 60,000 memberships, each looking up its item and bumping its version
    // through indexes of 5–10 MiB, and with the default cache that writing took half as long again.
    // An upper bound, not an allocation: pages are cached as they are read.
    db.exec(`PRAGMA cache_size = -${WORKSPACE_CACHE_KIB}`);
    this.audit = new AuditLog(db, options);
    this.documents = new DocumentStore(db, this.audit);
    this.updates = new YUpdateLog(db);
    const draftBlocks = new DraftBlocks(db);
    this.checkpoints = new CheckpointStore(db, draftBlocks);
    this.drafts = new DraftStore(db, draftBlocks, this.checkpoints);
    this.repairs = new RepairLog(db);
    this.comments = new CommentStore(db);
    this.sources = new SourceStore(db, this.audit);
    this.feedback = new FeedbackStore(db);
    this.triage = new FeedbackTriageStore(db);
    this.tags = new FeedbackTagStore(db);
    this.feedbackAnchors = new FeedbackAnchorStore(db);
    this.feedbackClusters = new FeedbackClusterStore(db);
    this.suggestions = new SuggestionStore(db);
    this.feedbackVersions = new FeedbackVersions(db);
    this.feedbackLinks = new FeedbackLinkStore(db);
  }

  /**
   * Creates a new workspace file; refuses to overwrite an existing file. The file is made by this
   * call (exclusively) with mode 0600, which SQLite gives its -wal and -shm too: workspaces are
   * readable by their owner only. A create that fails (a full disk) removes what it made, so no
   * empty or half-made file is left to be listed as damaged or to take the name.
   */
  static create(path: string, name: string, lockWait: LockWait = {}): WorkspaceStore {
    const refusal = writeRefusal(path);
    if (refusal) throw refusal;
    try {
      closeSync(openSync(path, 'wx', 0o600));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('workspace_exists', `Đã có tệp ${path}. Hãy chọn tên khác.`);
      throw error;
    }
    let db: DatabaseSync | undefined;
    try {
      db = openDatabase(path, lockWait);
      // application_id must reach the main file (not only the WAL) so the header check sees it.
      db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
      migrate(db);
      const store = new WorkspaceStore(path, db, { readOnly: false, canRecord: true });
      const meta: WorkspaceMeta = { id: randomUUID(), name, createdAt: new Date().toISOString() };
      const insert = db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?)');
      store.transaction(() => {
        for (const [key, value] of Object.entries(meta)) insert.run(key, value);
        store.audit.record('system', 'workspace.create', meta.id, { name });
      });
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      checkWorkspaceHeader(path); // the checkpoint reached the main file
      return store;
    } catch (error) {
      if (db?.isOpen) db.close();
      for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(file, { force: true });
      throw error;
    }
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

  /** Runs `fn` in one transaction on the store's connection: all of its writes land, or none. */
  transaction<T>(fn: () => T): T {
    return transaction(this.db, fn);
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
