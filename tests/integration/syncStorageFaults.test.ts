import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { superviseSync } from '../../renderer/editor/superviseSync.ts';
import { holdWriteLock } from '../helpers/holdWriteLock.ts';
import { connectProvider, settled, waitFor, type TestProvider } from '../helpers/provider.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { plainText, typeText } from '../helpers/yContent.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';

// The server waits on a lock for 1.5 s (on timers) before it gives up with storage_locked.
const env = useTestServer({ sync: { lockRetry: { totalMs: 1500 } } });

interface Doc {
  workspaceId: string;
  documentId: string;
}

async function documentIn(workspaceName: string): Promise<Doc> {
  const { workspace } = await env.call('workspace.create', { name: workspaceName });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  return { workspaceId: workspace.id, documentId: document.id };
}

const open = (doc: Doc) => connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
const storeOf = (doc: Doc) => env.server.workspaces.store(doc.workspaceId);
/** The document's update-log rows as stored: how many and how many bytes. */
const rowsOf = (doc: Doc) => ({ count: storeOf(doc).updates.count(doc.documentId), bytes: storeOf(doc).updates.bytes(doc.documentId) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two editors of `doc` (the writer's sync state watched as the editor watches it) and one of `other`. */
async function editors(doc: Doc, other: Doc) {
  const writer = open(doc);
  const watcher = open(doc);
  const elsewhere = open(other);
  const sync = superviseSync(writer.provider, () => undefined);
  let connections = 0;
  writer.provider.on('open', () => connections++);
  await Promise.all([settled(writer.provider), settled(watcher.provider), settled(elsewhere.provider)]);
  return {
    writer,
    watcher,
    elsewhere,
    sync,
    connections: () => connections,
    close() {
      sync.dispose();
      for (const p of [writer, watcher, elsewhere]) p.destroy();
    },
  };
}

/** A keystroke and an RPC in another workspace, answered while `doc`'s write waits: their time. */
async function elsewhereWorks(elsewhere: TestProvider, other: Doc, text: string): Promise<number> {
  const started = performance.now();
  typeText(elsewhere.ydoc, text);
  await settled(elsewhere.provider);
  await env.call('document.rename', { ...other, title: `Đổi tên ${text}` });
  return performance.now() - started;
}

/** After a restart, what a new editor reads of `doc`. */
async function storedText(doc: Doc): Promise<string> {
  await env.restart();
  const reader = open(doc);
  await settled(reader.provider);
  const text = plainText(reader.ydoc);
  reader.destroy();
  return text;
}

describe('sync storage faults', () => {
  it('acknowledges and broadcasts nothing while another process holds the write lock, keeps other workspaces going, and stores it all once released', async () => {
    const doc = await documentIn('Đại hội XVII');
    const other = await documentIn('Đảng bộ phường');
    const e = await editors(doc, other);
    const before = rowsOf(doc);
    const lock = await holdWriteLock(storeOf(doc).path);
    try {
      typeText(e.writer.ydoc, 'Gõ khi tệp bị khoá. ');
      // While the server waits for the lock, another workspace is served at once.
      expect(await elsewhereWorks(e.elsewhere, other, 'một')).toBeLessThan(500);
      await waitFor(() => e.sync.state.fault === 'storageLocked', 10_000, 'the editor to name the lock');
      expect(e.writer.provider.unsyncedChanges).toBeGreaterThan(0);
      expect(e.sync.state.connection).not.toBe('unavailable');

      // An RPC write in the locked workspace fails fast, with the lock named.
      const started = performance.now();
      const refused = await rpc(env.server.url, env.server.secret, 'document.rename', { ...doc, title: 'Không đổi được' });
      expect(performance.now() - started).toBeLessThan(500);
      expect(refused.status).toBe(423);
      expect(refused.body.error).toMatchObject({ code: 'storage_locked', message: expect.stringContaining('Hãy đóng chương trình đó') });

      typeText(e.writer.ydoc, 'Gõ tiếp khi vẫn bị khoá.');
      expect(await elsewhereWorks(e.elsewhere, other, 'hai')).toBeLessThan(500);
      await sleep(500);
      expect(plainText(e.watcher.ydoc)).not.toContain('khoá');
      expect(rowsOf(doc)).toEqual(before);
    } finally {
      await lock.release();
    }
    await settled(e.writer.provider, 20_000);
    expect(e.sync.state.fault).toBeNull();
    await waitFor(() => plainText(e.watcher.ydoc).includes('Gõ tiếp khi vẫn bị khoá.'), 5000, 'the watcher to receive the text');
    e.close();
    expect(await storedText(doc)).toBe('Gõ khi tệp bị khoá. Gõ tiếp khi vẫn bị khoá.');
  });

  it('refuses to acknowledge on a full disk, backs off instead of hammering, and stores the text once there is room', async () => {
    const doc = await documentIn('Đại hội XVII');
    const other = await documentIn('Đảng bộ phường');
    const e = await editors(doc, other);
    const before = rowsOf(doc);
    const db = rawDatabase(storeOf(doc));
    const { page_count } = db.prepare('PRAGMA page_count').get() as { page_count: number };
    db.exec(`PRAGMA max_page_count = ${page_count}`);
    const long = 'Phát triển kinh tế nhanh và bền vững. '.repeat(200); // needs new pages
    try {
      typeText(e.writer.ydoc, long);
      await waitFor(() => e.sync.state.fault === 'diskFull', 10_000, 'the editor to say the disk is full');
      const connectionsAtFault = e.connections();
      expect(await elsewhereWorks(e.elsewhere, other, 'ba')).toBeLessThan(500);
      // A server-side edit (as a draft restore makes) fails with the named error and changes nothing.
      await expect(env.server.sync.transactDocument(doc.workspaceId, doc.documentId, 'test', (ydoc) => typeText(ydoc, 'Khôi phục. '.repeat(800)))).rejects.toMatchObject({
        code: 'disk_full',
      });
      await sleep(6000);
      // Reconnects after 1 s, then 2 s, then 4 s: at most 3 in these 6 s (one a second without back-off).
      expect(e.connections() - connectionsAtFault).toBeLessThanOrEqual(3);
      expect(e.connections() - connectionsAtFault).toBeGreaterThanOrEqual(1);
      expect(e.sync.state.fault).toBe('diskFull');
      expect(plainText(e.watcher.ydoc)).toBe('');
      expect(rowsOf(doc)).toEqual(before);
    } finally {
      db.exec('PRAGMA max_page_count = 1073741823');
    }
    await settled(e.writer.provider, 30_000);
    expect(e.sync.state.fault).toBeNull();
    await waitFor(() => plainText(e.watcher.ydoc) === long, 5000, 'the watcher to receive the text');
    e.close();
    expect(await storedText(doc)).toBe(long);
  });

  it('names a read-only file, and a draft restore in it fails with storage_readonly and sends nothing', async () => {
    const doc = await documentIn('Đại hội XVII');
    const other = await documentIn('Đảng bộ phường');
    const e = await editors(doc, other);
    typeText(e.writer.ydoc, 'Dự thảo lần 1.');
    await settled(e.writer.provider);
    await env.call('draft.freeze', { ...doc, stage: 'subcommittee', author: 'Tổ biên tập', note: '' });
    typeText(e.writer.ydoc, ' Sửa sau dự thảo.');
    await settled(e.writer.provider);
    const before = rowsOf(doc);
    rawDatabase(storeOf(doc)).exec('PRAGMA query_only = 1');
    try {
      const restore = await rpc(env.server.url, env.server.secret, 'draft.restore', { ...doc, number: 1, author: 'Tổ biên tập' });
      expect(restore.body.error).toMatchObject({ code: 'storage_readonly', message: expect.stringContaining('cấp quyền ghi') });
      typeText(e.writer.ydoc, ' Thêm.');
      await waitFor(() => e.sync.state.fault === 'storageReadonly', 10_000, 'the editor to name the read-only file');
      expect(plainText(e.watcher.ydoc)).toBe('Dự thảo lần 1. Sửa sau dự thảo.');
      expect(rowsOf(doc)).toEqual(before);
    } finally {
      rawDatabase(storeOf(doc)).exec('PRAGMA query_only = 0');
    }
    await settled(e.writer.provider, 20_000);
    e.close();
    expect(await storedText(doc)).toBe('Dự thảo lần 1. Sửa sau dự thảo. Thêm.');
  });

  it('drops a write made straight to a live document that cannot be stored: no one receives it, editors are closed with the fault and reload what is on disk', async () => {
    const doc = await documentIn('Đại hội XVII');
    const other = await documentIn('Đảng bộ phường');
    const e = await editors(doc, other);
    typeText(e.writer.ydoc, 'Đã lưu từ trước.');
    await settled(e.writer.provider);
    // Compaction on unload may merge the rows; what they hold must not change.
    const storedVector = () => Y.encodeStateVectorFromUpdate(storeOf(doc).updates.state(doc.documentId));
    const before = storedVector();
    const db = rawDatabase(storeOf(doc));
    const { page_count } = db.prepare('PRAGMA page_count').get() as { page_count: number };
    db.exec(`PRAGMA max_page_count = ${page_count}`);
    const live = env.server.sync.hocuspocus.documents.get(syncDocumentName(doc.workspaceId, doc.documentId))!;
    try {
      live.transact(() => typeText(live, ' Sửa thẳng vào bản đang mở.'.repeat(300)), 'code-that-writes-directly');
      await waitFor(() => e.sync.state.fault === 'diskFull', 10_000, 'the editor to be closed with the fault');
      expect(storedVector()).toEqual(before);
      expect(env.server.sync.hocuspocus.documents.get(syncDocumentName(doc.workspaceId, doc.documentId))).not.toBe(live);
    } finally {
      db.exec('PRAGMA max_page_count = 1073741823');
    }
    await settled(e.writer.provider, 30_000);
    await settled(e.watcher.provider, 30_000);
    expect(e.sync.state.fault).toBeNull();
    expect(plainText(e.writer.ydoc)).toBe('Đã lưu từ trước.');
    expect(plainText(e.watcher.ydoc)).toBe('Đã lưu từ trước.');
    e.close();
    expect(await storedText(doc)).toBe('Đã lưu từ trước.');
  });

  it('opens a workspace whose file another process has locked without waiting for the lock, and reads it', async () => {
    const doc = await documentIn('Đại hội XVII');
    await env.restart(); // the store is opened again on first use
    const lock = await holdWriteLock(env.server.workspaces.pathOf(doc.workspaceId));
    try {
      const started = performance.now();
      const { documents } = await env.call('document.list', { workspaceId: doc.workspaceId });
      expect(performance.now() - started).toBeLessThan(500);
      expect(documents.map((d: { id: string }) => d.id)).toEqual([doc.documentId]);
    } finally {
      await lock.release();
    }
  });
});
