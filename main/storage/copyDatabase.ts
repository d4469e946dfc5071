import { closeSync, openSync, rmSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';

/**
 * Writes a consistent copy of `db`'s committed state (its WAL included) to `target`, a file that
 * must not exist yet (made 0600), with VACUUM INTO: never a raw copy of a file that may have a live WAL.
 * Works on read-only connections too (query_only is lifted for the statement: it writes only the
 * new file).
 */
export function copyDatabase(db: DatabaseSync, target: string): void {
  // Made here, empty and 0600 (VACUUM INTO fills an empty file): a copy is as private as a workspace.
  closeSync(openSync(target, 'wx', 0o600));
  const queryOnly = (db.prepare('PRAGMA query_only').get() as { query_only: number }).query_only === 1;
  if (queryOnly) db.exec('PRAGMA query_only = OFF');
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    rmSync(target, { force: true }); // a half-made copy (a full disk) is not a backup
    throw error;
  } finally {
    if (queryOnly) db.exec('PRAGMA query_only = ON');
  }
}

/** `<file>.bak-v<version>-<time>`: beside the file, never listed as a workspace (no .vkws ending). */
export function backupPath(path: string, version: number, at = new Date()): string {
  return `${path}.bak-v${version}-${at.toISOString().replace(/[:.]/g, '-')}`;
}
