import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { personColour } from '../../shared/presence/personColour.ts';
import { PRESENCE_COLOURS } from '../../shared/presence/presenceColours.ts';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { authMessage, awarenessMessage, openRawSync } from '../helpers/rawSync.ts';
import { useTeamServer } from '../helpers/teamServer.ts';

const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An awareness update setting each client id's state, clock 1 unless given. */
function statesOf(states: [clientId: number, state: unknown, clock?: number][]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, states.length);
  for (const [id, state, clock] of states) {
    encoding.writeVarUint(e, id);
    encoding.writeVarUint(e, clock ?? 1);
    encoding.writeVarString(e, JSON.stringify(state));
  }
  return encoding.toUint8Array(e);
}

async function team() {
  const workspace = t.server.workspaces.create('Đại hội XVII');
  await t.addUser('drafter', 'drafter', workspace.id);
  await t.addUser('reviewer', 'reviewer', workspace.id);
  const drafter = await t.cookieOf('drafter');
  const { document } = await t.callAs(drafter, 'document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  const name = syncDocumentName(workspace.id, document.id);
  const watcher = connectProvider(t.server.url, null, workspace.id, document.id, { headers: () => ({ cookie: drafter }) });
  await settled(watcher.provider);
  watcher.provider.awareness!.setLocalStateField('user', { name: 'Người drafter', color: PRESENCE_COLOURS[1] });
  const server = () => t.server.sync.hocuspocus.documents.get(name)!.awareness.getStates() as Map<number, any>;
  await waitFor(() => server().get(watcher.ydoc.clientID)?.user !== undefined, 5000, "the drafter's presence on the server");
  return { name, watcher, reviewer: await t.cookieOf('reviewer'), server };
}

describe('presence is stamped by the server', () => {
  it('shows others the session’s name and a palette colour, whatever name and colour a raw socket claims', async () => {
    const doc = await team();
    const raw = await openRawSync(t.server.url, null, { cookie: doc.reviewer });
    raw.send(authMessage(doc.name));
    await sleep(200);
    const forged = { user: { name: 'Người drafter', initials: 'ND', color: 'red;background:url(x)' }, cursor: null };
    raw.send(awarenessMessage(doc.name, statesOf([[777001, forged]])));
    const seen = () => doc.watcher.provider.awareness!.getStates().get(777001) as any;
    await waitFor(() => seen() !== undefined, 5000, "the reviewer's presence at the drafter");
    expect(seen().user.name).toBe('Người reviewer');
    expect(seen().user.initials).toBe('NR');
    expect(PRESENCE_COLOURS).toContain(seen().user.color);
    expect(JSON.stringify(doc.server().get(777001))).not.toContain('url(x)');
    raw.close();
    doc.watcher.destroy();
  });

  it("stamps the person's own colour (the one their suggestions are drawn in), whatever palette or other colour the client asks for", async () => {
    const doc = await team();
    const own = personColour('reviewer'); // the account's, as its suggestions' `author`
    const otherPalette = PRESENCE_COLOURS.find((colour) => colour !== own)!;
    const raw = await openRawSync(t.server.url, null, { cookie: doc.reviewer });
    raw.send(authMessage(doc.name));
    await sleep(200);
    raw.send(awarenessMessage(doc.name, statesOf([[777002, { user: { color: otherPalette } }], [777003, { user: { color: '#ABCDEF' } }]])));
    await waitFor(() => doc.watcher.provider.awareness!.getStates().has(777003), 5000, 'both states at the drafter');
    const states = doc.watcher.provider.awareness!.getStates() as Map<number, any>;
    expect(states.get(777002).user.color).toBe(own);
    expect(states.get(777003).user.color).toBe(own);
    raw.close();
    doc.watcher.destroy();
  });

  it("drops a state claiming another connection's client id, and that person's own presence stays theirs", async () => {
    const doc = await team();
    const victim = doc.watcher.ydoc.clientID;
    const before = doc.server().get(victim);
    const raw = await openRawSync(t.server.url, null, { cookie: doc.reviewer });
    raw.send(authMessage(doc.name));
    await sleep(200);
    // A higher clock than the drafter's, so y-protocols would take it; and a state of its own to show the rest goes through.
    raw.send(awarenessMessage(doc.name, statesOf([[victim, { user: { name: 'Mạo danh' }, cursor: { anchor: 1, head: 1 } }, 1000], [777004, { cursor: null }]])));
    await waitFor(() => doc.server().has(777004), 5000, "the reviewer's own state");
    await sleep(200);
    expect(doc.server().get(victim)).toEqual(before);
    expect(doc.server().get(victim).user.name).toBe('Người drafter');
    const others = connectProvider(t.server.url, null, doc.watcher.provider.configuration.name.split('/')[0], doc.watcher.provider.configuration.name.split('/')[1], { headers: () => ({ cookie: doc.reviewer }) });
    await settled(others.provider);
    await waitFor(() => others.provider.awareness!.getStates().has(victim), 5000, "the drafter's presence at a newcomer");
    expect((others.provider.awareness!.getStates().get(victim) as any).user.name).toBe('Người drafter');
    expect((others.provider.awareness!.getStates().get(victim) as any).cursor).toBeUndefined();
    others.destroy();
    raw.close();
    doc.watcher.destroy();
  });

  it("clears a person's presence for the others when their socket closes", async () => {
    const doc = await team();
    const raw = await openRawSync(t.server.url, null, { cookie: doc.reviewer });
    raw.send(authMessage(doc.name));
    await sleep(200);
    raw.send(awarenessMessage(doc.name, statesOf([[777005, { cursor: null }]])));
    await waitFor(() => doc.watcher.provider.awareness!.getStates().has(777005), 5000, 'the state at the drafter');
    raw.close();
    await waitFor(() => !doc.watcher.provider.awareness!.getStates().has(777005), 5000, 'the state to be cleared');
    expect(doc.server().has(777005)).toBe(false);
    doc.watcher.destroy();
  });
});
