/**
 * The migrations of a team server's account file (`accounts.sqlite` in its data folder), apart
 * from the workspaces' (`migrations.ts`): accounts belong to the server, not to one workspace.
 * Same rules: `PRAGMA user_version` counts what was applied; never edit one that shipped.
 */
export const ACCOUNT_MIGRATIONS: readonly string[] = [
  // 1: users (a name unique by its comparison key: case and tone placement ignored), their roles
  // (workspace_id '*' is the server-wide role), sessions (only a hash of each id is stored), and
  // the audit log of accounts, the same append-only table as a workspace's.
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     name_key TEXT NOT NULL UNIQUE,
     display_name TEXT NOT NULL,
     initials TEXT NOT NULL,
     password_hash TEXT NOT NULL,
     created_at TEXT NOT NULL,
     disabled_at TEXT
   );
   CREATE TABLE user_roles (
     user_id TEXT NOT NULL REFERENCES users(id),
     workspace_id TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('admin', 'drafter', 'reviewer', 'compiler')),
     PRIMARY KEY (user_id, workspace_id)
   );
   CREATE TABLE sessions (
     id_hash TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users(id),
     created_at INTEGER NOT NULL,
     last_seen_at INTEGER NOT NULL,
     replaced_at INTEGER,
     rotate INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX sessions_by_user ON sessions(user_id);
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
