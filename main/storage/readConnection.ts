import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';

export interface ReadConnection {
  db: DatabaseSync;
  /** True when the connection is read-write underneath (query_only), so it could take a write it is allowed. */
  writable: boolean;
}

/**
 * A connection that reads a workspace file and never changes it, leaving no -wal/-shm behind:
 * - file and folder writable: a read-write connection with `query_only = ON`. It cannot write,
 *   and as the last connection to close it removes the -wal and -shm files; a SQLite read-only
 *   connection cannot, so it would leave them there.
 * - file or folder not writable, and no -wal beside the file: a read-only connection opened
 *   `immutable` (SQLite cannot otherwise open a WAL file whose -shm it may not create, and would
 *   otherwise leave a -wal and -shm it cannot remove). No -wal means nobody has the file open to
 *   write; one who started now would write into a new -wal, and the main file changes only when
 *   that is checkpointed, so a short read stays consistent.
 * - otherwise (a writer is there): a plain read-only connection, which shares the writer's
 *   -wal and -shm.
 */
export function openForReading(path: string): ReadConnection {
  if (canWrite(path) && canWrite(dirname(path))) {
    const db = new DatabaseSync(path);
    try {
      db.exec('PRAGMA query_only = ON');
      db.exec('PRAGMA busy_timeout = 1000');
    } catch (error) {
      db.close();
      throw error;
    }
    return { db, writable: true };
  }
  if (!existsSync(`${path}-wal`)) {
    const url = pathToFileURL(path);
    url.searchParams.set('immutable', '1');
    return { db: new DatabaseSync(url, { readOnly: true }), writable: false };
  }
  return { db: new DatabaseSync(path, { readOnly: true }), writable: false };
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
