import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE, type CloseSpec } from '../../shared/rpc/closeCodes.ts';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { authMessage, awarenessMessage, message, openRawSync, type RawSync, updateMessage } from '../helpers/rawSync.ts';
import { useTeamServer } from '../helpers/teamServer.ts';
import { plainText, typeText } from '../helpers/yContent.ts';

const AUTH_MS = 400;
const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } }, sync: { authMs: AUTH_MS } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A workspace and document with two drafters: `an` edits through a real provider, `binh` attacks on a raw socket. */
async function team() {
  const workspace = t.server.workspaces.create('Đại hội XVII');
  await t.addUser('an', 'drafter', workspace.id);
  await t.addUser('binh', 'drafter', workspace.id);
  const an = await t.cookieOf('an');
  const { document } = await t.callAs(an, 'document.create', { workspaceId: workspace.id, kind: 'other', title: 'Văn kiện' });
  const store = t.server.workspaces.store(workspace.id);
  return { workspaceId: workspace.id as string, documentId: document.id as string, an, binh: await t.cookieOf('binh'), rows: () => store.updates.count(document.id) };
}

type Team = Awaited<ReturnType<typeof team>>;

/**
 * Runs `attack` while `an`'s provider types every 10 ms; then checks that an's socket was never
 * closed, that the typing went on during the attack, and that every edit reached the server and
 * is stored: a reader that opens the document afterwards has all of them.
 */
async function whileAnEdits(doc: Team, attack: () => Promise<void>): Promise<void> {
  const writer = connectProvider(t.server.url, null, doc.workspaceId, doc.documentId, { headers: () => ({ cookie: doc.an }) });
  const closes: number[] = [];
  writer.provider.on('close', ({ event }: { event: { code: number } }) => closes.push(event.code));
  await settled(writer.provider);
  const rowsBefore = doc.rows();
  let typed = 0;
  const timer = setInterval(() => typeText(writer.ydoc, `[${typed++}]`), 10);
  try {
    await attack();
    const during = typed;
    await waitFor(() => typed > during + 20, 10_000, 'an to keep typing');
  } finally {
    clearInterval(timer);
  }
  await settled(writer.provider, 15_000);
  expect(closes).toEqual([]);
  expect(doc.rows()).toBeGreaterThan(rowsBefore);
  const reader = connectProvider(t.server.url, null, doc.workspaceId, doc.documentId, { headers: () => ({ cookie: doc.an }) });
  await settled(reader.provider);
  const text = plainText(reader.ydoc);
  for (let i = 0; i < typed; i++) expect(text).toContain(`[${i}]`);
  reader.destroy();
  writer.destroy();
}

/** binh's raw socket, authenticated for the document (the server has answered the auth). */
async function attacker(doc: Team): Promise<{ raw: RawSync; name: string }> {
  const name = syncDocumentName(doc.workspaceId, doc.documentId);
  const raw = await openRawSync(t.server.url, null, { cookie: doc.binh });
  raw.send(authMessage(name));
  await waitFor(() => raw.received.length > 0, 5000, 'the auth reply');
  return { raw, name };
}

async function closedWithin(raw: RawSync, ms: number): Promise<{ code: number; reason: string } | null> {
  return Promise.race([raw.closed, sleep(ms).then(() => null)]);
}

function expectClosedWith(closed: { code: number; reason: string } | null, spec: CloseSpec): void {
  expect(closed?.code).toBe(spec.code);
  expect(closed?.reason.startsWith(spec.name)).toBe(true);
}

/** A sync update of `name` whose field is written by hand (`write` gets the encoder after sync type 0 and step 2). */
const handSync = (name: string, write: (e: encoding.Encoder) => void) =>
  message(name, 0, (e) => {
    encoding.writeVarUint(e, 2);
    write(e);
  });

function someUpdate(text: string): Uint8Array {
  const ydoc = new Y.Doc();
  typeText(ydoc, text);
  return Y.encodeStateAsUpdate(ydoc);
}

describe('the sync socket of a team server refuses abuse with named close codes while another person edits', () => {
  it('closes a socket that floods tiny messages with message_flood', async () => {
    const doc = await team();
    await whileAnEdits(doc, async () => {
      const { raw, name } = await attacker(doc);
      const query = message(name, 3); // QueryAwareness: a few bytes, each a valid message
      for (let i = 0; i < 20_000 && raw.socket.readyState === raw.socket.OPEN; i++) raw.send(query);
      expectClosedWith(await closedWithin(raw, 5000), CLOSE.messageFlood);
      raw.close();
    });
  }, 60_000);

  it.each([
    ['an update whose length runs past the end', (name: string) => handSync(name, (e) => (encoding.writeVarUint(e, 65_536), encoding.writeUint8Array(e, new Uint8Array([1, 2, 3]))))],
    ['a message cut off after its type', (name: string) => message(name, 0)],
    ['bytes left over after a whole update', (name: string) => new Uint8Array([...updateMessage(name, someUpdate('thừa')), 7, 7, 7])],
    ['an unknown message type', (name: string) => message(name, 42)],
    ['an unknown sync step', (name: string) => message(name, 0, (e) => (encoding.writeVarUint(e, 9), encoding.writeVarUint8Array(e, new Uint8Array([0]))))],
    ['awareness whose state is not JSON', (name: string) => awarenessMessage(name, (() => { const e = encoding.createEncoder(); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 7); encoding.writeVarUint(e, 1); encoding.writeVarString(e, '{không phải json'); return encoding.toUint8Array(e); })())],
    ['a one-byte frame that is not a pong', () => new Uint8Array([1])],
  ])('closes a socket that sends %s with malformed_message, storing and acknowledging nothing of it', async (_kind, build) => {
    const doc = await team();
    await whileAnEdits(doc, async () => {
      const { raw, name } = await attacker(doc);
      raw.send(build(name));
      expectClosedWith(await closedWithin(raw, 5000), CLOSE.malformedMessage);
      expect(raw.acknowledged()).toBe(false);
      raw.close();
    });
    expect(plainText(t.server.sync.hocuspocus.documents.get(syncDocumentName(doc.workspaceId, doc.documentId)) ?? new Y.Doc())).not.toContain('thừa');
  }, 60_000);

  it('closes a well-framed update whose Yjs bytes are cut off with invalid_content (content, not framing)', async () => {
    const doc = await team();
    await whileAnEdits(doc, async () => {
      const { raw, name } = await attacker(doc);
      const update = someUpdate('cắt cụt bên trong');
      raw.send(updateMessage(name, update.slice(0, update.length - 5)));
      expectClosedWith(await closedWithin(raw, 5000), CLOSE.invalidContent);
      expect(raw.acknowledged()).toBe(false);
      raw.close();
    });
  }, 60_000);

  it('drops a provider’s pong without closing the socket', async () => {
    const doc = await team();
    const { raw } = await attacker(doc);
    raw.send(new Uint8Array([10]));
    expect(await closedWithin(raw, AUTH_MS * 2)).toBeNull();
    raw.close();
  });

  it.each([
    ['sends nothing', () => []],
    ['sends only a sync step 1, never an authentication', (name: string) => [message(name, 0, (e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()))))]],
  ])('closes a signed-in socket that %s with auth_timeout after the stated time', async (_kind, messages) => {
    const doc = await team();
    const name = syncDocumentName(doc.workspaceId, doc.documentId);
    await whileAnEdits(doc, async () => {
      const raw = await openRawSync(t.server.url, null, { cookie: doc.binh });
      const opened = Date.now();
      for (const m of messages(name)) raw.send(m);
      expectClosedWith(await closedWithin(raw, 5000), CLOSE.authTimeout);
      expect(Date.now() - opened).toBeGreaterThanOrEqual(AUTH_MS - 50);
      raw.close();
    });
  }, 60_000);

  it('keeps a socket that authenticated open past the authentication time', async () => {
    const doc = await team();
    const { raw } = await attacker(doc);
    expect(await closedWithin(raw, AUTH_MS * 3)).toBeNull();
    raw.close();
  });
});
