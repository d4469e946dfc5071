import { mkdirSync, statSync } from 'node:fs';

/**
 * Makes a data folder (and any missing parent) that only its owner may list or enter (0700): its
 * workspace files hold every document. An existing folder is left as it is (see othersCanRead).
 */
export function makeDataFolder(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
}

/** True when accounts other than the owner may list or enter the folder (POSIX modes; never on Windows). */
export function othersCanRead(dataDir: string): boolean {
  if (process.platform === 'win32') return false;
  const stat = statSync(dataDir, { throwIfNoEntry: false });
  return stat !== undefined && (stat.mode & 0o077) !== 0;
}
