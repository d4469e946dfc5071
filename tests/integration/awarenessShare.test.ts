import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { colourFor } from '../../shared/presence/presenceColours.ts';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { SYNC_LIMITS } from '../../shared/rpc/syncLimits.ts';
import { superviseSync } from '../../renderer/editor/superviseSync.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { authMessage, awarenessMessage, openRawSync, type RawSync } from '../helpers/rawSync.ts';
import { useTestServer } from '../helpers/testServer.ts';

const env = useTestServer();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function newDocument() {
  const me = await env.call('identity.me', {});
  const user = { name: me.displayName, initials: me.initials, color: colourFor(me.displayName) };
  stampBytes = JSON.stringify({ n: '', user }).length - JSON.stringify({ n: '' }).length;
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội XVII' });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  return { workspaceId: workspace.id, documentId: document.id, name: syncDocumentName(workspace.id, document.id) };
}
type Doc = Awaited<ReturnType<typeof newDocument>>;

/** What the server's stamp adds to a state (`,"user":{…}`: the local owner's name, initials, colour; see presenceStamp). */
let stampBytes = 0;

/** An awareness update setting each client id's state to `{"n":"…"}`, of exactly `bytes` of JSON once the server has stamped it. */
function statesOf(clientIds: number[], bytes: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, clientIds.length);
  for (const id of clientIds) {
    encoding.writeVarUint(e, id);
    encoding.writeVarUint(e, 1); // clock
    encoding.writeVarString(e, JSON.stringify({ n: 'x'.repeat(bytes - 8 - stampBytes) }));
  }
  return encoding.toUint8Array(e);
}

async function rawOn(doc: Doc): Promise<RawSync & { code(): number | null }> {
  const raw = await openRawSync(env.server.url, env.server.secret);
  let code: number | null = null;
  void raw.closed.then((event) => (code = event.code));
  raw.send(authMessage(doc.name));
  return Object.assign(raw, { code: () => code });
}

const statesIn = (doc: Doc) => env.server.sync.hocuspocus.documents.get(doc.name)?.awareness.getStates().size ?? 0;

/** A real editor sharing a normal presence; resolves with whether the server refused it after a while. */
async function normalEditorRefused(doc: Doc): Promise<boolean> {
  const editor = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
  const sync = superviseSync(editor.provider, () => undefined);
  await settled(editor.provider);
  editor.provider.awareness!.setLocalStateField('user', { name: 'Nguyễn Văn A', color: '#123456' });
  const live = env.server.sync.hocuspocus.documents.get(doc.name)!;
  const taken = () => live.awareness.getStates().get(editor.ydoc.clientID)?.user !== undefined;
  await waitFor(() => taken() || sync.state.awarenessRefused, 5000, 'the presence to be taken or refused');
  await sleep(100); // a refusal closes the socket right after
  const refused = sync.state.awarenessRefused || !taken();
  sync.dispose();
  editor.destroy();
  return refused;
}

describe('presence (awareness) room', () => {
  it('refuses the one socket that sets many clients’ states, and the next user’s presence is taken', async () => {
    const doc = await newDocument();
    const watcher = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    await settled(watcher.provider);
    // As /tmp/review/t/aware.ts: 65 states of about 4 KB, one message each, from one socket.
    const attacker = await rawOn(doc);
    for (let i = 0; i < 65; i++) attacker.send(awarenessMessage(doc.name, statesOf([5000 + i], 3980)));
    await waitFor(() => attacker.code() !== null, 5000, 'the attacker to be refused');
    expect(attacker.code()).toBe(CLOSE.awarenessTooLarge.code);
    expect(statesIn(doc)).toBeLessThanOrEqual(1 + SYNC_LIMITS.awarenessClientsPerConnection);
    expect(await normalEditorRefused(doc)).toBe(false);
    watcher.destroy();
  });

  it('when many sockets fill a document’s room, closes one that holds the most instead of refusing a newcomer', async () => {
    const doc = await newDocument();
    const watcher = connectProvider(env.server.url, env.server.secret, doc.workspaceId, doc.documentId);
    await settled(watcher.provider);
    // The watcher's own state is stamped too (stampBytes more). 32 sockets of 8,000 B each (two states of 4,000) and one of 6,100: 262,100 B, just under 256 KiB.
    const before = statesIn(doc);
    const fillers: Awaited<ReturnType<typeof rawOn>>[] = [];
    for (let i = 0; i < 32; i++) {
      const raw = await rawOn(doc);
      raw.send(awarenessMessage(doc.name, statesOf([7000 + 2 * i, 7001 + 2 * i], 4000)));
      fillers.push(raw);
    }
    const last = await rawOn(doc);
    last.send(awarenessMessage(doc.name, statesOf([9998, 9999], Math.floor((SYNC_LIMITS.awarenessTotalBytes - 32 * 8000 - 44 - stampBytes) / 2))));
    fillers.push(last);
    await waitFor(() => statesIn(doc) === before + 66, 5000, 'every filler state to be taken');
    expect(fillers.every((raw) => raw.code() === null)).toBe(true);
    expect(await normalEditorRefused(doc)).toBe(false);
    const closed = fillers.filter((raw) => raw.code() !== null);
    expect(closed.map((raw) => raw.code())).toEqual([CLOSE.awarenessTooLarge.code]);
    expect(fillers.indexOf(closed[0])).toBeLessThan(32); // one holding 8,000 B, not the smaller one
    for (const raw of fillers) raw.close();
    watcher.destroy();
  });
});
