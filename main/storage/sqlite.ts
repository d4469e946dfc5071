import { DatabaseSync } from 'node:sqlite';

/**
 * The one place that opens SQLite. Every workspace connection is in WAL mode with
 * synchronous=NORMAL: a committed transaction survives the process being killed, which is what
 * the workspace server relies on before it acknowledges a Yjs update.
 */
export function openDatabase(path: string, options: { readOnly?: boolean } = {}): DatabaseSync {
  const db = new DatabaseSync(path, { readOnly: options.readOnly ?? false, enableForeignKeyConstraints: true });
  try {
    return configured(db, options);
  } catch (error) {
    db.close(); // a connection that failed to open must not keep its file descriptor
    throw error;
  }
}

function configured(db: DatabaseSync, options: { readOnly?: boolean }): DatabaseSync {
  if (!options.readOnly) {
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA busy_timeout = 5000');
  }
  return db;
}

/** Runs `fn` in one transaction: all of it is written, or none. */
export function transaction<T>(db: DatabaseSync, fn: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
