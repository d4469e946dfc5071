import { execFileSync } from 'node:child_process';
import { closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface SmallDisk {
  /** The mounted folder. */
  path: string;
  /** Unmounts it (what is on it is gone). */
  unmount(): void;
}

/**
 * A folder `name` inside `parent` on its own tmpfs of `size` (e.g. "8m"), so a disk can really
 * fill up under a server. Root only: CI runs as root; elsewhere the test says so instead of
 * passing without its fault.
 */
export function mountSmallDisk(parent: string, name = 'data', size = '8m'): SmallDisk {
  if (process.getuid?.() !== 0) throw new Error('This test mounts a small tmpfs to fill the disk, which needs root (as CI has).');
  const path = join(parent, name);
  mkdirSync(path);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path]);
  let mounted = true;
  return {
    path,
    unmount() {
      if (mounted) execFileSync('umount', [path]);
      mounted = false;
    },
  };
}

/**
 * Fills the rest of the disk under `folder` with one file, to the last byte, then gives back
 * `leaveBytes` (rounded to the disk's pages) by shortening it; returns that file.
 */
export function fillDisk(folder: string, leaveBytes = 0): string {
  const filler = join(folder, 'filler.bin');
  const fd = openSync(filler, 'w');
  try {
    for (const size of [64 * 1024, 512, 1]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
    if (leaveBytes > 0) ftruncateSync(fd, Math.max(0, fstatSync(fd).size - leaveBytes));
  } finally {
    closeSync(fd);
  }
  return filler;
}
