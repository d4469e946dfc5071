import { statSync } from 'node:fs';
import { basename } from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { Workspaces } from '../../main/services/workspaces/Workspaces.ts';
import { CLOSE, type CloseSpec } from '../../shared/rpc/closeCodes.ts';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { SYNC_LIMITS } from '../../shared/rpc/syncLimits.ts';
import { superviseSync } from '../../renderer/editor/superviseSync.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { authMessage, awarenessMessage, message, openRawSync } from '../helpers/rawSync.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { plainText, typeText } from '../helpers/yContent.ts';

const env = useTestServer();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const UNKNOWN_DOC = '0b9a6a7e-5a4b-4c1d-9e2f-3a4b5c6d7e8f';

async function newDocument() {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội XVII' });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  return { workspaceId: workspace.id, documentId: document.id };
}

/** What the server does with a socket whose first message names `name`. */
async function closeFor(name: string): Promise<number> {
  const raw = await openRawSync(env.server.url, env.server.secret);
  raw.send(authMessage(name));
  const { code } = await Promise.race([raw.closed, sleep(3000).then(() => ({ code: -1 }))]);
  raw.close();
  return code;
}

let outside: ReturnType<typeof tempDir> | undefined;
afterEach(() => outside?.remove());

/** A workspace file in a folder beside the server's data folder, with one document. */
function workspaceOutside() {
  outside = tempDir();
  const other = new Workspaces(outside.path);
  const workspace = other.create('Ngoài thư mục');
  const document = other.store(workspace.id).documents.create('other', 'Không được mở');
  other.closeAll();
  const file = other.pathOf(workspace.id);
  return { folder: outside.path, workspaceId: workspace.id, documentId: document.id, file };
}

describe('sync document names', () => {
  it('never opens a workspace file outside the data folder, however the name is written', async () => {
    const target = workspaceOutside();
    const before = statSync(target.file);
    const up = `../${basename(target.folder)}/${target.workspaceId}`;
    const cases: [string, CloseSpec][] = [
      [`${up}/${target.documentId}`, CLOSE.documentNameInvalid],
      [`${target.folder}/${target.workspaceId}/${target.documentId}`, CLOSE.documentNameInvalid],
      [`${up.replaceAll('/', '%2F')}/${target.documentId}`, CLOSE.documentNameInvalid],
      [`${up.replaceAll('/', '\\')}/${target.documentId}`, CLOSE.documentNameInvalid],
      [`ws\u0000${up}/${target.documentId}`, CLOSE.documentNameInvalid],
      [`${'a'.repeat(81)}/${target.documentId}`, CLOSE.documentNameInvalid],
      [`..${'/'}${target.documentId}`, CLOSE.documentNotFound],
      [`${target.workspaceId}/${target.documentId}`, CLOSE.documentNotFound], // same id, but not in this registry
      ['x'.repeat(SYNC_LIMITS.documentNameBytes + 1), CLOSE.documentNameTooLong],
    ];
    for (const [name, expected] of cases) expect([name, await closeFor(name)]).toEqual([name, expected.code]);
    const after = statSync(target.file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(env.server.sync.documentCount()).toBe(0);
  });

  it('refuses unknown and deleted documents with document_not_found, and the editor stops retrying', async () => {
    const doc = await newDocument();
    expect(await closeFor(syncDocumentName(doc.workspaceId, UNKNOWN_DOC))).toBe(CLOSE.documentNotFound.code);
    expect(await closeFor(syncDocumentName('khong-co', UNKNOWN_DOC))).toBe(CLOSE.documentNotFound.code);
    const editor = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    const sync = superviseSync(editor.provider, () => undefined);
    let opened = 0;
    editor.provider.on('open', () => opened++);
    await settled(editor.provider);
    await env.call('document.delete', doc);
    await waitFor(() => sync.state.connection === 'unavailable', 5000, 'the editor to be told');
    await sleep(1500);
    expect(opened).toBe(1);
    expect(await closeFor(syncDocumentName(doc.workspaceId, doc.documentId))).toBe(CLOSE.documentNotFound.code);
    editor.destroy();
  });
});

/** An awareness update of `count` clients, each with a state of about `bytes` of JSON. */
function awarenessOf(count: number, bytes: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, 1000 + i); // client id
    encoding.writeVarUint(encoder, 1); // clock
    encoding.writeVarString(encoder, JSON.stringify({ user: { name: 'N'.repeat(bytes) } }));
  }
  return encoding.toUint8Array(encoder);
}

describe('sync size limits', () => {
  it('closes a socket that sends a message over the stated limit with 1009 (message too big)', async () => {
    const doc = await newDocument();
    const name = syncDocumentName(doc.workspaceId, doc.documentId);
    const raw = await openRawSync(env.server.url, env.server.secret);
    raw.send(authMessage(name));
    raw.send(message(name, 0, (e) => encoding.writeVarUint8Array(e, new Uint8Array(SYNC_LIMITS.messageBytes))));
    expect((await raw.closed).code).toBe(CLOSE.messageTooLarge.code);
  });

  it('refuses one client’s oversized awareness state; the editor stops sharing it and goes on editing', async () => {
    const doc = await newDocument();
    const watcher = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    const editor = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    const sync = superviseSync(editor.provider, () => undefined);
    await Promise.all([settled(watcher.provider), settled(editor.provider)]);
    // Not in `user`: the server replaces that with the session's own name (presenceStamp).
    editor.provider.awareness!.setLocalStateField('note', 'N'.repeat(SYNC_LIMITS.awarenessStateBytes));
    await waitFor(() => sync.state.awarenessRefused, 5000, 'the awareness refusal');
    typeText(editor.ydoc, 'Vẫn soạn được.');
    await settled(editor.provider, 10_000);
    await waitFor(() => plainText(watcher.ydoc) === 'Vẫn soạn được.', 5000, 'the text to reach the watcher');
    const seen = [...watcher.provider.awareness!.getStates().values()].map((s) => JSON.stringify(s).length);
    expect(Math.max(0, ...seen)).toBeLessThan(SYNC_LIMITS.awarenessStateBytes);
    watcher.destroy();
    editor.destroy();
  });

  it('refuses awareness that would bring a document’s states over the total limit', async () => {
    const doc = await newDocument();
    const name = syncDocumentName(doc.workspaceId, doc.documentId);
    const raw = await openRawSync(env.server.url, env.server.secret);
    raw.send(authMessage(name));
    const each = SYNC_LIMITS.awarenessStateBytes - 200;
    raw.send(awarenessMessage(name, awarenessOf(Math.ceil(SYNC_LIMITS.awarenessTotalBytes / each) + 1, each)));
    expect((await raw.closed).code).toBe(CLOSE.awarenessTooLarge.code);
  });
});
