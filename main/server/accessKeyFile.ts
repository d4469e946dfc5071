import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../storage/writeFileAtomically.ts';

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
  // 0600 from the start, and never half written: the old key or the new one.
  return { key, origin, path, save: () => writeFileAtomically(path, `${key}\n`) };
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
