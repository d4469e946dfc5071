import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDrafts } from '../../../main/services/drafts/index.ts';
import { exportDocumentFile } from '../../../main/services/documents/documentFiles.ts';
import { migrate, SCHEMA_VERSION, userVersion } from '../../../main/storage/migrations.ts';
import { openDatabase } from '../../../main/storage/sqlite.ts';
import { WorkspaceStore } from '../../../main/storage/WorkspaceStore.ts';
import { makeDamagedWorkspace } from '../../fixtures/damagedWorkspace.ts';
import { makeVersion1Workspace } from '../../fixtures/olderWorkspace.ts';
import { tempDir } from '../../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const versionOf = (path: string) => readFileSync(path).readUInt32BE(60);
const TEXT = ['Đại hội Đảng bộ thành phố lần thứ XVII, nhiệm kỳ 2025 – 2030.', 'Phát huy truyền thống đoàn kết, đổi mới.'];

describe('a damaged workspace file', () => {
  it.each([
    ['to work in', (p: string) => WorkspaceStore.open(p)],
    ['to read', (p: string) => WorkspaceStore.openReadOnly(p)],
  ])('is refused %s in a Vietnamese sentence, with SQLite’s own text only in detail', (_label, open) => {
    const path = join(dir.path, 'hong.vkws');
    makeDamagedWorkspace(path);
    const before = sha(path);
    let error: any;
    try {
      open(path);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'workspace_corrupt', message: expect.stringContaining('bị hỏng') });
    expect(error.toPayload().detail).toMatch(/btree|malformed|Tree \d+ page/i);
    expect(error.message).not.toContain(error.detail);
    expect(error.message).not.toMatch(/btree|malformed|database|page \d/i);
    expect(sha(path)).toBe(before);
  });
});

describe('reading a workspace', () => {
  it('leaves no -wal or -shm beside the file and refuses writes', () => {
    const path = join(dir.path, 'w.vkws');
    WorkspaceStore.create(path, 'Đọc').close();
    const store = WorkspaceStore.openReadOnly(path);
    expect(store.meta().name).toBe('Đọc');
    expect(() => store.documents.create('other', 'Không được')).toThrow(/readonly/);
    store.close();
    expect(readdirSync(dir.path)).toEqual(['w.vkws']);
  });

  it('reads a version 1 file through a migrated copy and leaves the file as it was', async () => {
    const path = join(dir.path, 'cu.vkws');
    makeVersion1Workspace(path, 'Nhiệm kỳ trước', 'Báo cáo chính trị', TEXT);
    const before = sha(path);
    const store = WorkspaceStore.openReadOnly(path);
    const [document] = store.documents.list();
    expect(document.title).toBe('Báo cáo chính trị');
    expect(listDrafts(store, document.id)).toEqual([]); // the drafts table came with migration 2
    expect(new TextDecoder().decode((await exportDocumentFile(store, document.id, 'txt')).bytes)).toContain(TEXT[0]);
    expect(store.audit.unrecorded).toEqual(['document.export']);
    store.close();
    expect(sha(path)).toBe(before);
    expect(versionOf(path)).toBe(1);
    expect(readdirSync(dir.path)).toEqual(['cu.vkws']);
  });

  it('records an export in the audit log of a writable current file, and still leaves nothing beside it', async () => {
    const path = join(dir.path, 'w.vkws');
    const writer = WorkspaceStore.create(path, 'Xuất');
    const { id } = writer.documents.create('resolution', 'Nghị quyết');
    writer.close();
    const reader = WorkspaceStore.openReadOnly(path);
    await exportDocumentFile(reader, id, 'txt', 'cli');
    expect(reader.audit.unrecorded).toEqual([]);
    reader.close();
    expect(readdirSync(dir.path)).toEqual(['w.vkws']);
    const check = new DatabaseSync(path, { readOnly: true });
    expect(check.prepare("SELECT actor FROM audit_log WHERE action = 'document.export'").all()).toEqual([{ actor: 'cli' }]);
    check.close();
  });
});

describe('opening an older workspace to work in', () => {
  it('first copies it beside itself, as it was, then migrates it', () => {
    const path = join(dir.path, 'cu.vkws');
    makeVersion1Workspace(path, 'Nhiệm kỳ trước', 'Báo cáo chính trị', TEXT);
    const store = WorkspaceStore.open(path);
    store.documents.create('resolution', 'Nghị quyết');
    store.close();
    expect(versionOf(path)).toBe(SCHEMA_VERSION);
    const backups = readdirSync(dir.path).filter((f) => f.startsWith('cu.vkws.bak-v1-'));
    expect(backups).toHaveLength(1);
    expect(readdirSync(dir.path).sort()).toEqual(['cu.vkws', backups[0]].sort());
    const backup = new DatabaseSync(join(dir.path, backups[0]), { readOnly: true });
    expect(backup.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 });
    expect(backup.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    expect(backup.prepare('SELECT title FROM documents').all()).toEqual([{ title: 'Báo cáo chính trị' }]);
    backup.close();
    expect(existsSync(join(dir.path, 'cu.vkws-wal'))).toBe(false);
  });

  it('makes no backup of a file that is already current', () => {
    const path = join(dir.path, 'moi.vkws');
    WorkspaceStore.create(path, 'Mới').close();
    WorkspaceStore.open(path).close();
    expect(readdirSync(dir.path)).toEqual(['moi.vkws']);
  });
});

describe('two processes migrating one older file', () => {
  it('runs each migration once, when the other process migrated it while this one waited for the lock', async () => {
    const path = join(dir.path, 'cu.vkws');
    makeVersion1Workspace(path, 'Nhiệm kỳ trước', 'Báo cáo chính trị', TEXT);
    const here = openDatabase(path);
    here.exec('PRAGMA busy_timeout = 5000'); // long enough to wait for the other process, whatever the default
    expect(userVersion(here)).toBe(1); // read before the other process migrates, as a racing opener would
    const other = spawn(process.execPath, ['--input-type=module', '-e', `
      import { openDatabase } from ${JSON.stringify(new URL('../../../main/storage/sqlite.ts', import.meta.url).pathname)};
      import { MIGRATIONS } from ${JSON.stringify(new URL('../../../main/storage/migrations.ts', import.meta.url).pathname)};
      const db = openDatabase(${JSON.stringify(path)});
      db.exec('BEGIN IMMEDIATE'); // migrates inside one write transaction, committed 300 ms later
      for (let v = 1; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
      db.exec('PRAGMA user_version = ' + MIGRATIONS.length);
      process.stdout.write('holding\\n');
      setTimeout(() => { db.exec('COMMIT'); db.close(); }, 300);
    `], { stdio: ['ignore', 'pipe', 'inherit'] });
    await once(other.stdout!, 'data');
    migrate(here); // sees version 1 committed, waits (busy_timeout) for the other's write lock
    expect(userVersion(here)).toBe(SCHEMA_VERSION);
    expect(here.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'drafts'").get()).toEqual({ n: 1 });
    here.close();
    await once(other, 'exit');
  });
});
