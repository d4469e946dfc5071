import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMMENT_LIMITS } from '../../shared/comments/commentLimits.ts';
import { ANCHOR_LIMITS } from '../../shared/comments/textAnchor.ts';
import { COMMENTS_CHANGED } from '../../shared/rpc/protocol.ts';
import * as encoding from 'lib0/encoding';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { holdWriteLock } from '../helpers/holdWriteLock.ts';
import { authMessage, message, openRawSync } from '../helpers/rawSync.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { useTeamServer } from '../helpers/teamServer.ts';

const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });

/** A real relative position of a real Y.Doc, encoded as the renderer sends it. */
function position(): string {
  const ydoc = new Y.Doc();
  const text = ydoc.getText('t');
  text.insert(0, 'Báo cáo chính trị');
  return Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, 3))).toString('base64');
}

const anchor = () => ({ blockId: 'p1', start: position(), end: position(), quote: 'quy mô dân số', prefix: 'Thành phố Hải Phòng mới có ', suffix: ' trên 4,6 triệu người', position: 120 });

/** A workspace with one document; a drafter, a reviewer, a second reviewer and an admin in it. */
async function team() {
  const workspace = t.server.workspaces.create('Đại hội XVII');
  await t.addUser('drafter', 'drafter', workspace.id);
  await t.addUser('reviewer', 'reviewer', workspace.id);
  await t.addUser('other', 'reviewer', workspace.id);
  await t.addUser('admin', 'admin');
  const drafter = await t.cookieOf('drafter');
  const { document } = await t.callAs(drafter, 'document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  const ref = { workspaceId: workspace.id as string, documentId: document.id as string };
  return { ref, drafter, reviewer: await t.cookieOf('reviewer'), other: await t.cookieOf('other'), admin: await t.cookieOf('admin') };
}

describe('comment threads on a team server', () => {
  it('are started by a reviewer, answered by a drafter, resolved and reopened, with the caller as author', async () => {
    const { ref, drafter, reviewer, admin } = await team();
    // An `author` the client sends is not part of the input: the author is whoever the session says.
    const made = (await t.callAs(reviewer, 'comment.create', { ...ref, anchor: anchor(), body: 'Đề nghị ghi rõ nguồn số liệu.', author: 'giả mạo' })).thread;
    expect(made.comments).toEqual([expect.objectContaining({ author: 'reviewer', authorName: 'Người reviewer', body: 'Đề nghị ghi rõ nguồn số liệu.', editedAt: null })]);
    const replied = (await t.callAs(drafter, 'comment.reply', { ...ref, threadId: made.id, body: 'Đã bổ sung theo Niên giám thống kê.' })).thread;
    expect(replied.comments.map((c: { author: string }) => c.author)).toEqual(['reviewer', 'drafter']);
    const resolved = (await t.callAs(drafter, 'comment.resolve', { ...ref, threadId: made.id, resolved: true })).thread;
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: 'drafter', resolvedByName: 'Người drafter' });
    const reopened = (await t.callAs(reviewer, 'comment.resolve', { ...ref, threadId: made.id, resolved: false })).thread;
    expect(reopened).toMatchObject({ status: 'open', resolvedBy: null, resolvedByName: null, resolvedAt: null });
    // Admins read them.
    const listed = await t.callAs(admin, 'comment.list', ref);
    expect(listed.threads.map((th: { id: string }) => th.id)).toContain(made.id);
    const audit = rawDatabase(t.server.workspaces.store(ref.workspaceId))
      .prepare("SELECT actor, action, subject, details FROM audit_log WHERE action LIKE 'comment.%' ORDER BY seq")
      .all();
    expect(audit).toEqual([
      { actor: 'drafter', action: 'comment.resolve', subject: ref.documentId, details: JSON.stringify({ threadId: made.id, quote: 'quy mô dân số' }) },
      { actor: 'reviewer', action: 'comment.reopen', subject: ref.documentId, details: JSON.stringify({ threadId: made.id, quote: 'quy mô dân số' }) },
    ]);
  });

  it('let only a comment\'s author edit or delete it: anyone else is forbidden and nothing changes', async () => {
    const { ref, drafter, reviewer, other } = await team();
    const made = (await t.callAs(reviewer, 'comment.create', { ...ref, anchor: anchor(), body: 'Ý kiến gốc.' })).thread;
    const commentId = made.comments[0].id;
    for (const cookie of [drafter, other]) {
      const edit = await t.rpcAs(cookie, 'comment.edit', { ...ref, commentId, body: 'Sửa trộm.' });
      expect([edit.status, edit.body.error.code]).toEqual([403, 'forbidden']);
      const remove = await t.rpcAs(cookie, 'comment.delete', { ...ref, commentId });
      expect([remove.status, remove.body.error.code]).toEqual([403, 'forbidden']);
    }
    const edited = (await t.callAs(reviewer, 'comment.edit', { ...ref, commentId, body: 'Ý kiến đã sửa.' })).thread;
    expect(edited.comments[0]).toMatchObject({ body: 'Ý kiến đã sửa.', editedAt: expect.any(String) });
    // Once someone else replied, the first comment cannot take the thread away with it.
    await t.callAs(drafter, 'comment.reply', { ...ref, threadId: made.id, body: 'Trả lời.' });
    expect((await t.rpcAs(reviewer, 'comment.delete', { ...ref, commentId })).body.error.code).toBe('conflict');
    const reply = (await t.callAs(reviewer, 'comment.reply', { ...ref, threadId: made.id, body: 'Cảm ơn.' })).thread.comments[2];
    expect((await t.callAs(reviewer, 'comment.delete', { ...ref, commentId: reply.id })).thread.comments).toHaveLength(2);
    expect((await t.callAs(reviewer, 'comment.list', ref)).threads[0].comments.map((c: { body: string }) => c.body)).toEqual(['Ý kiến đã sửa.', 'Trả lời.']);
  });

  it('deletes a thread with its first comment when no one else replied', async () => {
    const { ref, reviewer } = await team();
    const made = (await t.callAs(reviewer, 'comment.create', { ...ref, anchor: anchor(), body: 'Nhầm.' })).thread;
    expect((await t.callAs(reviewer, 'comment.delete', { ...ref, commentId: made.comments[0].id })).thread).toBeNull();
    expect((await t.callAs(reviewer, 'comment.list', ref)).threads).toEqual([]);
  });

  it('answer unknown threads and comments, and those of another document, with not_found', async () => {
    const { ref, drafter, reviewer } = await team();
    const made = (await t.callAs(reviewer, 'comment.create', { ...ref, anchor: anchor(), body: 'Ý kiến.' })).thread;
    const { document: second } = await t.callAs(drafter, 'document.create', { workspaceId: ref.workspaceId, kind: 'political_report', title: 'Văn kiện khác' });
    const elsewhere = { ...ref, documentId: second.id };
    const unknown = '00000000-0000-4000-8000-000000000000';
    const calls: [string, object][] = [
      ['comment.reply', { ...ref, threadId: unknown, body: 'x' }],
      ['comment.resolve', { ...ref, threadId: unknown, resolved: true }],
      ['comment.edit', { ...ref, commentId: unknown, body: 'x' }],
      ['comment.delete', { ...ref, commentId: unknown }],
      ['comment.reply', { ...elsewhere, threadId: made.id, body: 'x' }],
      ['comment.edit', { ...elsewhere, commentId: made.comments[0].id, body: 'x' }],
      ['comment.create', { ...ref, documentId: unknown, anchor: anchor(), body: 'x' }],
      ['comment.list', { ...ref, documentId: unknown }],
      ['comment.list', { ...ref, beforeDraft: 7 }],
    ];
    for (const [method, input] of calls) {
      const reply = await t.rpcAs(reviewer, method, input);
      expect([method, reply.status, reply.body.error?.code]).toEqual([method, 404, 'not_found']);
    }
    expect((await t.callAs(reviewer, 'comment.list', ref)).threads[0].comments).toHaveLength(1);
  });

  it('refuse oversized text and bad anchors with a sentence, storing nothing', async () => {
    const { ref, reviewer } = await team();
    const refused: [string, object][] = [
      ['a body past the limit', { anchor: anchor(), body: 'ý'.repeat(COMMENT_LIMITS.body + 1) }],
      ['an empty body', { anchor: anchor(), body: '  \n ' }],
      ['a body with bidi controls', { anchor: anchor(), body: 'abc\u202Edef' }],
      ['a quote past the limit', { anchor: { ...anchor(), quote: 'a'.repeat(ANCHOR_LIMITS.quote + 1) }, body: 'x' }],
      ['an empty quote', { anchor: { ...anchor(), quote: ' ' }, body: 'x' }],
      ['a position that is not base64', { anchor: { ...anchor(), start: '<script>' }, body: 'x' }],
      ['a position past its size', { anchor: { ...anchor(), end: 'A'.repeat(ANCHOR_LIMITS.relativePosition + 4) }, body: 'x' }],
      ['a negative offset', { anchor: { ...anchor(), position: -1 }, body: 'x' }],
      ['a long prefix', { anchor: { ...anchor(), prefix: 'x'.repeat(500) }, body: 'x' }],
      ['an unknown anchor field', { anchor: { ...anchor(), html: '<b>' }, body: 'x' }],
      ['no anchor', { body: 'x' }],
    ];
    for (const [what, input] of refused) {
      const reply = await t.rpcAs(reviewer, 'comment.create', { ...ref, ...input });
      expect([what, reply.status, reply.body.error?.code]).toEqual([what, 400, 'bad_request']);
      expect(reply.body.error.message, what).toMatch(/[.!]$/);
    }
    expect((await t.callAs(reviewer, 'comment.list', ref)).threads).toEqual([]);
  });

  it('are told to everyone with the document open, on its sync socket, once committed', async () => {
    const { ref, drafter, reviewer } = await team();
    const watcher = connectProvider(t.server.url, null, ref.workspaceId, ref.documentId, { headers: () => ({ cookie: drafter }) });
    const readOnly = connectProvider(t.server.url, null, ref.workspaceId, ref.documentId, { headers: () => ({ cookie: reviewer }) });
    try {
      await settled(watcher.provider);
      await waitFor(() => readOnly.provider.isSynced, 5000, 'reviewer synced');
      const heard: string[][] = [[], []];
      watcher.provider.on('stateless', ({ payload }: { payload: string }) => heard[0].push(payload));
      readOnly.provider.on('stateless', ({ payload }: { payload: string }) => heard[1].push(payload));
      const made = (await t.callAs(reviewer, 'comment.create', { ...ref, anchor: anchor(), body: 'Ý kiến.' })).thread;
      await waitFor(() => heard[0].length === 1 && heard[1].length === 1, 5000, 'both told');
      expect(heard).toEqual([[COMMENTS_CHANGED], [COMMENTS_CHANGED]]);
      // What they then read is already there.
      expect((await t.callAs(drafter, 'comment.list', ref)).threads.map((th: { id: string }) => th.id)).toEqual([made.id]);
      // A refused change is not told: a marker sent after it arrives next (a socket keeps its order).
      expect((await t.rpcAs(drafter, 'comment.edit', { ...ref, commentId: made.comments[0].id, body: 'x' })).body.error.code).toBe('forbidden');
      t.server.sync.notifyDocument(ref.workspaceId, ref.documentId, 'marker');
      await waitFor(() => heard[0].length === 2, 5000, 'marker');
      expect(heard[0]).toEqual([COMMENTS_CHANGED, 'marker']);
    } finally {
      watcher.destroy();
      readOnly.destroy();
    }
  });

  it('started before a draft was frozen are the ones its draft view lists', async () => {
    const { ref, drafter, reviewer } = await team();
    const before = (await t.callAs(reviewer, 'comment.create', { ...ref, anchor: anchor(), body: 'Trên dự thảo 1.' })).thread;
    await t.callAs(drafter, 'draft.freeze', { ...ref, stage: 'subcommittee', author: 'Tổ biên tập', note: '' });
    await new Promise((r) => setTimeout(r, 5));
    await t.callAs(reviewer, 'comment.create', { ...ref, anchor: anchor(), body: 'Sau dự thảo 1.' });
    const onDraft = await t.callAs(reviewer, 'comment.list', { ...ref, beforeDraft: 1 });
    expect(onDraft.threads.map((th: { id: string }) => th.id)).toEqual([before.id]);
    expect((await t.callAs(reviewer, 'comment.list', ref)).threads).toHaveLength(2);
  });

  it('refused by a failed write (another program holds the file) store nothing, tell no one, and go through once it is free', async () => {
    const { ref, drafter, reviewer } = await team();
    const watcher = connectProvider(t.server.url, null, ref.workspaceId, ref.documentId, { headers: () => ({ cookie: drafter }) });
    const lock = await holdWriteLock(t.server.workspaces.store(ref.workspaceId).path);
    try {
      await settled(watcher.provider);
      const heard: string[] = [];
      watcher.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(payload));
      const refused = await t.rpcAs(reviewer, 'comment.create', { ...ref, anchor: anchor(), body: 'Trong lúc tệp bị khoá.' });
      expect([refused.status, refused.body.error.code]).toEqual([423, 'storage_locked']);
      await lock.release();
      t.server.sync.notifyDocument(ref.workspaceId, ref.documentId, 'marker');
      await waitFor(() => heard.length === 1, 5000, 'marker');
      expect(heard).toEqual(['marker']);
      expect((await t.callAs(reviewer, 'comment.list', ref)).threads).toEqual([]);
      await t.callAs(reviewer, 'comment.create', { ...ref, anchor: anchor(), body: 'Trong lúc tệp bị khoá.' });
      expect((await t.callAs(reviewer, 'comment.list', ref)).threads).toHaveLength(1);
    } finally {
      await lock.release();
      watcher.destroy();
    }
  });

  it('replies, edits, resolves and deletes refused by a locked file (a named 423) change no thread and no audit entry', async () => {
    const { ref, reviewer } = await team();
    const thread = (await t.callAs(reviewer, 'comment.create', { ...ref, anchor: anchor(), body: 'Ý kiến đầu.' })).thread;
    const second = (await t.callAs(reviewer, 'comment.reply', { ...ref, threadId: thread.id, body: 'Ý kiến thứ hai.' })).thread.comments[1];
    const db = rawDatabase(t.server.workspaces.store(ref.workspaceId));
    const stored = () => ({ threads: db.prepare('SELECT * FROM comment_threads').all(), comments: db.prepare('SELECT * FROM comments ORDER BY created_at').all(), audit: db.prepare('SELECT * FROM audit_log').all() });
    const before = stored();
    const lock = await holdWriteLock(t.server.workspaces.store(ref.workspaceId).path);
    try {
      for (const [method, input] of [
        ['comment.reply', { ...ref, threadId: thread.id, body: 'Trong lúc tệp bị khoá.' }],
        ['comment.edit', { ...ref, commentId: second.id, body: 'Sửa trong lúc tệp bị khoá.' }],
        ['comment.resolve', { ...ref, threadId: thread.id, resolved: true }],
        ['comment.delete', { ...ref, commentId: second.id }],
      ] as const) {
        const refused = await t.rpcAs(reviewer, method, input);
        expect([method, refused.status, refused.body.error.code]).toEqual([method, 423, 'storage_locked']);
      }
    } finally {
      await lock.release();
    }
    expect(stored()).toEqual(before);
    expect((await t.callAs(reviewer, 'comment.resolve', { ...ref, threadId: thread.id, resolved: true })).thread.status).toBe('resolved');
  });

  it('cannot be announced by a client: a forged "comments changed" on a reviewer\'s socket reaches no one', async () => {
    const { ref, drafter, reviewer } = await team();
    const name = syncDocumentName(ref.workspaceId, ref.documentId);
    const watcher = connectProvider(t.server.url, null, ref.workspaceId, ref.documentId, { headers: () => ({ cookie: drafter }) });
    const raw = await openRawSync(t.server.url, null, { cookie: reviewer });
    try {
      await settled(watcher.provider);
      const heard: string[] = [];
      watcher.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(payload));
      raw.send(authMessage(name));
      await waitFor(() => raw.received.length > 0, 5000, 'the reviewer authenticated');
      // Hocuspocus' Stateless (5) goes only to the server's hooks (we have none); BroadcastStateless (6) is refused from clients.
      const before = raw.received.length;
      raw.send(message(name, 5, (e) => encoding.writeVarString(e, COMMENTS_CHANGED)));
      raw.send(message(name, 6, (e) => encoding.writeVarString(e, COMMENTS_CHANGED)));
      // The server answers the latter by closing that document's connection (a Close message on
      // the socket): by then it has handled both, in order.
      await waitFor(() => raw.received.length > before, 5000, 'the close message');
      t.server.sync.notifyDocument(ref.workspaceId, ref.documentId, 'marker');
      await waitFor(() => heard.length > 0, 5000, 'marker');
      expect(heard).toEqual(['marker']);
    } finally {
      raw.close();
      watcher.destroy();
    }
  });
});
