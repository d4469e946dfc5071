import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { POISON_KINDS, poisonStoredDocument } from '../fixtures/poisonedContent.ts';
import { holdWriteLock, type HeldLock } from '../helpers/holdWriteLock.ts';
import { connectProvider, settled, waitFor, type TestProvider } from '../helpers/provider.ts';
import { call } from '../helpers/rpc.ts';
import { SERVE_SECRET, startServe, type ServeProcess } from '../helpers/serveChild.ts';
import { fillDisk, mountSmallDisk, type SmallDisk } from '../helpers/smallDisk.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { plainText } from '../helpers/yContent.ts';

const BARE = POISON_KINDS.find((k) => k.name === 'bare text at the top level')!;

let dir: ReturnType<typeof tempDir> | undefined;
let disk: SmallDisk | undefined;
let server: ServeProcess | undefined;
let lock: HeldLock | undefined;
let opened: TestProvider[] = [];
afterEach(async () => {
  await lock?.release();
  lock = undefined;
  for (const p of opened) p.destroy();
  opened = [];
  await server?.stop('SIGKILL');
  server = undefined;
  disk?.unmount();
  disk = undefined;
  dir?.remove();
  dir = undefined;
});

interface Ref {
  workspaceId: string;
  documentId: string;
}

/**
 * `vankien serve` on `dataDir` with one document whose stored content holds bare text at the top
 * level (as an older client could store it), appended on disk while the server runs and before
 * anything loaded the document. The workspace is open in the server (its WAL just checkpointed).
 */
async function servedPoisonedDocument(dataDir: string): Promise<{ ref: Ref; file: string }> {
  server = await startServe(dataDir);
  const { workspace } = await call(server.url!, SERVE_SECRET, 'workspace.create', { name: 'Đại hội' });
  const { document } = await call(server.url!, SERVE_SECRET, 'document.create', { workspaceId: workspace.id, kind: 'other', title: 'Báo cáo' });
  const file = join(dataDir, `${workspace.id}.vkws`);
  const store = WorkspaceStore.open(file);
  poisonStoredDocument(store, document.id, BARE);
  store.close();
  await call(server.url!, SERVE_SECRET, 'document.list', { workspaceId: workspace.id });
  return { ref: { workspaceId: workspace.id, documentId: document.id }, file };
}

function connect(ref: Ref): TestProvider {
  const p = connectProvider(server!.url!, SERVE_SECRET, ref.workspaceId, ref.documentId);
  opened.push(p);
  return p;
}

/**
 * Opens the document as the editor does: a socket closed with a storage code is opened again
 * (after 200 ms here), until the document is served. `refusals` are the close codes met.
 */
function openAsTheEditorDoes(ref: Ref) {
  const state = { refusals: [] as number[], editor: null as TestProvider | null, ready: null as unknown as Promise<TestProvider> };
  state.ready = (async () => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const p = connect(ref);
      const closes: number[] = [];
      p.provider.on('close', ({ event }: { event: { code: number } }) => closes.push(event.code));
      await waitFor(() => closes.length > 0 || p.provider.isSynced, 15_000, 'the document to be served or refused');
      if (p.provider.isSynced && closes.length === 0) return (state.editor = p);
      state.refusals.push(closes[0]);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`the document was never served: ${state.refusals.join(', ')}`);
  })();
  return state;
}

/** Types at the end of the paragraph the repair made of the bare text. */
function typeIntoRepairedParagraph(ydoc: Y.Doc, text: string): void {
  const paragraph = ydoc
    .getXmlFragment(CONTENT_FRAGMENT)
    .toArray()
    .find((e): e is Y.XmlElement => e instanceof Y.XmlElement && e.toString().includes(BARE.text));
  if (!paragraph) throw new Error('the repaired paragraph is not in the editor');
  const t = paragraph.get(0) as Y.XmlText;
  ydoc.transact(() => t.insert(t.length, text), 'test');
}

/** Another editor adds a paragraph at the top: a change between the load and the restart. */
async function anotherEditorAddsAParagraph(ref: Ref, text: string): Promise<void> {
  const b = connect(ref);
  await settled(b.provider);
  const p = new Y.XmlElement('paragraph');
  p.setAttribute('id', 'para-b');
  p.insert(0, [new Y.XmlText(text)]);
  b.ydoc.transact(() => b.ydoc.getXmlFragment(CONTENT_FRAGMENT).insert(0, [p]), 'test');
  await settled(b.provider);
}

/** SIGKILL, start again, and the text a new editor reads. */
async function killAndRead(dataDir: string, ref: Ref): Promise<string> {
  for (const p of opened) p.destroy();
  opened = [];
  await server!.stop('SIGKILL');
  server = await startServe(dataDir);
  const reader = connect(ref);
  await settled(reader.provider);
  return plainText(reader.ydoc);
}

/**
 * The fault is on while editor A opens the poisoned document (its repair cannot be stored), then
 * ends; A types into the repaired paragraph, B adds a paragraph, each acknowledged; the server is
 * killed and started again. Every acknowledged edit must be readable.
 */
async function faultDuringLoad(dataDir: string, ref: Ref, fault: { end(): Promise<void> }) {
  const a = openAsTheEditorDoes(ref);
  await waitFor(() => a.refusals.length > 0 || a.editor !== null, 20_000, 'editor A to be served or refused during the fault');
  await fault.end();
  const editorA = await a.ready;
  typeIntoRepairedParagraph(editorA.ydoc, ' + SỬA CỦA A');
  await settled(editorA.provider); // acknowledged
  await anotherEditorAddsAParagraph(ref, 'ĐOẠN CỦA B'); // acknowledged
  return { text: await killAndRead(dataDir, ref), refusals: a.refusals };
}

describe('a document whose repair on load cannot be stored, then SIGKILL and restart', () => {
  it('keeps every acknowledged edit when another process held the lock during the load', async () => {
    dir = tempDir();
    const { ref, file } = await servedPoisonedDocument(dir.path);
    lock = await holdWriteLock(file);
    const held = lock;
    // Held past the 3 s a load waits for a lock, so the load is refused at least once.
    const { text, refusals } = await faultDuringLoad(dir.path, ref, {
      end: async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await held.release();
        lock = undefined;
      },
    });
    expect(text).toContain(`${BARE.text} + SỬA CỦA A`);
    expect(text).toContain('ĐOẠN CỦA B');
    expect(refusals[0]).toBe(CLOSE.storageLocked.code);
  });

  it('keeps every acknowledged edit when the disk was full during the load', async () => {
    dir = tempDir();
    disk = mountSmallDisk(dir.path);
    const { ref } = await servedPoisonedDocument(disk.path);
    const filler = fillDisk(disk.path);
    const { text, refusals } = await faultDuringLoad(disk.path, ref, {
      end: async () => rmSync(filler),
    });
    expect(text).toContain(`${BARE.text} + SỬA CỦA A`);
    expect(text).toContain('ĐOẠN CỦA B');
    expect(refusals[0]).toBe(CLOSE.diskFull.code);
  });
});
