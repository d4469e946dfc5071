import type { DatabaseSync } from 'node:sqlite';
import { transaction } from './sqlite.ts';

/**
 * Versioned migrations. `PRAGMA user_version` is the number of migrations applied; each one runs
 * in its own transaction. Never edit a migration that has shipped: add the next one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: workspace, documents, the Yjs update log, the audit log
  `CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL,
     title TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     deleted_at TEXT
   );
   CREATE TABLE doc_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     doc_id TEXT NOT NULL REFERENCES documents(id),
     data BLOB NOT NULL,
     is_compacted INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX doc_updates_by_doc ON doc_updates(doc_id, seq);
   CREATE TABLE audit_log (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     at TEXT NOT NULL,
     actor TEXT NOT NULL,
     action TEXT NOT NULL,
     subject TEXT,
     details TEXT
   );
   CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
   CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function userVersion(db: DatabaseSync): number {
  return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
}

/** Applies every migration the database has not had yet. */
export function migrate(db: DatabaseSync): void {
  for (let version = userVersion(db); version < MIGRATIONS.length; version++) {
    transaction(db, () => {
      db.exec(MIGRATIONS[version]);
      db.exec(`PRAGMA user_version = ${version + 1}`);
    });
  }
}
