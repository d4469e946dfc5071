import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkspaceStore } from '../../../main/storage/WorkspaceStore.ts';
import { APPLICATION_ID } from '../../../main/storage/workspaceFile.ts';
import { tempDir } from '../../helpers/tempDir.ts';
import { rawDatabase } from '../../helpers/rawDatabase.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('opening a file as a workspace', () => {
  it.each([
    ['a text file', 'workspace_corrupt', (p: string) => writeFileSync(p, 'Đây không phải cơ sở dữ liệu\n'.repeat(20))],
    ['an empty file', 'workspace_corrupt', (p: string) => writeFileSync(p, '')],
    ['a truncated SQLite header', 'workspace_corrupt', (p: string) => writeFileSync(p, 'SQLite format 3\u0000abc')],
    [
      'another program’s SQLite database',
      'workspace_foreign',
      (p: string) => {
        const db = new DatabaseSync(p);
        db.exec('CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES (\'Tiến quân ca\')');
        db.close();
      },
    ],
    [
      'a workspace from a newer version',
      'workspace_newer',
      (p: string) => {
        const db = new DatabaseSync(p);
        db.exec(`PRAGMA application_id = ${APPLICATION_ID}; PRAGMA user_version = 999; CREATE TABLE x (y);`);
        db.close();
      },
    ],
  ])('refuses %s with %s and leaves it byte for byte untouched', (_label, code, make) => {
    const path = join(dir.path, 'x.vkws');
    make(path);
    const before = sha(path);
    expect(() => WorkspaceStore.open(path)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(/\S/) }));
    expect(sha(path)).toBe(before);
  });

  it('refuses to create over an existing file', () => {
    const path = join(dir.path, 'x.vkws');
    writeFileSync(path, 'giữ nguyên');
    expect(() => WorkspaceStore.create(path, 'X')).toThrow(expect.objectContaining({ code: 'workspace_exists' }));
    expect(readFileSync(path, 'utf8')).toBe('giữ nguyên');
  });

  it('reopens a workspace it created, with its documents', () => {
    const path = join(dir.path, 'x.vkws');
    const store = WorkspaceStore.create(path, 'Đại hội');
    store.documents.create('resolution', 'Nghị quyết Đại hội');
    store.close();
    const again = WorkspaceStore.open(path);
    expect(again.meta().name).toBe('Đại hội');
    expect(again.documents.list().map((d) => d.title)).toEqual(['Nghị quyết Đại hội']);
    expect((rawDatabase(again).prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    again.close();
  });

  it('keeps the audit log append-only', () => {
    const store = WorkspaceStore.create(join(dir.path, 'a.vkws'), 'A');
    expect(() => rawDatabase(store).exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(() => rawDatabase(store).exec("UPDATE audit_log SET actor = 'x'")).toThrow(/append-only/);
    store.close();
  });

  it('records only the audit actions of the one list, with their details as given', () => {
    const store = WorkspaceStore.create(join(dir.path, 'u.vkws'), 'U');
    store.audit.record('Nguyễn Văn An', 'document.rename', 'd1', { from: 'Dự thảo', to: 'Báo cáo chính trị' });
    // Checked by the type check, never run: each line fails to compile without its directive.
    const misspelt = () => {
      // @ts-expect-error an action that is not in shared/audit/auditActions.ts
      store.audit.record('Nguyễn Văn An', 'document.frobnicate', 'd1', null);
      // @ts-expect-error details of another shape than the action's
      store.audit.record('Nguyễn Văn An', 'document.rename', 'd1', { title: 'x' });
    };
    expect(misspelt).toBeTypeOf('function');
    const rows = rawDatabase(store).prepare("SELECT action, details FROM audit_log WHERE subject = 'd1' ORDER BY seq").all() as { action: string; details: string }[];
    expect(rows[0]).toEqual({ action: 'document.rename', details: JSON.stringify({ from: 'Dự thảo', to: 'Báo cáo chính trị' }) });
    store.close();
  });

  it('writes all of a transaction or none of it', () => {
    const store = WorkspaceStore.create(join(dir.path, 'x.vkws'), 'X');
    const failed = () =>
      store.transaction(() => {
        store.documents.create('resolution', 'Nghị quyết');
        throw new Error('giữa chừng');
      });
    expect(failed).toThrow('giữa chừng');
    expect(store.documents.list()).toEqual([]);
    expect(store.transaction(() => store.documents.create('resolution', 'Nghị quyết')).title).toBe('Nghị quyết');
    expect(store.documents.list()).toHaveLength(1);
    store.close();
  });

  it('runs a transaction inside another as part of it: undone alone when it fails, written only with the outer one', () => {
    const store = WorkspaceStore.create(join(dir.path, 'n.vkws'), 'N');
    const titles = () => store.documents.list().map((d) => d.title);
    store.transaction(() => {
      store.documents.create('other', 'Ngoài');
      expect(() => store.transaction(() => {
        store.documents.create('other', 'Trong, hỏng');
        throw new Error('bên trong');
      })).toThrow('bên trong');
      store.transaction(() => store.documents.create('other', 'Trong'));
    });
    expect(titles()).toEqual(['Ngoài', 'Trong']);
    expect(() => store.transaction(() => {
      store.transaction(() => store.documents.create('other', 'Trong, bỏ'));
      throw new Error('bên ngoài');
    })).toThrow('bên ngoài');
    expect(titles()).toEqual(['Ngoài', 'Trong']);
    store.close();
  });
});

describe('the Yjs update log', () => {
  it('compacts many updates into one with the same document state', () => {
    const store = WorkspaceStore.create(join(dir.path, 'y.vkws'), 'Y');
    const { id } = store.documents.create('other', 'Log');
    const ydoc = new Y.Doc();
    ydoc.on('update', (u: Uint8Array) => store.updates.append(id, u));
    for (let i = 0; i < 100; i++) ydoc.getText('t').insert(i, 'đ');
    expect(store.updates.count(id)).toBe(100);
    store.updates.compact(id);
    expect(store.updates.count(id)).toBe(1);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, store.updates.state(id));
    expect(restored.getText('t').toString()).toBe('đ'.repeat(100));
    store.close();
  });
});

describe('the trash', () => {
  it('keeps a deleted document, content and all, until it is restored', () => {
    const store = WorkspaceStore.create(join(dir.path, 't.vkws'), 'T');
    const kept = store.documents.create('political_report', 'Báo cáo chính trị');
    const deleted = store.documents.create('resolution', 'Nghị quyết');
    const ydoc = new Y.Doc();
    ydoc.on('update', (u: Uint8Array) => store.updates.append(deleted.id, u));
    ydoc.getText('t').insert(0, 'Nghị quyết Đại hội');

    store.documents.delete(deleted.id, 'Nguyễn Văn An');
    expect(store.documents.list().map((d) => d.id)).toEqual([kept.id]);
    expect(() => store.documents.get(deleted.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
    const [inTrash] = store.documents.listDeleted();
    expect(inTrash).toMatchObject({ id: deleted.id, title: 'Nghị quyết', kind: 'resolution' });
    expect(Date.parse(inTrash.deletedAt)).not.toBeNaN();

    expect(store.documents.restore(deleted.id, 'Nguyễn Văn An').title).toBe('Nghị quyết');
    expect(store.documents.list().map((d) => d.id)).toEqual([kept.id, deleted.id]);
    expect(store.documents.listDeleted()).toEqual([]);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, store.updates.state(deleted.id));
    expect(restored.getText('t').toString()).toBe('Nghị quyết Đại hội');
    const audited = rawDatabase(store).prepare("SELECT action, actor FROM audit_log WHERE subject = ? ORDER BY seq").all(deleted.id) as { action: string; actor: string }[];
    expect(audited.map((a) => a.action)).toEqual(['document.create', 'document.delete', 'document.restore']);
    store.close();
  });

  it('refuses to restore a document that is not in the trash', () => {
    const store = WorkspaceStore.create(join(dir.path, 'u.vkws'), 'U');
    const { id } = store.documents.create('other', 'Đang dùng');
    expect(() => store.documents.restore(id)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => store.documents.restore('00000000-0000-4000-8000-000000000000')).toThrow(expect.objectContaining({ code: 'not_found' }));
    store.close();
  });
});
