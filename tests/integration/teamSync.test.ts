import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { superviseSync } from '../../renderer/editor/superviseSync.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { authMessage, openRawSync, syncStep2Message, updateMessage } from '../helpers/rawSync.ts';
import { useTeamServer } from '../helpers/teamServer.ts';
import { plainText, typeText } from '../helpers/yContent.ts';

const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A workspace with one document, a drafter and a reviewer in it; their cookies. */
async function team() {
  const workspace = t.server.workspaces.create('Đại hội XVII');
  await t.addUser('drafter', 'drafter', workspace.id);
  await t.addUser('reviewer', 'reviewer', workspace.id);
  await t.addUser('admin', 'admin');
  const drafter = await t.cookieOf('drafter');
  const { document } = await t.callAs(drafter, 'document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  const store = t.server.workspaces.store(workspace.id);
  const rows = () => ({ count: store.updates.count(document.id), bytes: store.updates.bytes(document.id) });
  return { workspaceId: workspace.id as string, documentId: document.id as string, drafter, reviewer: await t.cookieOf('reviewer'), admin: await t.cookieOf('admin'), rows };
}

/** A hand-crafted Yjs update that adds a paragraph, as an editor would send it. */
function craftedUpdate(text: string): Uint8Array {
  const ydoc = new Y.Doc();
  typeText(ydoc, text);
  return Y.encodeStateAsUpdate(ydoc);
}

describe('the sync socket of a team server', () => {
  it.each([
    ['an update', updateMessage],
    ['a sync step 2', syncStep2Message],
  ])("neither applies, broadcasts nor stores a hand-crafted Yjs update sent as %s on a reviewer's connection", async (_kind, encode) => {
    const doc = await team();
    const name = syncDocumentName(doc.workspaceId, doc.documentId);
    const watcher = connectProvider(t.server.url, null, doc.workspaceId, doc.documentId, { headers: () => ({ cookie: doc.drafter }) });
    await settled(watcher.provider);
    const before = doc.rows();
    const raw = await openRawSync(t.server.url, null, { cookie: doc.reviewer });
    raw.send(authMessage(name));
    // Authenticated, read-only: so the update below is refused for the role, not for a missing authentication.
    await waitFor(() => raw.authenticatedScope() !== null, 5000, 'the authentication');
    expect(raw.authenticatedScope()).toBe('readonly');
    raw.send(encode(name, craftedUpdate('Người góp ý tự sửa văn bản')));
    await sleep(500);
    expect(plainText(watcher.ydoc)).not.toContain('Người góp ý');
    expect(plainText(t.server.sync.hocuspocus.documents.get(name)!)).not.toContain('Người góp ý');
    expect(doc.rows()).toEqual(before);
    raw.close();
    watcher.destroy();
  });

  it("applies, broadcasts and stores the same update on a drafter's connection (the control)", async () => {
    const doc = await team();
    const name = syncDocumentName(doc.workspaceId, doc.documentId);
    const watcher = connectProvider(t.server.url, null, doc.workspaceId, doc.documentId, { headers: () => ({ cookie: doc.drafter }) });
    await settled(watcher.provider);
    const before = doc.rows();
    const raw = await openRawSync(t.server.url, null, { cookie: doc.drafter });
    raw.send(authMessage(name));
    await waitFor(() => raw.authenticatedScope() !== null, 5000, 'the authentication');
    expect(raw.authenticatedScope()).toBe('read-write');
    raw.send(updateMessage(name, craftedUpdate('Người biên tập viết')));
    await waitFor(() => plainText(watcher.ydoc).includes('Người biên tập viết'), 5000, 'the broadcast');
    expect(doc.rows().count).toBe(before.count + 1);
    raw.close();
    watcher.destroy();
  });

  it('tells a reviewer\'s provider its scope is read-only, and a drafter\'s read-write', async () => {
    const doc = await team();
    const reviewer = connectProvider(t.server.url, null, doc.workspaceId, doc.documentId, { headers: () => ({ cookie: doc.reviewer }) });
    const drafter = connectProvider(t.server.url, null, doc.workspaceId, doc.documentId, { headers: () => ({ cookie: doc.drafter }) });
    await waitFor(() => reviewer.provider.authorizedScope !== undefined && drafter.provider.authorizedScope !== undefined, 5000, 'authentication');
    expect(reviewer.provider.authorizedScope).toBe('readonly');
    expect(drafter.provider.authorizedScope).toBe('read-write');
    // What a reviewer's provider types anyway stays with it: never acknowledged, never seen by the drafter.
    await settled(drafter.provider);
    typeText(reviewer.ydoc, 'gõ thử');
    await sleep(500);
    expect(plainText(drafter.ydoc)).not.toContain('gõ thử');
    expect(reviewer.provider.unsyncedChanges).toBeGreaterThan(0);
    reviewer.destroy();
    drafter.destroy();
  });

  it("makes the editor's sync state read-only for a reviewer, and stops reconnecting when the session ends", async () => {
    const doc = await team();
    const reviewer = connectProvider(t.server.url, null, doc.workspaceId, doc.documentId, { headers: () => ({ cookie: doc.reviewer }), maxAttempts: 0 });
    const drafter = connectProvider(t.server.url, null, doc.workspaceId, doc.documentId, { headers: () => ({ cookie: doc.drafter }) });
    const watched = superviseSync(reviewer.provider, () => undefined);
    const control = superviseSync(drafter.provider, () => undefined);
    await waitFor(() => watched.state.readOnly && drafter.provider.authorizedScope === 'read-write', 5000, 'scopes');
    expect(control.state.readOnly).toBe(false);
    let opened = 0;
    reviewer.provider.on('open', () => opened++);
    await fetch(`${t.server.url}/api/logout`, { method: 'POST', headers: { cookie: doc.reviewer } });
    await waitFor(() => watched.state.connection === 'disconnected', 5000, 'the disconnect');
    await sleep(1500); // the provider's next attempt would have come after 1 s
    expect(opened).toBe(0);
    watched.dispose();
    control.dispose();
    reviewer.destroy();
    drafter.destroy();
  });

  it('refuses a document of a workspace the person holds no role in, with noAccess', async () => {
    const doc = await team();
    const other = t.server.workspaces.create('Khác');
    await t.addUser('outsider', 'drafter', other.id);
    const raw = await openRawSync(t.server.url, null, { cookie: await t.cookieOf('outsider') });
    raw.send(authMessage(syncDocumentName(doc.workspaceId, doc.documentId)));
    expect((await raw.closed).code).toBe(CLOSE.noAccess.code);
  });

  it('refuses an upgrade without a session (401) and with an ended one', async () => {
    const doc = await team();
    await expect(openRawSync(t.server.url, null, {})).rejects.toThrow(/401/);
    await fetch(`${t.server.url}/api/logout`, { method: 'POST', headers: { cookie: doc.reviewer } });
    await expect(openRawSync(t.server.url, null, { cookie: doc.reviewer })).rejects.toThrow(/401/);
  });

  it('closes a person\'s sockets with rightsChanged when their role changes, and they reconnect with the new rights', async () => {
    const doc = await team();
    let cookie = doc.reviewer;
    const reviewer = connectProvider(t.server.url, null, doc.workspaceId, doc.documentId, { headers: () => ({ cookie }), maxAttempts: 0 });
    const closes: number[] = [];
    reviewer.provider.on('close', ({ event }: { event: { code: number } }) => closes.push(event.code));
    await waitFor(() => reviewer.provider.authorizedScope === 'readonly', 5000, 'read-only');
    expect(t.server.sync.members.count(t.server.accounts!.store.userByName('reviewer')!.id)).toBe(1);
    await t.callAs(doc.admin, 'account.setRole', { name: 'reviewer', workspaceId: doc.workspaceId, role: 'drafter' });
    // The renderer asks the server after a close (session.check), which hands it its session's new id.
    await waitFor(() => closes.includes(CLOSE.rightsChanged.code), 5000, 'the close');
    const check = await t.rpcAs(cookie, 'session.check', {});
    cookie = check.setCookie!.split(';')[0];
    await waitFor(() => reviewer.provider.authorizedScope === 'read-write', 10_000, 'read-write after reconnecting');
    typeText(reviewer.ydoc, 'nay được sửa');
    await settled(reviewer.provider);
    expect(doc.rows().count).toBeGreaterThan(0);
    reviewer.destroy();
  });

  it('closes the sockets of a disabled account with sessionEnded, and a logout closes only that session\'s', async () => {
    const doc = await team();
    const second = await t.cookieOf('drafter');
    const a = await openRawSync(t.server.url, null, { cookie: doc.drafter });
    const b = await openRawSync(t.server.url, null, { cookie: second });
    await fetch(`${t.server.url}/api/logout`, { method: 'POST', headers: { cookie: second } });
    expect((await b.closed).code).toBe(CLOSE.sessionEnded.code);
    expect(a.socket.readyState).toBe(a.socket.OPEN);
    await t.callAs(doc.admin, 'account.setDisabled', { name: 'drafter', disabled: true });
    expect((await a.closed).code).toBe(CLOSE.sessionEnded.code);
    const userId = t.server.accounts!.store.userByName('drafter')!.id;
    await waitFor(() => t.server.sync.members.count(userId) === 0, 5000, 'closed sockets to be forgotten');
  });
});

describe('sessions of open sockets', () => {
  const clock = { now: Date.now() };
  const s = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 }, now: () => clock.now, sessions: { idleMs: 60_000, absoluteMs: 300_000 } } });

  it('do not go idle while a socket is open, and end with the socket at the absolute limit', async () => {
    const workspace = s.server.workspaces.create('Đại hội');
    await s.addUser('an', 'drafter', workspace.id);
    const cookie = await s.cookieOf('an');
    const raw = await openRawSync(s.server.url, null, { cookie });
    for (let i = 0; i < 5; i++) {
      clock.now += 50_000;
      s.server.sweepSessions();
    }
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    expect((await s.rpcAs(cookie, 'session.check', {})).status).toBe(200); // 250 s since login, kept alive by the socket
    clock.now += 60_000;
    s.server.sweepSessions();
    expect((await raw.closed).code).toBe(CLOSE.sessionEnded.code);
    expect((await s.rpcAs(cookie, 'session.check', {})).status).toBe(401);
  });
});
