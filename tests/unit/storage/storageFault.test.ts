import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { asStorageError, storageFaultOf } from '../../../main/storage/storageFault.ts';
import { setBusyTimeout, transaction } from '../../../main/storage/sqlite.ts';
import { AppError } from '../../../shared/errors.ts';
import { tempDir } from '../../helpers/tempDir.ts';

/** An error as node:sqlite throws it: code ERR_SQLITE_ERROR, the extended result code, its text. */
const sqlite = (errcode: number, errstr = 'x') => Object.assign(new Error(errstr), { code: 'ERR_SQLITE_ERROR', errcode, errstr });
const errno = (code: string) => Object.assign(new Error(code), { code });

describe('storageFaultOf', () => {
  it.each([
    ['SQLITE_BUSY', sqlite(5, 'database is locked'), 'storage_locked'],
    ['SQLITE_BUSY_RECOVERY', sqlite(261), 'storage_locked'],
    ['SQLITE_BUSY_SNAPSHOT', sqlite(517), 'storage_locked'],
    ['SQLITE_LOCKED', sqlite(6), 'storage_locked'],
    ['SQLITE_FULL', sqlite(13, 'database or disk is full'), 'disk_full'],
    ['SQLITE_READONLY', sqlite(8), 'storage_readonly'],
    ['SQLITE_READONLY_DIRECTORY', sqlite(1544), 'storage_readonly'],
    ['SQLITE_PERM', sqlite(3), 'storage_readonly'],
    ['SQLITE_IOERR_WRITE', sqlite(778), 'storage_failed'],
    ['SQLITE_IOERR', sqlite(10), 'storage_failed'],
    ['SQLITE_CANTOPEN', sqlite(14), 'storage_failed'],
    ['SQLITE_CONSTRAINT (a bug, not the disk)', sqlite(19), null],
    ['SQLITE_CORRUPT (a damaged file, named elsewhere)', sqlite(11), null],
    ['ENOSPC', errno('ENOSPC'), 'disk_full'],
    ['EDQUOT', errno('EDQUOT'), 'disk_full'],
    ['EACCES', errno('EACCES'), 'storage_readonly'],
    ['EROFS', errno('EROFS'), 'storage_readonly'],
    ['EIO', errno('EIO'), 'storage_failed'],
    ['ENOENT', errno('ENOENT'), null],
    ['a code named after an Object property', errno('constructor'), null],
    ['a plain Error', new Error('boom'), null],
    ['an AppError', new AppError('not_found', 'x'), null],
    ['null', null, null],
    ['a string', 'SQLITE_BUSY', null],
  ])('classifies %s', (_label, error, fault) => {
    expect(storageFaultOf(error)).toBe(fault);
  });

  it('turns a fault into an AppError with its code and a Vietnamese sentence, and leaves other errors alone', () => {
    const locked = asStorageError(sqlite(5)) as AppError;
    expect(locked).toBeInstanceOf(AppError);
    expect(locked.code).toBe('storage_locked');
    expect(locked.message).toMatch(/^Chưa lưu được\. .*khoá.*Hãy đóng chương trình đó/);
    const bug = new Error('boom');
    expect(asStorageError(bug)).toBe(bug);
  });
});

describe('storageFaultOf on real node:sqlite errors', () => {
  let dir: ReturnType<typeof tempDir>;
  const open: DatabaseSync[] = [];
  const db = (name = 'a.db', options = {}) => {
    const d = new DatabaseSync(`${dir.path}/${name}`, options);
    open.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of open.splice(0)) if (d.isOpen) d.close();
    dir?.remove();
  });

  const thrown = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error;
    }
    throw new Error('expected a throw');
  };

  it('names another connection’s write lock, at once with a 0 ms busy timeout', () => {
    dir = tempDir();
    const holder = db();
    holder.exec('PRAGMA journal_mode = WAL; CREATE TABLE t (x BLOB)');
    const writer = db();
    setBusyTimeout(writer, 0);
    holder.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    expect(storageFaultOf(thrown(() => writer.prepare('INSERT INTO t VALUES (1)').run()))).toBe('storage_locked');
    expect(performance.now() - started).toBeLessThan(50);
    holder.exec('ROLLBACK');
  });

  it('names a full database (max_page_count) as disk_full', () => {
    dir = tempDir();
    const d = db();
    d.exec('CREATE TABLE t (x BLOB)');
    const { page_count } = d.prepare('PRAGMA page_count').get() as { page_count: number };
    d.exec(`PRAGMA max_page_count = ${page_count}`);
    expect(storageFaultOf(thrown(() => d.prepare('INSERT INTO t VALUES (?)').run(new Uint8Array(20_000))))).toBe('disk_full');
  });

  it('reports a full disk met inside a transaction as disk_full, after SQLite rolled it back itself', () => {
    dir = tempDir();
    const d = db();
    d.exec('CREATE TABLE t (x BLOB)');
    const { page_count } = d.prepare('PRAGMA page_count').get() as { page_count: number };
    d.exec(`PRAGMA max_page_count = ${page_count + 2}`);
    const insert = d.prepare('INSERT INTO t VALUES (?)');
    const error = thrown(() => transaction(d, () => {
      for (let i = 0; i < 100; i++) insert.run(new Uint8Array(20_000));
    }));
    expect(storageFaultOf(error)).toBe('disk_full');
    expect(d.isTransaction).toBe(false);
    expect(d.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 0 });
  });

  it('names a read-only connection as storage_readonly', () => {
    dir = tempDir();
    db().exec('CREATE TABLE t (x BLOB)');
    const reader = db('a.db', { readOnly: true });
    expect(storageFaultOf(thrown(() => reader.prepare('INSERT INTO t VALUES (1)').run()))).toBe('storage_readonly');
  });
});
