import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The file in a data folder that holds its access key: readable by its owner only (0600). */
export const ACCESS_KEY_FILE = 'access-key';

/** kept: the folder's key from before; created: the folder had none; renewed: `--new-key`; repaired: the file was unreadable. */
export type KeyOrigin = 'kept' | 'created' | 'renewed' | 'repaired';

export interface FolderKey {
  key: string;
  origin: KeyOrigin;
  /** Where it is stored. */
  path: string;
  /** Stores a new key (no-op for a kept one). Called once the server listens, so a failed start changes nothing. */
  save(): void;
}

const KEY_SHAPE = /^[A-Za-z0-9_-]{32,256}$/;

/**
 * The access key of a data folder, so that a restarted `serve` keeps it and open pages keep
 * working: the stored one, or a new one when asked (`renew`), when there is none, or when the
 * file does not hold a key. A stored key whose file others could read is made 0600 again.
 */
export function folderKey(dataDir: string, renew: boolean): FolderKey {
  const path = join(dataDir, ACCESS_KEY_FILE);
  const stored = renew ? null : storedKey(path);
  if (stored) return { key: stored, origin: 'kept', path, save: () => {} };
  const key = randomBytes(24).toString('base64url');
  const origin: KeyOrigin = renew ? 'renewed' : existsSync(path) ? 'repaired' : 'created';
  return { key, origin, path, save: () => writeKeyFile(dataDir, path, key) };
}

function storedKey(path: string): string | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch {
    return null; // missing, or unreadable: a new key is made (and replaces the file when possible)
  }
  if (!KEY_SHAPE.test(text)) return null;
  if ((statSync(path).mode & 0o077) !== 0 && process.platform !== 'win32') chmodSync(path, 0o600);
  return text;
}

/**
 * Writes the key to a temporary file created 0600, flushed, then renamed over `path`: a reader
 * sees the old key or the new one, never a part, and the key is never readable by others.
 */
function writeKeyFile(dataDir: string, path: string, key: string): void {
  mkdirSync(dataDir, { recursive: true });
  const temp = join(dataDir, `.${ACCESS_KEY_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${key}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
