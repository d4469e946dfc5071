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
 * - folder read-only: a read-only connection, opened `immutable` when the file has no -wal (SQLite
 *   cannot otherwise open a WAL file whose -shm it may not create). Nobody can be writing it
 *   then: a writer would have to make its -wal in this folder.
 * - file read-only in a writable folder: a read-only connection (SQLite may make -wal/-shm there,
 *   as it does for any reader; the next writer's close removes them).
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
  if (!canWrite(dirname(path)) && !existsSync(`${path}-wal`)) {
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
