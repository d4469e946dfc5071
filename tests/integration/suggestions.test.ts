import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { SUGGESTIONS_CHANGED } from '../../shared/rpc/protocol.ts';
import { SUGGESTION_LIMITS } from '../../shared/suggestions/suggestionLimits.ts';
import { holdWriteLock } from '../helpers/holdWriteLock.ts';
import { connectProvider, settled, waitFor, type TestProvider } from '../helpers/provider.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { useTeamServer } from '../helpers/teamServer.ts';

const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });

const FIRST = 'Thành phố Hải Phòng mới có quy mô dân số trên 4,6 triệu người.';
const SECOND = 'Kinh tế tăng trưởng khá, bình quân 10,5%/năm.';

/** A paragraph with its block id and text, as y-prosemirror stores one. */
function paragraph(id: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.setAttribute('id', id);
  const yText = new Y.XmlText();
  yText.insert(0, text);
  element.insert(0, [yText]);
  return element;
}

const fragmentOf = (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FRAGMENT);
const textOf = (ydoc: Y.Doc, index: number) => (fragmentOf(ydoc).get(index) as Y.XmlElement).get(0) as Y.XmlText;
const lines = (ydoc: Y.Doc) => fragmentOf(ydoc).toArray().map((_, i) => textOf(ydoc, i).toString());
const encoded = (text: Y.XmlText, index: number) => Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index))).toString('base64');

/**
 * The input of `suggestion.create` for replacing the characters `from`–`to` of block `index` in
 * `ydoc` (a client's synced copy) by `inserted`, with its anchor made as the editor makes one.
 */
function suggestionOn(ydoc: Y.Doc, index: number, from: number, to: number, inserted: string) {
  const text = textOf(ydoc, index);
  const whole = text.toString();
  const deleted = whole.slice(from, to);
  const anchor = { blockId: `p${index + 1}`, start: encoded(text, from), end: encoded(text, to), quote: deleted, prefix: whole.slice(Math.max(0, from - 32), from), suffix: whole.slice(to, to + 32), position: from };
  return { anchor, deletedText: deleted, insertedText: inserted };
}

/** A workspace with one two-paragraph document; two drafters, two reviewers and a compiler in it, the drafter's editor connected. */
async function team() {
  const workspace = t.server.workspaces.create('Đại hội XVII');
  for (const [name, role] of [['drafter', 'drafter'], ['second', 'drafter'], ['reviewer', 'reviewer'], ['other', 'reviewer'], ['compiler', 'compiler']] as const) await t.addUser(name, role, workspace.id);
  const drafter = await t.cookieOf('drafter');
  const { document } = await t.callAs(drafter, 'document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  const ref = { workspaceId: workspace.id as string, documentId: document.id as string };
  const editor = connectProvider(t.server.url, null, ref.workspaceId, ref.documentId, { headers: () => ({ cookie: drafter }) });
  await settled(editor.provider);
  editor.ydoc.transact(() => {
    const fragment = fragmentOf(editor.ydoc);
    fragment.delete(0, fragment.length);
    fragment.insert(0, [paragraph('p1', FIRST), paragraph('p2', SECOND)]);
  }, 'test');
  await settled(editor.provider);
  const cookies = { drafter, second: await t.cookieOf('second'), reviewer: await t.cookieOf('reviewer'), other: await t.cookieOf('other'), compiler: await t.cookieOf('compiler') };
  return { ref, editor, ...cookies };
}

/** A synced editor of the document as `cookie`'s owner (read-only for all but drafters). */
async function editorAs(ref: { workspaceId: string; documentId: string }, cookie: string): Promise<TestProvider> {
  const editor = connectProvider(t.server.url, null, ref.workspaceId, ref.documentId, { headers: () => ({ cookie }) });
  await waitFor(() => editor.provider.isSynced, 5000, 'editor synced');
  return editor;
}

const auditOf = (workspaceId: string) =>
  rawDatabase(t.server.workspaces.store(workspaceId))
    .prepare("SELECT actor, action, subject, details FROM audit_log WHERE action LIKE 'suggestion.%' ORDER BY seq")
    .all()
    .map((row) => ({ actor: row.actor, action: row.action, subject: row.subject, details: JSON.parse(String(row.details)) }));

describe('suggestions on a team server', () => {
  it('are made by a reviewer and accepted by a drafter on the server: the text changes for everyone, with an audit entry', async () => {
    const { ref, editor, drafter, reviewer } = await team();
    const watcher = await editorAs(ref, reviewer);
    try {
      const heard: string[] = [];
      watcher.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(payload));
      // 'quy mô dân số' → 'dân số'; an `author` sent by the client is not part of the input.
      const input = suggestionOn(watcher.ydoc, 0, 27, 40, 'dân số');
      expect(input.deletedText).toBe('quy mô dân số');
      const made = (await t.callAs(reviewer, 'suggestion.create', { ...ref, ...input, author: 'giả mạo' })).suggestion;
      expect(made).toMatchObject({ author: 'reviewer', authorName: 'Người reviewer', status: 'open', deletedText: 'quy mô dân số', insertedText: 'dân số', stale: false, currentText: 'quy mô dân số' });
      expect(Date.parse(made.createdAt)).toBeGreaterThan(Date.now() - 60_000);
      await waitFor(() => heard.includes(SUGGESTIONS_CHANGED), 5000, 'the reviewer told of the new suggestion');
      // Making it changed no text.
      expect(lines(editor.ydoc)[0]).toBe(FIRST);
      const listed = (await t.callAs(drafter, 'suggestion.list', ref)).suggestions;
      expect(listed.map((s: { id: string }) => s.id)).toEqual([made.id]);

      const accepted = await t.callAs(drafter, 'suggestion.accept', { ...ref, suggestionId: made.id });
      expect(accepted.applied).toBe(true);
      expect(accepted.suggestion).toMatchObject({ status: 'accepted', decidedBy: 'drafter', decidedByName: 'Người drafter' });
      const expected = 'Thành phố Hải Phòng mới có dân số trên 4,6 triệu người.';
      await waitFor(() => lines(editor.ydoc)[0] === expected && lines(watcher.ydoc)[0] === expected, 5000, 'both editors to have the accepted text');
      expect(lines(watcher.ydoc)).toEqual([expected, SECOND]);
      await waitFor(() => heard.filter((p) => p === SUGGESTIONS_CHANGED).length === 2, 5000, 'the reviewer told of the decision');
      expect(auditOf(ref.workspaceId)).toEqual([
        { actor: 'drafter', action: 'suggestion.accept', subject: ref.documentId, details: { suggestionId: made.id, author: 'reviewer', deleted: 'quy mô dân số', inserted: 'dân số', anyway: false, from: 'quy mô dân số' } },
      ]);
      // Accepting it again is refused: it is decided, and the text is not changed twice.
      const again = await t.rpcAs(drafter, 'suggestion.accept', { ...ref, suggestionId: made.id });
      expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);
      expect(again.body.error.message).toContain('Người drafter');
    } finally {
      watcher.destroy();
      editor.destroy();
    }
  });

  it('cannot be accepted or rejected by a reviewer, nor made by a compiler: forbidden, and nothing changes', async () => {
    const { ref, editor, reviewer, compiler } = await team();
    try {
      const made = (await t.callAs(reviewer, 'suggestion.create', { ...ref, ...suggestionOn(editor.ydoc, 1, 0, 7, 'Nền kinh tế') })).suggestion;
      for (const [method, input] of [
        ['suggestion.accept', { ...ref, suggestionId: made.id }],
        ['suggestion.reject', { ...ref, suggestionId: made.id }],
        ['suggestion.acceptAll', ref],
        ['suggestion.rejectAll', { ...ref, author: 'reviewer' }],
      ] as const) {
        for (const cookie of [reviewer, compiler]) {
          const reply = await t.rpcAs(cookie, method, input);
          expect([method, reply.status, reply.body.error.code]).toEqual([method, 403, 'forbidden']);
        }
      }
      const refused = await t.rpcAs(compiler, 'suggestion.create', { ...ref, ...suggestionOn(editor.ydoc, 1, 0, 7, 'Nền kinh tế') });
      expect([refused.status, refused.body.error.code]).toEqual([403, 'forbidden']);
      // The compiler reads them.
      const listed = (await t.callAs(compiler, 'suggestion.list', ref)).suggestions;
      expect(listed).toEqual([expect.objectContaining({ id: made.id, status: 'open' })]);
      expect(lines(editor.ydoc)).toEqual([FIRST, SECOND]);
      expect(auditOf(ref.workspaceId)).toEqual([]);
    } finally {
      editor.destroy();
    }
  });

  it('whose text was edited since are stale: not applied, shown with both texts, accepted anyway only over the text the drafter saw', async () => {
    const { ref, editor, drafter, reviewer } = await team();
    try {
      const made = (await t.callAs(reviewer, 'suggestion.create', { ...ref, ...suggestionOn(editor.ydoc, 0, 27, 40, 'dân số') })).suggestion;
      // The drafter types inside the anchored text: 'quy mô dân số' → 'quy mô lớn dân số'.
      editor.ydoc.transact(() => textOf(editor.ydoc, 0).insert(34, 'lớn '), 'test');
      await settled(editor.provider);
      const listed = (await t.callAs(drafter, 'suggestion.list', ref)).suggestions[0];
      expect(listed).toMatchObject({ stale: true, deletedText: 'quy mô dân số', currentText: 'quy mô lớn dân số', status: 'open' });
      const refused = await t.callAs(drafter, 'suggestion.accept', { ...ref, suggestionId: made.id });
      expect(refused).toMatchObject({ applied: false, suggestion: { status: 'open', stale: true, deletedText: 'quy mô dân số', currentText: 'quy mô lớn dân số' } });
      // Accepting anyway over a text that is not the current one (it moved on) is refused the same way.
      const wrong = await t.callAs(drafter, 'suggestion.accept', { ...ref, suggestionId: made.id, current: 'quy mô dân số' });
      expect(wrong.applied).toBe(false);
      await new Promise((r) => setTimeout(r, 50));
      expect(lines(editor.ydoc)[0]).toBe('Thành phố Hải Phòng mới có quy mô lớn dân số trên 4,6 triệu người.');
      expect(auditOf(ref.workspaceId)).toEqual([]);

      const anyway = await t.callAs(drafter, 'suggestion.accept', { ...ref, suggestionId: made.id, current: 'quy mô lớn dân số' });
      expect(anyway).toMatchObject({ applied: true, suggestion: { status: 'accepted' } });
      await waitFor(() => lines(editor.ydoc)[0] === 'Thành phố Hải Phòng mới có dân số trên 4,6 triệu người.', 5000, 'the accepted text');
      expect(auditOf(ref.workspaceId)[0].details).toMatchObject({ anyway: true, from: 'quy mô lớn dân số', deleted: 'quy mô dân số' });
    } finally {
      editor.destroy();
    }
  });

  it('whose text is gone (its paragraph deleted) are stale with no current text, and can only be rejected', async () => {
    const { ref, editor, drafter, reviewer } = await team();
    try {
      const made = (await t.callAs(reviewer, 'suggestion.create', { ...ref, ...suggestionOn(editor.ydoc, 1, 0, 7, 'Nền kinh tế') })).suggestion;
      editor.ydoc.transact(() => fragmentOf(editor.ydoc).delete(1, 1), 'test');
      await settled(editor.provider);
      const refused = await t.callAs(drafter, 'suggestion.accept', { ...ref, suggestionId: made.id });
      expect(refused).toMatchObject({ applied: false, suggestion: { stale: true, currentText: null } });
      const rejected = (await t.callAs(drafter, 'suggestion.reject', { ...ref, suggestionId: made.id })).suggestion;
      expect(rejected).toMatchObject({ status: 'rejected', decidedBy: 'drafter', stale: false });
      expect(lines(editor.ydoc)).toEqual([FIRST]);
      expect(auditOf(ref.workspaceId).map((a) => a.action)).toEqual(['suggestion.reject']);
    } finally {
      editor.destroy();
    }
  });

  it('accepted while another drafter edits elsewhere in the text converge to the same text on every client', async () => {
    const { ref, editor, drafter, second, reviewer } = await team();
    const other = await editorAs(ref, second);
    const watcher = await editorAs(ref, reviewer);
    try {
      await settled(other.provider);
      const made = (await t.callAs(reviewer, 'suggestion.create', { ...ref, ...suggestionOn(watcher.ydoc, 0, 27, 40, 'dân số') })).suggestion;
      // Fired together: the accept on the server, and edits after the anchored text and in the next paragraph.
      const accepting = t.callAs(drafter, 'suggestion.accept', { ...ref, suggestionId: made.id });
      other.ydoc.transact(() => {
        textOf(other.ydoc, 0).insert(FIRST.length - 1, ' (năm 2025)');
        textOf(other.ydoc, 1).insert(0, 'Trong nhiệm kỳ, ');
      }, 'test');
      expect((await accepting).applied).toBe(true);
      await settled(other.provider);
      const expected = ['Thành phố Hải Phòng mới có dân số trên 4,6 triệu người (năm 2025).', `Trong nhiệm kỳ, ${SECOND}`];
      await waitFor(() => [editor, other, watcher].every((c) => JSON.stringify(lines(c.ydoc)) === JSON.stringify(expected)), 5000, 'every client to converge');
      // The server's stored copy is the same: a client joining now reads it.
      const late = await editorAs(ref, reviewer);
      expect(lines(late.ydoc)).toEqual(expected);
      late.destroy();
    } finally {
      other.destroy();
      watcher.destroy();
      editor.destroy();
    }
  });

  it('accepted while a drafter edits inside the anchored text end stale (not applied) or applied with the edit kept once, the same on every client — never a mangled text', async () => {
    const { ref, editor, drafter, second, reviewer } = await team();
    const other = await editorAs(ref, second);
    const watcher = await editorAs(ref, reviewer);
    try {
      await settled(other.provider);
      const made = (await t.callAs(reviewer, 'suggestion.create', { ...ref, ...suggestionOn(watcher.ydoc, 0, 27, 40, 'dân số') })).suggestion;
      // Fired together: the accept on the server, and 'lớn ' typed inside 'quy mô dân số'.
      const accepting = t.callAs(drafter, 'suggestion.accept', { ...ref, suggestionId: made.id });
      other.ydoc.transact(() => textOf(other.ydoc, 0).insert(34, 'lớn '), 'test');
      const { applied } = await accepting;
      await settled(other.provider);
      await waitFor(() => [editor, other, watcher].every((c) => JSON.stringify(lines(c.ydoc)) === JSON.stringify(lines(other.ydoc))), 5000, 'every client to converge');
      const [line, next] = lines(other.ydoc);
      expect(next).toBe(SECOND);
      const status = (await t.callAs(drafter, 'suggestion.list', ref)).suggestions[0];
      if (applied) {
        // The suggestion's change, and the drafter's word kept once, in the suggestion's place.
        expect(line).toBe('Thành phố Hải Phòng mới có lớn dân số trên 4,6 triệu người.');
        expect(status.status).toBe('accepted');
      } else {
        // The edit came first: the text is the drafter's, the suggestion left open and stale for them to decide.
        expect(line).toBe('Thành phố Hải Phòng mới có quy mô lớn dân số trên 4,6 triệu người.');
        expect(status).toMatchObject({ status: 'open', stale: true, currentText: 'quy mô lớn dân số' });
      }
      const late = await editorAs(ref, reviewer);
      expect(lines(late.ydoc)).toEqual([line, SECOND]);
      late.destroy();
    } finally {
      other.destroy();
      watcher.destroy();
      editor.destroy();
    }
  });

  it('accepted while a drafter\'s edit inside the anchored text is still on its way (made before, arriving after) merge to one text on every client, the edit kept once', async () => {
    const { ref, editor, drafter, second, reviewer } = await team();
    const other = await editorAs(ref, second);
    const watcher = await editorAs(ref, reviewer);
    try {
      await settled(other.provider);
      const made = (await t.callAs(reviewer, 'suggestion.create', { ...ref, ...suggestionOn(watcher.ydoc, 0, 27, 40, 'dân số') })).suggestion;
      // The drafter's edit is made on a copy of the text as it was before the accept (a client
      // that has not heard of it yet), and reaches the server only after the accept was applied.
      const offline = new Y.Doc();
      Y.applyUpdate(offline, Y.encodeStateAsUpdate(other.ydoc));
      const before = Y.encodeStateVector(offline);
      offline.transact(() => textOf(offline, 0).insert(34, 'lớn '), 'test');
      const edit = Y.encodeStateAsUpdate(offline, before);
      expect((await t.callAs(drafter, 'suggestion.accept', { ...ref, suggestionId: made.id })).applied).toBe(true);
      await waitFor(() => lines(other.ydoc)[0] === 'Thành phố Hải Phòng mới có dân số trên 4,6 triệu người.', 5000, 'the accept to reach the drafter');
      Y.applyUpdate(other.ydoc, edit, 'test');
      await settled(other.provider);
      const expected = ['Thành phố Hải Phòng mới có lớn dân số trên 4,6 triệu người.', SECOND];
      await waitFor(() => [editor, other, watcher].every((c) => JSON.stringify(lines(c.ydoc)) === JSON.stringify(expected)), 5000, 'every client to converge');
      const late = await editorAs(ref, reviewer);
      expect(lines(late.ydoc)).toEqual(expected);
      late.destroy();
      offline.destroy();
    } finally {
      other.destroy();
      watcher.destroy();
      editor.destroy();
    }
  });

  it('are accepted or rejected all at once, or all of one author, leaving the stale ones open', async () => {
    const { ref, editor, drafter, reviewer, other } = await team();
    try {
      const mine = (await t.callAs(reviewer, 'suggestion.create', { ...ref, ...suggestionOn(editor.ydoc, 0, 0, 9, 'Thành phố cảng') })).suggestion;
      const staleOne = (await t.callAs(reviewer, 'suggestion.create', { ...ref, ...suggestionOn(editor.ydoc, 1, 0, 7, 'Nền kinh tế') })).suggestion;
      const theirs = (await t.callAs(other, 'suggestion.create', { ...ref, ...suggestionOn(editor.ydoc, 1, SECOND.length - 1, SECOND.length - 1, ', vượt mục tiêu') })).suggestion;
      editor.ydoc.transact(() => textOf(editor.ydoc, 1).insert(3, 'X'), 'test'); // inside 'Kinh tế': that one is stale now
      await settled(editor.provider);
      const all = await t.callAs(drafter, 'suggestion.acceptAll', { ...ref, author: 'reviewer' });
      expect(all.accepted).toEqual([mine.id]);
      expect(all.stale).toEqual([expect.objectContaining({ id: staleOne.id, stale: true, currentText: 'KinXh tế' })]);
      await waitFor(() => lines(editor.ydoc)[0].startsWith('Thành phố cảng Hải Phòng'), 5000, 'the accepted one');
      // `other`'s suggestion was not touched by accepting the reviewer's.
      const listed = (await t.callAs(drafter, 'suggestion.list', ref)).suggestions;
      expect(listed.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([[mine.id, 'accepted'], [staleOne.id, 'open'], [theirs.id, 'open']]);
      expect((await t.callAs(drafter, 'suggestion.rejectAll', { ...ref, author: 'other' })).rejected).toEqual([theirs.id]);
      expect((await t.callAs(drafter, 'suggestion.rejectAll', ref)).rejected).toEqual([staleOne.id]);
      expect((await t.callAs(drafter, 'suggestion.acceptAll', ref)).accepted).toEqual([]);
      expect(lines(editor.ydoc)[1]).toBe('KinXh tế tăng trưởng khá, bình quân 10,5%/năm.');
      expect(auditOf(ref.workspaceId).map((a) => [a.actor, a.action, a.details.suggestionId])).toEqual([
        ['drafter', 'suggestion.accept', mine.id],
        ['drafter', 'suggestion.reject', theirs.id],
        ['drafter', 'suggestion.reject', staleOne.id],
      ]);
    } finally {
      editor.destroy();
    }
  });

  it('answer an unknown suggestion, one of another document, oversized or malformed text and foreign positions with a clear error, storing nothing', async () => {
    const { ref, editor, drafter, reviewer } = await team();
    try {
      const made = (await t.callAs(reviewer, 'suggestion.create', { ...ref, ...suggestionOn(editor.ydoc, 0, 0, 9, 'Thành phố cảng') })).suggestion;
      const { document: second } = await t.callAs(drafter, 'document.create', { workspaceId: ref.workspaceId, kind: 'other', title: 'Văn kiện khác' });
      const elsewhere = { ...ref, documentId: second.id };
      const unknown = '00000000-0000-4000-8000-000000000000';
      for (const [method, input] of [
        ['suggestion.accept', { ...ref, suggestionId: unknown }],
        ['suggestion.reject', { ...ref, suggestionId: unknown }],
        ['suggestion.accept', { ...elsewhere, suggestionId: made.id }],
        ['suggestion.reject', { ...elsewhere, suggestionId: made.id }],
        ['suggestion.list', { ...ref, documentId: unknown }],
        ['suggestion.acceptAll', { ...ref, documentId: unknown }],
      ] as const) {
        const reply = await t.rpcAs(drafter, method, input);
        expect([method, reply.status, reply.body.error?.code]).toEqual([method, 404, 'not_found']);
        expect(reply.body.error.message).toMatch(/[.!]$/);
      }
      const good = suggestionOn(editor.ydoc, 0, 0, 9, 'Thành phố cảng');
      const refused: [string, object, number][] = [
        ['an inserted text past the limit', { ...good, insertedText: 'ý'.repeat(SUGGESTION_LIMITS.inserted + 1) }, 400],
        ['a deleted text past the limit', { ...good, deletedText: 'a'.repeat(SUGGESTION_LIMITS.deleted + 1), anchor: { ...good.anchor, quote: 'a'.repeat(SUGGESTION_LIMITS.deleted + 1) } }, 400],
        ['a line break in the inserted text', { ...good, insertedText: 'một\nhai' }, 400],
        ['bidi controls', { ...good, insertedText: 'abc\u202Edef' }, 400],
        ['a deleted text that is not the quote', { ...good, deletedText: 'Hải Phòng' }, 400],
        ['a change that changes nothing', { ...good, insertedText: good.deletedText }, 400],
        ['nothing deleted nor inserted', { ...good, anchor: { ...good.anchor, quote: '' }, deletedText: '', insertedText: '' }, 400],
        ['a position that is not base64', { ...good, anchor: { ...good.anchor, start: '<script>' } }, 400],
        ['an unknown anchor field', { ...good, anchor: { ...good.anchor, html: '<b>' } }, 400],
        ['a deleted text the document does not hold there', { ...good, deletedText: 'Thành phá', anchor: { ...good.anchor, quote: 'Thành phá' } }, 409],
      ];
      for (const [what, input, status] of refused) {
        const reply = await t.rpcAs(reviewer, 'suggestion.create', { ...ref, ...input });
        expect([what, reply.status, reply.body.error?.code]).toEqual([what, status, status === 400 ? 'bad_request' : 'conflict']);
        expect(reply.body.error.message, what).toMatch(/[.!]$/);
      }
      // Positions made in this document, sent for another one (whose Y.Doc has no such characters).
      const foreign = await t.rpcAs(reviewer, 'suggestion.create', { ...elsewhere, ...good });
      expect([foreign.status, foreign.body.error.code]).toEqual([409, 'conflict']);
      expect(foreign.body.error.message).toContain('không có trong văn kiện này');
      const count = rawDatabase(t.server.workspaces.store(ref.workspaceId)).prepare('SELECT COUNT(*) AS n FROM suggestions').get() as { n: number };
      expect(count.n).toBe(1);
    } finally {
      editor.destroy();
    }
  });

  it('accepted while another program holds the file: refused with a named 423, the text unchanged and the suggestion still open', async () => {
    const { ref, editor, drafter, reviewer } = await team();
    try {
      const made = (await t.callAs(reviewer, 'suggestion.create', { ...ref, ...suggestionOn(editor.ydoc, 0, 0, 9, 'Thành phố cảng') })).suggestion;
      const lock = await holdWriteLock(t.server.workspaces.store(ref.workspaceId).path);
      try {
        const refused = await t.rpcAs(drafter, 'suggestion.accept', { ...ref, suggestionId: made.id });
        expect([refused.status, refused.body.error.code]).toEqual([423, 'storage_locked']);
      } finally {
        await lock.release();
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(lines(editor.ydoc)).toEqual([FIRST, SECOND]);
      expect((await t.callAs(drafter, 'suggestion.list', ref)).suggestions[0]).toMatchObject({ status: 'open', stale: false });
      expect(auditOf(ref.workspaceId)).toEqual([]);
      expect((await t.callAs(drafter, 'suggestion.accept', { ...ref, suggestionId: made.id })).applied).toBe(true);
      await waitFor(() => lines(editor.ydoc)[0].startsWith('Thành phố cảng'), 5000, 'the accepted text once the file is free');
    } finally {
      editor.destroy();
    }
  });
});
