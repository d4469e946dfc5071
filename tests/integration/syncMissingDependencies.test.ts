import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { SYNC_LIMITS } from '../../shared/rpc/syncLimits.ts';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { isSaved, superviseSync } from '../../renderer/editor/superviseSync.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { authMessage, openRawSync, updateMessage } from '../helpers/rawSync.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { plainText, typeText } from '../helpers/yContent.ts';

const HELD_MS = 1500;
// Updates that wait for what they need are held 1.5 s here (5 s in service): long enough that a
// socket closed "at once" (connect, authenticate, send, refuse) is told apart from one held to the
// end on a loaded machine, where the first alone took 0.76 s at load average 14.
const env = useTestServer({ sync: { heldMs: HELD_MS } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function newDocument() {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội XVII' });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  return { workspaceId: workspace.id, documentId: document.id, name: syncDocumentName(workspace.id, document.id) };
}
type Doc = Awaited<ReturnType<typeof newDocument>>;

const rowsOf = (doc: Doc) => env.server.workspaces.store(doc.workspaceId).updates.count(doc.documentId);
const liveOf = (doc: Doc) => env.server.sync.hocuspocus.documents.get(doc.name)!;

/**
 * Two updates of one editor's typing on top of the document `base`: the second builds on the
 * first; `both` is what its sync step 2 would carry (everything since `base`).
 */
function typedTwice(base: Y.Doc, first: string, second: string): { first: Uint8Array; second: Uint8Array; both: Uint8Array } {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(base));
  const start = Y.encodeStateVector(ydoc);
  typeText(ydoc, first);
  const middle = Y.encodeStateVector(ydoc);
  typeText(ydoc, second);
  const result = { first: Y.encodeStateAsUpdate(ydoc, start), second: Y.encodeStateAsUpdate(ydoc, middle), both: Y.encodeStateAsUpdate(ydoc, start) };
  ydoc.destroy();
  return result;
}

/** An update holding only deletions, of `ranges` ranges of a client the document has never seen. */
function deletionsOfNobody(ranges: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, 1); // one client in the delete set
  encoding.writeVarUint(e, 987_654_321);
  encoding.writeVarUint(e, ranges);
  for (let i = 0; i < ranges; i++) {
    encoding.writeVarUint(e, 2 * i);
    encoding.writeVarUint(e, 1);
  }
  return encoding.toUint8Array(e);
}

/** How many of the server's SyncStatus messages say "applied" (the provider's acknowledgements). */
function acknowledgements(received: Uint8Array[]): number {
  return received.filter((m) => {
    const decoder = decoding.createDecoder(m);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === 8 && decoding.readVarUint(decoder) === 1;
  }).length;
}

/**
 * Sends `updates` on a fresh raw socket; resolves, once it is closed or has `acks`
 * acknowledgements (or after 3 s), with its close code (-1 while open) and its acknowledgements.
 */
async function sendRaw(doc: Doc, updates: Uint8Array[], acks = 1): Promise<{ code: number; acknowledged: number }> {
  const raw = await openRawSync(env.server.url, env.server.secret);
  let code = -1;
  void raw.closed.then((event) => (code = event.code));
  raw.send(authMessage(doc.name));
  for (const update of updates) raw.send(updateMessage(doc.name, update));
  await waitFor(() => code !== -1 || acknowledgements(raw.received) >= acks, 3000, 'a close or the acknowledgements').catch(() => undefined);
  await sleep(50); // a close right after an acknowledgement would be seen too
  raw.close();
  return { code, acknowledged: acknowledgements(raw.received) };
}

/** Whether a provider's outgoing message is a Yjs update (sync message, update step). */
function isUpdate(message: Uint8Array): boolean {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  return decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 2;
}

describe('updates that need changes the server does not have', () => {
  it('are neither acknowledged, stored nor broadcast, leave nothing pending, and close the socket when what they need never comes', async () => {
    const doc = await newDocument();
    const watcher = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    await settled(watcher.provider);
    const rows = rowsOf(doc);
    const typed = typedTwice(watcher.ydoc, 'Một', ' hai');
    const started = Date.now();
    expect(await sendRaw(doc, [typed.second, deletionsOfNobody(1000)])).toEqual({ code: CLOSE.missingDependencies.code, acknowledged: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(HELD_MS - 50); // held first, for what they need
    expect(rowsOf(doc)).toBe(rows);
    expect(liveOf(doc).store.pendingStructs).toBeNull();
    expect(liveOf(doc).store.pendingDs).toBeNull();
    // An editor that joins now gets the document as it is, not a load of pending data.
    const joiner = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    await settled(joiner.provider);
    expect([joiner.ydoc.store.pendingStructs, joiner.ydoc.store.pendingDs]).toEqual([null, null]);
    expect(plainText(watcher.ydoc)).toBe('');
    watcher.destroy();
    joiner.destroy();
  });

  it('are acknowledged once what they need is stored, as when typing reaches the server before the step 2 that carries it', async () => {
    const doc = await newDocument();
    const watcher = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    await settled(watcher.provider);
    const rows = rowsOf(doc);
    const typed = typedTwice(watcher.ydoc, 'Một', ' hai');
    // The typing first, then the step 2 with everything: two acknowledgements, the socket stays.
    expect(await sendRaw(doc, [typed.second, typed.both], 2)).toEqual({ code: -1, acknowledged: 2 });
    expect(rowsOf(doc)).toBeGreaterThan(rows);
    await waitFor(() => plainText(watcher.ydoc) === 'Một hai', 5000, 'the complete change to reach the watcher');
    watcher.destroy();
  });

  it('close the socket at once past the bound of what is held, dropping the rest unread', async () => {
    const doc = await newDocument();
    const watcher = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    await settled(watcher.provider);
    // One over 1 MB (as the review's 15 MB delete set), and a burst of more than 100 small ones.
    const burst = Array.from({ length: SYNC_LIMITS.heldUpdates + 20 }, (_, i) => typedTwice(watcher.ydoc, `a${i}`, 'x').second);
    for (const updates of [[deletionsOfNobody(300_000)], burst]) {
      const started = Date.now();
      expect(await sendRaw(doc, updates)).toEqual({ code: CLOSE.missingDependencies.code, acknowledged: 0 });
      expect(Date.now() - started).toBeLessThan(HELD_MS);
    }
    expect(liveOf(doc).store.pendingStructs).toBeNull();
    // The document goes on: a keystroke is stored and broadcast.
    const editor = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    await settled(editor.provider);
    typeText(editor.ydoc, 'Vẫn soạn được.');
    await settled(editor.provider);
    await waitFor(() => plainText(watcher.ydoc) === 'Vẫn soạn được.', 5000, 'the keystroke to reach the watcher');
    watcher.destroy();
    editor.destroy();
  });

  it('make the editor reconnect and resend what it has: an update lost on the way is stored, and "saved" waits for it', async () => {
    const doc = await newDocument();
    const editor = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    const sync = superviseSync(editor.provider, () => undefined);
    await settled(editor.provider);
    let opens = 0;
    editor.provider.on('open', () => opens++);
    // The next update the editor sends is lost in transit; the one after it arrives, and waits.
    const socket = editor.provider.configuration.websocketProvider;
    const send = socket.send.bind(socket);
    let drop = true;
    socket.send = (message: Uint8Array) => {
      if (drop && isUpdate(message)) drop = false;
      else send(message);
    };
    typeText(editor.ydoc, 'Mất trên đường');
    typeText(editor.ydoc, ', rồi gửi lại.');
    await sleep(HELD_MS / 2);
    expect(isSaved(sync.state)).toBe(false);
    await waitFor(() => opens > 0, 5000, 'the editor to reconnect');
    await waitFor(() => isSaved(sync.state), 10_000, 'everything to be saved');
    expect(sync.state.refused).toBeNull();
    sync.dispose();
    editor.destroy();
    await env.restart();
    const reader = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    await settled(reader.provider);
    expect(plainText(reader.ydoc)).toBe('Mất trên đường, rồi gửi lại.');
    reader.destroy();
  });
});

describe('a document whose stored rows wait for a change that was never stored (before this rule)', () => {
  it('can still be edited and saved across reconnects: its editors are not sent the waiting rows, so never send them back', async () => {
    const doc = await newDocument();
    const base = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    await settled(base.provider);
    const typed = typedTwice(base.ydoc, 'Mất', ' rồi');
    base.destroy();
    await waitFor(() => env.server.sync.documentCount() === 0, 5000, 'the document to unload');
    env.server.workspaces.store(doc.workspaceId).updates.append(doc.documentId, typed.second); // as the old server stored it
    const editor = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    const sync = superviseSync(editor.provider, () => undefined);
    await settled(editor.provider);
    expect([editor.ydoc.store.pendingStructs, editor.ydoc.store.pendingDs]).toEqual([null, null]);
    let opens = 0;
    editor.provider.on('open', () => opens++);
    // A reconnect: the editor's step 2 would carry the waiting rows back, if it had them.
    for (const connection of liveOf(doc).getConnections()) connection.webSocket.close(1012, 'restart');
    await waitFor(() => opens === 1, 10_000, 'the editor to reconnect');
    typeText(editor.ydoc, 'Vẫn lưu được.');
    await waitFor(() => isSaved(sync.state), 10_000, 'the edit to be saved');
    await sleep(500);
    expect(opens).toBe(1); // no refusal, no reconnect after the one made here
    // An editor that still holds what the rows need sends it, and the text they carry appears.
    expect(await sendRaw(doc, [typed.first, typed.second], 2)).toEqual({ code: -1, acknowledged: 2 });
    await waitFor(() => plainText(editor.ydoc).includes('Mất rồi'), 5000, 'the waiting text to appear');
    sync.dispose();
    editor.destroy();
  });
});
