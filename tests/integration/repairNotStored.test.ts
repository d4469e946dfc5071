import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportDocumentFile } from '../../main/services/documents/documentFiles.ts';
import { freezeDraft, getDraft, restoreDraft, transactStoredCopy, writeDocumentContent } from '../../main/services/drafts/index.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { proseMirrorDocOf } from '../../shared/content/proseMirrorDocOf.ts';
import { repairContent } from '../../shared/content/repairContent.ts';
import { yContentJson } from '../../shared/content/yContentJson.ts';
import { yDocOfUpdates } from '../../shared/content/yDocOfUpdates.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { DRAFT_BLOCKS } from '../fixtures/draftBlocks.ts';
import { POISON_KINDS, poisonStoredDocument } from '../fixtures/poisonedContent.ts';
import { holdWriteLock, type HeldLock } from '../helpers/holdWriteLock.ts';
import { connectProvider, settled, waitFor, type TestProvider } from '../helpers/provider.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { useTestServer } from '../helpers/testServer.ts';

// A load waits at most 600 ms (on timers) for another program's lock before it is refused.
const env = useTestServer({ sync: { lockRetry: { totalMs: 600 } } });
const BARE = POISON_KINDS.find((k) => k.name === 'bare text at the top level')!;
const meta = { stage: 'subcommittee' as const, author: 'Tổ biên tập', note: '' };

let opened: TestProvider[] = [];
let lock: HeldLock | undefined;
afterEach(async () => {
  await lock?.release();
  lock = undefined;
  for (const p of opened) p.destroy();
  opened = [];
});

const repairRows = (store: WorkspaceStore, documentId: string) =>
  (rawDatabase(store).prepare('SELECT COUNT(*) AS n FROM content_repairs WHERE document_id = ?').get(documentId) as { n: number }).n;

/** A document of the running server with the draft fixture's blocks and bare text appended on disk. */
async function poisonedOnServer() {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội' });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  const store = env.server.workspaces.store(workspace.id);
  writeDocumentContent(store, document.id, docFromFlatBlocks(DRAFT_BLOCKS));
  poisonStoredDocument(store, document.id, BARE);
  return { ref: { workspaceId: workspace.id as string, documentId: document.id as string }, store };
}

/** An editor of `ref`, with the close codes its socket got and whether it was told it may not open the document. */
function editor(ref: { workspaceId: string; documentId: string }) {
  const p = connectProvider(env.server.url, env.server.secret, ref.workspaceId, ref.documentId);
  opened.push(p);
  const closes: number[] = [];
  let denied = false;
  p.provider.on('close', ({ event }: { event: { code: number } }) => closes.push(event.code));
  p.provider.on('authenticationFailed', () => (denied = true));
  return { ...p, closes, denied: () => denied };
}

const isValid = (ydoc: Y.Doc) => repairContent(yContentJson(ydoc.getXmlFragment(CONTENT_FRAGMENT))).repairs.length === 0;

describe('a repair on load that cannot be stored, on the server', () => {
  it('is never served: the editor is closed with the fault\'s code, and gets the repaired document once the repair is stored', async () => {
    const { ref, store } = await poisonedOnServer();
    rawDatabase(store).exec('PRAGMA query_only = ON'); // the file cannot be written
    const first = editor(ref);
    try {
      await waitFor(() => first.closes.length > 0 || first.provider.isSynced, 10_000, 'the first editor to be served or refused');
      expect(first.provider.isSynced).toBe(false);
      expect(first.closes[0]).toBe(CLOSE.storageReadonly.code);
      expect(first.denied()).toBe(false);
      expect(repairRows(store, ref.documentId)).toBe(0);
    } finally {
      rawDatabase(store).exec('PRAGMA query_only = OFF');
    }
    const second = editor(ref);
    await settled(second.provider);
    expect(isValid(second.ydoc)).toBe(true);
    expect(second.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()).toContain(BARE.text);
    expect(repairRows(store, ref.documentId)).toBe(1);
  });

  it('waits on timers while another process holds the lock briefly, then stores the repair before it serves the document', async () => {
    const { ref, store } = await poisonedOnServer();
    lock = await holdWriteLock(store.path);
    const a = editor(ref);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(a.provider.isSynced).toBe(false); // not served while its repair cannot be stored
    await lock.release();
    lock = undefined;
    await settled(a.provider);
    expect(a.closes).toEqual([]);
    expect(isValid(a.ydoc)).toBe(true);
    expect(repairRows(store, ref.documentId)).toBe(1);
  });

  it('closes every editor waiting for the load with storageLocked when the lock outlasts the wait, none told it may not open the document', async () => {
    const { ref, store } = await poisonedOnServer();
    lock = await holdWriteLock(store.path);
    const waiting = [editor(ref), editor(ref), editor(ref)];
    await waitFor(() => waiting.every((e) => e.closes.length > 0 || e.provider.isSynced), 10_000, 'every editor to be served or refused');
    expect(waiting.map((e) => ({ synced: e.provider.isSynced, close: e.closes[0], denied: e.denied() }))).toEqual(
      waiting.map(() => ({ synced: false, close: CLOSE.storageLocked.code, denied: false })),
    );
    await lock.release();
    lock = undefined;
    const later = editor(ref);
    await settled(later.provider);
    expect(isValid(later.ydoc)).toBe(true);
    expect(repairRows(store, ref.documentId)).toBe(1);
  });

  it('refuses a restore through the server (a server-side edit loads the document too) with the storage error, writing nothing', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Đại hội' });
    const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'other', title: 'Báo cáo' });
    const ref = { workspaceId: workspace.id as string, documentId: document.id as string };
    const store = env.server.workspaces.store(ref.workspaceId);
    writeDocumentContent(store, ref.documentId, docFromFlatBlocks(DRAFT_BLOCKS));
    await env.call('draft.freeze', { ...ref, ...meta }); // draft 1, before the poison
    poisonStoredDocument(store, ref.documentId, BARE);
    rawDatabase(store).exec("CREATE TEMP TRIGGER fail_repair BEFORE INSERT ON content_repairs BEGIN SELECT RAISE(ABORT, 'the repair cannot be stored (test)'); END");
    const rows = store.updates.count(ref.documentId);
    try {
      const refused = await rpc(env.server.url, env.server.secret, 'draft.restore', { ...ref, number: 1, author: 'Tổ biên tập' });
      expect({ status: refused.status, code: refused.body.error?.code }).toEqual({ status: 503, code: 'storage_failed' });
      expect(store.updates.count(ref.documentId)).toBe(rows);
      expect(store.checkpoints.list(ref.documentId)).toEqual([]);
    } finally {
      rawDatabase(store).exec('DROP TRIGGER fail_repair');
    }
    expect((await env.call('draft.restore', { ...ref, number: 1, author: 'Tổ biên tập' })).restored).toBe(true);
    expect(repairRows(store, ref.documentId)).toBe(1);
  });
});

/**
 * A store with a poisoned document (and draft 1 frozen before the poison), on which storing a
 * content repair fails while every other write works: the case where a writer would otherwise
 * build on a repair that exists only in its memory.
 */
function storeWithUnstorableRepair() {
  const dir = tempDir();
  const store = WorkspaceStore.create(join(dir.path, 'w.vkws'), 'W');
  const document = store.documents.create('political_report', 'Báo cáo');
  writeDocumentContent(store, document.id, docFromFlatBlocks(DRAFT_BLOCKS));
  freezeDraft(store, document.id, meta, 'test');
  poisonStoredDocument(store, document.id, BARE);
  const failRepairs = (on: boolean) =>
    rawDatabase(store).exec(
      on
        ? "CREATE TEMP TRIGGER fail_repair BEFORE INSERT ON content_repairs BEGIN SELECT RAISE(ABORT, 'the repair cannot be stored (test)'); END"
        : 'DROP TRIGGER fail_repair',
    );
  failRepairs(true);
  /** The working copy as a new process would read it: the stored rows, repaired in memory. */
  const storedText = () => {
    const ydoc = yDocOfUpdates(store.updates.load(document.id));
    const text = proseMirrorDocOf(ydoc).textBetween(0, proseMirrorDocOf(ydoc).content.size, '\n');
    ydoc.destroy();
    return text;
  };
  const counts = () => ({
    updates: store.updates.count(document.id),
    drafts: store.drafts.list(document.id).length,
    checkpoints: store.checkpoints.list(document.id).length,
    repairs: repairRows(store, document.id),
  });
  return {
    store,
    documentId: document.id,
    failRepairs,
    storedText,
    counts,
    close() {
      store.close();
      dir.remove();
    },
  };
}

describe('a repair on load that cannot be stored, in services that write after loading', () => {
  it('stops an import over the document before anything is written, and the import works once the repair can be stored', () => {
    const w = storeWithUnstorableRepair();
    try {
      const before = { text: w.storedText(), counts: w.counts() };
      const replacement = docFromFlatBlocks([{ id: 'n1', type: 'paragraph', level: null, text: 'Nội dung nhập từ tệp.' }]);
      expect(() => writeDocumentContent(w.store, w.documentId, replacement, { fileName: 'moi.docx' })).toThrow();
      expect({ text: w.storedText(), counts: w.counts() }).toEqual(before);
      w.failRepairs(false);
      writeDocumentContent(w.store, w.documentId, replacement, { fileName: 'moi.docx' });
      // Every write that returned is readable by the next process.
      expect(w.storedText()).toBe('Nội dung nhập từ tệp.');
      expect(w.counts().repairs).toBe(1);
    } finally {
      w.close();
    }
  });

  it('stops a restore of a stored copy (the CLI\'s) before anything is written, and the restore works once the repair can be stored', async () => {
    const w = storeWithUnstorableRepair();
    try {
      const before = { text: w.storedText(), counts: w.counts() };
      const restore = () => restoreDraft(w.store, w.documentId, { draft: 1 }, { actor: 'test', author: 'Tổ biên tập' }, transactStoredCopy(w.store, w.documentId));
      await expect(restore()).rejects.toThrow();
      expect({ text: w.storedText(), counts: w.counts() }).toEqual(before);
      w.failRepairs(false);
      expect((await restore()).restored).toBe(true);
      expect(w.storedText()).toBe(DRAFT_BLOCKS.map((b) => b.text).join('\n'));
    } finally {
      w.close();
    }
  });

  it('refuses to freeze a draft of it, and freezes once the repair can be stored', () => {
    const w = storeWithUnstorableRepair();
    try {
      const before = w.counts();
      expect(() => freezeDraft(w.store, w.documentId, meta, 'test')).toThrow();
      expect(w.counts()).toEqual(before);
      w.failRepairs(false);
      expect(freezeDraft(w.store, w.documentId, meta, 'test').number).toBe(2);
    } finally {
      w.close();
    }
  });

  it('still lets readers read it, repaired in memory: the working copy view and the export', async () => {
    const w = storeWithUnstorableRepair();
    try {
      const before = w.counts();
      const working = getDraft(w.store, w.documentId, 'working');
      expect(working.repairs.length).toBeGreaterThan(0);
      expect(working.blocks.map((b) => b.text)).toContain(BARE.text);
      const file = await exportDocumentFile(w.store, w.documentId, 'txt', 'test');
      expect(Buffer.from(file.bytes).toString('utf8')).toContain(BARE.text);
      expect({ ...w.counts(), repairs: 0 }).toEqual({ ...before, repairs: 0 });
    } finally {
      w.close();
    }
  });
});
