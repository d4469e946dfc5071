import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, OS_LOCK_FILE } from '../../../main/server/DataFolderLock.ts';
import { dataFolderHolder } from '../../../main/server/dataFolderHolder.ts';
import { tempDir } from '../../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
let osLock: DatabaseSync | undefined;
beforeEach(() => (dir = tempDir()));
afterEach(() => {
  osLock?.close();
  osLock = undefined;
  dir.remove();
});

const DEAD_PID = 2 ** 22 + 12345; // above Linux's pid_max
const holder = (pid: number, host = hostname()) => ({ pid, host, user: 'u', startedAt: '2026-01-01T00:00:00.000Z', url: 'http://127.0.0.1:4600' });

function lockFile(value: unknown): void {
  writeFileSync(join(dir.path, LOCK_FILE), typeof value === 'string' ? value : JSON.stringify(value));
}

/** The OS lock as a running server holds it (an exclusive transaction on the empty lock file). */
function holdOsLock(): void {
  writeFileSync(join(dir.path, OS_LOCK_FILE), '', { flag: 'a' });
  osLock = new DatabaseSync(join(dir.path, OS_LOCK_FILE));
  osLock.exec('PRAGMA journal_mode = MEMORY');
  osLock.exec('BEGIN EXCLUSIVE');
}

const CASES: [string, () => void, ReturnType<typeof holder> | null][] = [
  ['no lock file', () => undefined, null],
  ['a half-written lock file', () => lockFile('{"pid": 12'), null],
  ['a lock file whose process is gone (a killed server)', () => lockFile(holder(DEAD_PID)), null],
  [
    'a live pid but no OS lock (a pid reused after a crash)',
    () => {
      lockFile(holder(process.pid));
      writeFileSync(join(dir.path, OS_LOCK_FILE), '');
    },
    null,
  ],
  [
    'a live pid holding the OS lock (a running server)',
    () => {
      lockFile(holder(process.pid));
      holdOsLock();
    },
    holder(process.pid),
  ],
  ['a lock file from another host (a shared folder)', () => lockFile(holder(DEAD_PID, 'another-host')), holder(DEAD_PID, 'another-host')],
];

describe('who holds a data folder, read without taking it', () => {
  it.each(CASES)('%s', (_name, arrange, expected) => {
    arrange();
    expect(dataFolderHolder(dir.path)).toEqual(expected);
  });
});
