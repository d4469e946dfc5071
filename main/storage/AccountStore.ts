import { randomUUID } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { AccountAuditDetails } from '../../shared/audit/auditActions.ts';
import { isRole, type Role, type RoleGrants } from '../../shared/accounts/roles.ts';
import { AppError } from '../../shared/errors.ts';
import { compareKey } from '../../shared/text/normalize.ts';
import { ACCOUNT_MIGRATIONS } from './accountMigrations.ts';
import { AuditLog } from './AuditLog.ts';
import { migrate, userVersion } from './migrations.ts';
import { type LockWait, openDatabase, transaction } from './sqlite.ts';

/** The account file of a team server's data folder. Not a workspace: it does not end in .vkws. */
export const ACCOUNTS_FILE = 'accounts.sqlite';
/** `PRAGMA application_id` of the account file: "VKAC". */
const ACCOUNTS_APPLICATION_ID = 0x564b4143;
/** The `workspace_id` of a server-wide role. */
const EVERY_WORKSPACE = '*';

export interface UserRecord {
  id: string;
  name: string;
  displayName: string;
  initials: string;
  passwordHash: string;
  createdAt: string;
  disabled: boolean;
}

export interface SessionRecord {
  userId: string;
  createdAt: number;
  lastSeenAt: number;
  replacedAt: number | null;
  rotate: boolean;
}

/**
 * The users, roles and sessions of a team server, on their own SQLite file in its data folder,
 * and the audit log of what was done to them. Synchronous, like every store: a call that returns
 * has committed. Names are unique by their comparison key ("Hoà" and "hòa", "AN" and "an" are one
 * name); session ids are never stored, only their hashes.
 */
export class AccountStore {
  readonly audit: AuditLog<AccountAuditDetails>;
  private readonly db: DatabaseSync;

  private constructor(db: DatabaseSync) {
    this.db = db;
    this.audit = new AuditLog<AccountAuditDetails>(db, { readOnly: false, canRecord: true });
  }

  /** Opens (making it, readable by its owner only, when absent) and migrates the data folder's account file. */
  static open(dataDir: string, lockWait: LockWait = {}): AccountStore {
    const path = join(dataDir, ACCOUNTS_FILE);
    try {
      closeSync(openSync(path, 'wx', 0o600));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const db = openDatabase(path, lockWait);
    try {
      const id = (db.prepare('PRAGMA application_id').get() as { application_id: number }).application_id;
      if (id === 0 && userVersion(db) === 0) db.exec(`PRAGMA application_id = ${ACCOUNTS_APPLICATION_ID}`);
      else if (id !== ACCOUNTS_APPLICATION_ID) {
        throw new AppError('workspace_foreign', `Tệp ${path} không phải tệp tài khoản của máy chủ Văn Kiện. Tệp được giữ nguyên; hãy chuyển nó ra khỏi thư mục dữ liệu.`);
      }
      if (userVersion(db) > ACCOUNT_MIGRATIONS.length) {
        throw new AppError('workspace_newer', `Tệp tài khoản ${path} do phiên bản mới hơn của Văn Kiện Studio tạo. Hãy cập nhật ứng dụng.`);
      }
      migrate(db, ACCOUNT_MIGRATIONS);
      return new AccountStore(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  transaction<T>(fn: () => T): T {
    return transaction(this.db, fn);
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  userCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
  }

  /** Adds a user; `user_exists` when the name (by its comparison key) is taken. */
  insertUser(user: { name: string; displayName: string; initials: string; passwordHash: string }): UserRecord {
    if (this.userByName(user.name)) throw new AppError('user_exists', `Đã có người dùng tên "${user.name}". Hãy chọn tên khác.`);
    const record: UserRecord = { id: randomUUID(), ...user, createdAt: new Date().toISOString(), disabled: false };
    this.db
      .prepare('INSERT INTO users (id, name, name_key, display_name, initials, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(record.id, record.name, compareKey(record.name), record.displayName, record.initials, record.passwordHash, record.createdAt);
    return record;
  }

  userByName(name: string): UserRecord | null {
    return userOf(this.db.prepare('SELECT * FROM users WHERE name_key = ?').get(compareKey(name)));
  }

  userById(id: string): UserRecord | null {
    return userOf(this.db.prepare('SELECT * FROM users WHERE id = ?').get(id));
  }

  users(): UserRecord[] {
    return this.db.prepare('SELECT * FROM users ORDER BY name_key').all().map((row) => userOf(row)!);
  }

  setPasswordHash(userId: string, hash: string): void {
    this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, userId);
  }

  setDisabled(userId: string, disabled: boolean): void {
    this.db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(disabled ? new Date().toISOString() : null, userId);
  }

  grantsOf(userId: string): RoleGrants {
    const rows = this.db.prepare('SELECT workspace_id, role FROM user_roles WHERE user_id = ?').all(userId) as { workspace_id: string; role: string }[];
    const workspaces: Record<string, Role> = {};
    let global: Role | null = null;
    for (const row of rows) {
      if (!isRole(row.role)) continue;
      if (row.workspace_id === EVERY_WORKSPACE) global = row.role;
      else workspaces[row.workspace_id] = row.role;
    }
    return { global, workspaces };
  }

  /** Sets (or, with null, removes) a user's role in one workspace, or server-wide when `workspaceId` is null. */
  setRole(userId: string, workspaceId: string | null, role: Role | null): void {
    const where = workspaceId ?? EVERY_WORKSPACE;
    if (role === null) this.db.prepare('DELETE FROM user_roles WHERE user_id = ? AND workspace_id = ?').run(userId, where);
    else this.db.prepare('INSERT INTO user_roles (user_id, workspace_id, role) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET role = excluded.role').run(userId, where, role);
  }

  insertSession(idHash: string, userId: string, now: number, createdAt = now): void {
    this.db.prepare('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)').run(idHash, userId, createdAt, now);
  }

  session(idHash: string): SessionRecord | null {
    const row = this.db.prepare('SELECT * FROM sessions WHERE id_hash = ?').get(idHash) as Record<string, number | string | null> | undefined;
    if (!row) return null;
    return {
      userId: String(row.user_id),
      createdAt: Number(row.created_at),
      lastSeenAt: Number(row.last_seen_at),
      replacedAt: row.replaced_at === null ? null : Number(row.replaced_at),
      rotate: row.rotate === 1,
    };
  }

  touchSession(idHash: string, now: number): void {
    this.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, idHash);
  }

  /** The old id stays valid a little while (requests already under way), and is never rotated again. */
  markReplaced(idHash: string, now: number): void {
    this.db.prepare('UPDATE sessions SET replaced_at = ?, rotate = 0 WHERE id_hash = ?').run(now, idHash);
  }

  /** Every live session of the user gets a new id at its next request (a role changed). */
  markRotate(userId: string): void {
    this.db.prepare('UPDATE sessions SET rotate = 1 WHERE user_id = ? AND replaced_at IS NULL').run(userId);
  }

  deleteSession(idHash: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
  }

  deleteSessionsOf(userId: string): void {
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
  }

  /** Removes sessions last seen before `before` (ms): they can no longer be used. */
  deleteSessionsIdleSince(before: number): void {
    this.db.prepare('DELETE FROM sessions WHERE last_seen_at < ?').run(before);
  }
}

function userOf(row: unknown): UserRecord | null {
  if (!row) return null;
  const r = row as Record<string, string | null>;
  return {
    id: r.id!,
    name: r.name!,
    displayName: r.display_name!,
    initials: r.initials!,
    passwordHash: r.password_hash!,
    createdAt: r.created_at!,
    disabled: r.disabled_at !== null,
  };
}
