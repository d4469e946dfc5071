import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { waitFor } from './provider.ts';

export interface HeldLock {
  /** Ends the other process's transaction (ROLLBACK) and waits for that process to exit. */
  release(): Promise<void>;
}

/**
 * Another process (a child `node -e` with node:sqlite) takes the write lock of the SQLite file
 * at `path` with BEGIN IMMEDIATE and holds it until `release`, as a database browser or a backup
 * tool would. Resolves once the lock is held.
 */
export async function holdWriteLock(path: string): Promise<HeldLock> {
  const script = `
    const { DatabaseSync } = require('node:sqlite');
    const db = new DatabaseSync(${JSON.stringify(path)});
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await waitFor(() => out.includes('locked') || child.exitCode !== null, 10_000, 'the other process to take the lock');
  if (!out.includes('locked')) throw new Error('the lock holder exited without taking the lock');
  return {
    async release() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.stdin.end('release\n');
      await exited;
    },
  };
}
