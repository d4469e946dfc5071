import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../shared/errors.ts';
import { readOnlyDataFolder } from '../storage/storageAccess.ts';

/** Who holds a data folder: written in the lock file, read by the server that is refused. */
export interface LockHolder {
  pid: number;
  host: string;
  user: string;
  startedAt: string;
  /** Null while the holder is still starting (it writes its URL once it listens). */
  url: string | null;
  /** `<device>:<inode>` of the OS lock file the holder locked; absent in files of older versions. */
  osLock?: string;
}

/** The lock file (JSON, created with `wx`): who holds the folder. */
export const LOCK_FILE = 'vankien-server.lock';
/** An empty SQLite file whose exclusive lock is the OS-level lock (fcntl; the OS drops it when the holder dies). */
export const OS_LOCK_FILE = 'vankien-server.lock.sqlite';

const SQLITE_BUSY = 5;

/**
 * One workspace server per data folder. Two servers on one folder would each keep their own
 * copy of an open document in memory and never see the other's edits. The lock is two things:
 * - an OS-level lock: an exclusive SQLite transaction on `vankien-server.lock.sqlite`, held for
 *   the server's life. Of two processes racing, exactly one gets it, and the OS releases it when
 *   its process dies, even by SIGKILL;
 * - the lock file `vankien-server.lock` (pid, host, user, start time, URL, and which OS lock file
 *   it locked), created with `wx`, which says who holds the folder. Under the OS lock, a lock file
 *   of this host is stale: its writer no longer holds that OS lock, whether its pid is dead,
 *   reused by another program, or a killed server not yet reaped (the pid said "alive" for all
 *   three, and refused a restart). Only when the OS lock file was replaced since the holder
 *   locked it (deleted by hand while a server ran) may the holder still hold a lock, on the old
 *   file: then its pid decides. One from another host (a shared folder) is never assumed stale.
 * Released by `release()` (the server's close, SIGINT/SIGTERM in `serve`) and at process exit.
 */
export class DataFolderLock {
  private readonly file: string;
  private readonly holder: LockHolder;
  private osLock: DatabaseSync | null;
  private readonly onExit = () => this.release();

  private constructor(file: string, holder: LockHolder, osLock: DatabaseSync) {
    this.file = file;
    this.holder = holder;
    this.osLock = osLock;
    process.on('exit', this.onExit);
  }

  /** Takes the data folder, making it if needed; `data_folder_locked` names who holds it. */
  static acquire(dataDir: string): DataFolderLock {
    try {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(join(dataDir, OS_LOCK_FILE), '', { flag: 'a' });
    } catch (error) {
      if (['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw readOnlyDataFolder(dataDir, error);
      throw error;
    }
    const osLock = takeOsLock(dataDir);
    const file = join(dataDir, LOCK_FILE);
    const lockId = osLockId(dataDir);
    const holder: LockHolder = { pid: process.pid, host: hostname(), user: currentUser(), startedAt: new Date().toISOString(), url: null, osLock: lockId };
    try {
      writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        osLock.close();
        throw error;
      }
      const previous = readHolder(file);
      if (previous && stillHolds(previous, lockId)) {
        osLock.close();
        throw folderLocked(dataDir, previous, true);
      }
      replace(file, holder); // stale: its holder is gone
    }
    return new DataFolderLock(file, holder, osLock);
  }

  /** Records the URL the server listens on, for the message a second server shows. */
  setUrl(url: string): void {
    if (!this.osLock) return;
    this.holder.url = url;
    replace(this.file, this.holder);
  }

  release(): void {
    if (!this.osLock) return;
    process.off('exit', this.onExit);
    const current = readHolder(this.file);
    if (current?.pid === this.holder.pid && current.startedAt === this.holder.startedAt) unlinkSync(this.file);
    this.osLock.close();
    this.osLock = null;
  }
}

/** Which file the OS lock is on: a file deleted and made again is another one. */
function osLockId(dataDir: string): string {
  const { dev, ino } = statSync(join(dataDir, OS_LOCK_FILE));
  return `${dev}:${ino}`;
}

/** An open exclusive transaction on the OS lock file; `data_folder_locked` when another process has it. */
function takeOsLock(dataDir: string): DatabaseSync {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(join(dataDir, OS_LOCK_FILE));
    db.exec('PRAGMA journal_mode = MEMORY'); // no -journal file beside it while the lock is held
    db.exec('BEGIN EXCLUSIVE'); // busy_timeout is 0: a held lock is refused at once
    return db;
  } catch (error) {
    if (db?.isOpen) db.close();
    if ((((error as { errcode?: number }).errcode ?? 0) & 0xff) === SQLITE_BUSY) throw folderLocked(dataDir, readHolder(join(dataDir, LOCK_FILE)), false);
    throw error;
  }
}

/** Whether the holder named in a lock file may still hold the folder, given that we hold the OS lock. */
function stillHolds(holder: LockHolder, currentOsLock: string): boolean {
  if (holder.host !== hostname()) return true; // its OS lock may not reach us, its pid cannot be checked
  if (holder.osLock === undefined || holder.osLock === currentOsLock) return false; // it would hold the lock we hold
  if (holder.pid === process.pid) return false; // this process holds no OS lock on it: a server here closed without releasing
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

function folderLocked(dataDir: string, holder: LockHolder | null, onlyByFile: boolean): AppError {
  const file = join(dataDir, LOCK_FILE);
  const who = holder
    ? ` (tiến trình ${holder.pid} của người dùng ${holder.user}${holder.host === hostname() ? '' : ` trên máy ${holder.host}`}, từ ${localTime(holder.startedAt)}${holder.url ? `, tại ${holder.url}` : ', đang khởi động'})`
    : '';
  // Only a lock file, no OS lock: the holder may be another host's, or a reused pid after a crash.
  const stale = onlyByFile ? ` Nếu chắc chắn máy chủ đó đã dừng, hãy xoá tệp ${file} rồi chạy lại.` : '';
  return new AppError(
    'data_folder_locked',
    `Thư mục dữ liệu ${dataDir} đang được một máy chủ Văn Kiện khác dùng${who}. Hãy dùng máy chủ đó, hoặc dừng nó trước.${stale}`,
  );
}

function readHolder(file: string): LockHolder | null {
  if (!existsSync(file)) return null;
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    const osLock = typeof value.osLock === 'string' ? value.osLock : undefined;
    return { pid: value.pid, host: value.host, user: String(value.user ?? '?'), startedAt: String(value.startedAt ?? ''), url: typeof value.url === 'string' ? value.url : null, osLock };
  } catch {
    return null; // half written by a holder that died while writing it
  }
}

/** Replaces the lock file whole (write, then rename), so a reader never sees half of it. */
function replace(file: string, holder: LockHolder): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(holder));
  renameSync(temp, file);
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '?';
  }
}

function localTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('vi-VN');
}
