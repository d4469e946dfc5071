import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { LOCK_FILE, type LockHolder, OS_LOCK_FILE } from './DataFolderLock.ts';

const SQLITE_BUSY = 5;

/**
 * The workspace server holding `dataDir` now (see DataFolderLock), or null when none does; read
 * without taking anything. A lock file naming a live process on this host is believed only while
 * the OS lock is held too (a reused pid after a crash holds nothing); one naming another host is
 * believed, since that host's processes cannot be seen from here. A folder with no lock file is
 * free: a server that has the OS lock but has not written its file yet has loaded nothing.
 */
export function dataFolderHolder(dataDir: string): LockHolder | null {
  const holder = readHolder(join(dataDir, LOCK_FILE));
  if (!holder) return null;
  if (holder.host !== hostname()) return holder;
  if (!processAlive(holder.pid)) return null;
  return osLockHeld(join(dataDir, OS_LOCK_FILE)) ? holder : null;
}

function readHolder(file: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, user: String(value.user ?? '?'), startedAt: String(value.startedAt ?? ''), url: typeof value.url === 'string' ? value.url : null };
  } catch {
    return null; // none, or half written by a holder that died while writing it
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** True when another connection holds the exclusive lock of the OS lock file (a read is then refused at once). */
function osLockHeld(file: string): boolean {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    return false;
  } catch (error) {
    return (((error as { errcode?: number }).errcode ?? 0) & 0xff) === SQLITE_BUSY;
  } finally {
    if (db?.isOpen) db.close();
  }
}
