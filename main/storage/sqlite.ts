import { DatabaseSync } from 'node:sqlite';

/**
 * The one place that opens SQLite. Every workspace connection is in WAL mode with
 * synchronous=NORMAL: a committed transaction survives the process being killed, which is what
 * the workspace server relies on before it acknowledges a Yjs update.
 */
export function openDatabase(path: string, options: { readOnly?: boolean } & LockWait = {}): DatabaseSync {
  const db = new DatabaseSync(path, { readOnly: options.readOnly ?? false, enableForeignKeyConstraints: true });
  try {
    return configured(db, options);
  } catch (error) {
    db.close(); // a connection that failed to open must not keep its file descriptor
    throw error;
  }
}

function configured(db: DatabaseSync, options: { readOnly?: boolean } & LockWait): DatabaseSync {
  if (!options.readOnly) {
    // First: opening (the journal mode, a checkpoint, a migration) can meet a lock too.
    setBusyTimeout(db, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
  }
  return db;
}

/** How long a connection waits for another's lock; absent: DEFAULT_BUSY_TIMEOUT_MS. */
export interface LockWait {
  busyTimeoutMs?: number;
}

/** How long a write waits for another connection's lock before failing (CLI, tools). */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Sets how long a statement on `db` waits for another process's lock. node:sqlite is
 * synchronous, so the wait blocks the whole event loop: the workspace server sets 0 and retries
 * on timers instead (main/server/sync/retryWhileLocked.ts), or fails fast (RPC).
 */
export function setBusyTimeout(db: DatabaseSync, ms: number): void {
  db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(ms))}`);
}

let savepoints = 0;

/**
 * Runs `fn` in one transaction: all of it is written, or none. Inside another transaction it is
 * a savepoint of that one: its writes are undone if it fails, and land only when the outer one
 * commits (so a service can group writes that each run in a transaction of their own).
 */
export function transaction<T>(db: DatabaseSync, fn: () => T): T {
  if (db.isTransaction) return nested(db, fn);
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    // After some errors (a full disk, an I/O error) SQLite has already rolled the transaction
    // back: a ROLLBACK then throws "no transaction is active" and hides the error that matters.
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function nested<T>(db: DatabaseSync, fn: () => T): T {
  const name = `nested_${++savepoints}`;
  db.exec(`SAVEPOINT ${name}`);
  try {
    const result = fn();
    db.exec(`RELEASE ${name}`);
    return result;
  } catch (error) {
    // As above: after a full disk SQLite may have rolled the whole transaction back already.
    if (db.isTransaction) {
      db.exec(`ROLLBACK TO ${name}`);
      db.exec(`RELEASE ${name}`);
    }
    throw error;
  }
}
