import { mkdirSync, statSync } from 'node:fs';
import { readOnlyDataFolder } from './storageAccess.ts';
import { storageFaultOf } from './storageFault.ts';

/**
 * Makes a data folder (and any missing parent) that only its owner may list or enter (0700): its
 * workspace files hold every document. An existing folder is left as it is (see othersCanRead).
 * A folder that cannot be made for want of permission is `storage_readonly`, as a server says it.
 */
export function makeDataFolder(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    if (storageFaultOf(error) === 'storage_readonly') throw readOnlyDataFolder(dataDir, error);
    throw error;
  }
}

/** True when accounts other than the owner may list or enter the folder (POSIX modes; never on Windows). */
export function othersCanRead(dataDir: string): boolean {
  if (process.platform === 'win32') return false;
  const stat = statSync(dataDir, { throwIfNoEntry: false });
  return stat !== undefined && (stat.mode & 0o077) !== 0;
}
