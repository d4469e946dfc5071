import * as decoding from 'lib0/decoding';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { holdWriteLock } from '../helpers/holdWriteLock.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { authMessage, openRawSync, updateMessage } from '../helpers/rawSync.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { plainText, typeText } from '../helpers/yContent.ts';

const WAITING_BYTES = 32 * 1024;
// Writes wait up to 10 s for the other process's lock, so the updates pile up behind the first.
const env = useTestServer({ sync: { waitingBytes: WAITING_BYTES, lockRetry: { totalMs: 10_000 } } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Bytes waiting in Hocuspocus' own queues of a document's connections (a private field, read to check the bound). */
function queuedBytes(name: string): number {
  const connections = env.server.sync.hocuspocus.documents.get(name)?.getConnections() ?? [];
  return connections.reduce((sum, c) => sum + (c as unknown as { messageQueue: Uint8Array[] }).messageQueue.reduce((n, m) => n + m.byteLength, 0), 0);
}

const acknowledgements = (received: Uint8Array[]) =>
  received.filter((m) => {
    const decoder = decoding.createDecoder(m);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === 8;
  }).length;

it('holds back a client sending faster than its updates are stored, and loses none of them', async () => {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội XVII' });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  const name = syncDocumentName(workspace.id, document.id);
  const watcher = connectProvider(env.server.url, env.server.secret, workspace.id, document.id);
  await settled(watcher.provider);
  // Forty updates of 8 KB each, typed one after another.
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(watcher.ydoc));
  const updates: Uint8Array[] = [];
  for (let i = 0; i < 40; i++) {
    const before = Y.encodeStateVector(ydoc);
    typeText(ydoc, String(i % 10).repeat(8 * 1024));
    updates.push(Y.encodeStateAsUpdate(ydoc, before));
  }
  const lock = await holdWriteLock(env.server.workspaces.pathOf(workspace.id));
  const raw = await openRawSync(env.server.url, env.server.secret);
  try {
    raw.send(authMessage(name));
    for (const update of updates) raw.send(updateMessage(name, update));
    let most = 0;
    for (let t = 0; t < 40; t++) {
      most = Math.max(most, queuedBytes(name));
      await sleep(25);
    }
    // Paused past the bound; what the socket layer had already read may still come in (one read, 64 KB).
    expect(most).toBeGreaterThan(WAITING_BYTES / 2);
    expect(most).toBeLessThan(WAITING_BYTES + 64 * 1024 + 9 * 1024);
    expect(acknowledgements(raw.received)).toBe(0);
  } finally {
    await lock.release();
  }
  await waitFor(() => acknowledgements(raw.received) === updates.length, 10_000, 'every update to be acknowledged');
  await waitFor(() => plainText(watcher.ydoc) === plainText(ydoc), 5000, 'the text to reach the watcher');
  raw.close();
  watcher.destroy();
});
