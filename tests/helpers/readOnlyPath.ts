import { execFileSync } from 'node:child_process';
import { chmodSync, statSync } from 'node:fs';

/**
 * Makes a folder or a file read-only for this process, for real: root ignores permission bits,
 * so as root (CI) it is bind-mounted read-only onto itself (EROFS), otherwise its write bits are
 * cleared (EACCES). `restore` undoes it; call it in afterEach/finally.
 */
export function makeReadOnly(path: string): { restore: () => void } {
  if (process.getuid?.() === 0) {
    execFileSync('mount', ['--bind', path, path]);
    execFileSync('mount', ['-o', 'remount,bind,ro', path]);
    return { restore: () => execFileSync('umount', [path]) };
  }
  const mode = statSync(path).mode & 0o7777;
  chmodSync(path, mode & ~0o222);
  return { restore: () => chmodSync(path, mode) };
}
