import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { linkOfItem } from '../../main/services/feedback/linkOfItem.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { anchorWorkspace, FORM_LETTER } from '../fixtures/feedback/anchorFixture.ts';
import { connectProvider, settled } from '../helpers/provider.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';

const POVERTY = 'Đề nghị sửa “Tỷ lệ hộ nghèo';

interface Block { id: string; text: string }
interface Link { id: string; itemId: string; suggestionId: string | null; how: string; oldText: string; newText: string; olderDraft: number | null; newerDraft: number | null }

describe('from a comment to a suggestion, and the comment linked to its change, on a real server', () => {
  const env = useTestServer();
  const refused = async (method: string, input: unknown) => {
    const reply = await rpc(env.server.url, env.server.secret, method, input);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    return reply.body.error as { code: string; message: string };
  };
  const blocks = async (ref: { workspaceId: string; documentId: string }, side: number | 'working') => (await env.call('draft.get', { ...ref, side })).blocks as Block[];
  const blockStarting = async (ref: { workspaceId: string; documentId: string }, start: string, side: number | 'working' = 1) => (await blocks(ref, side)).find((b) => b.text.startsWith(start))!;
  const links = async (workspaceId: string, itemId: string) => (await env.call('feedback.links', { workspaceId, itemId })).links as Link[];
  const audited = (workspaceId: string, action: string) =>
    (rawDatabase(env.server.workspaces.store(workspaceId)).prepare('SELECT subject, details FROM audit_log WHERE action = ? ORDER BY rowid').all(action) as { subject: string; details: string }[])
      .map((r) => ({ subject: r.subject, ...JSON.parse(r.details) }));

  async function workspace() {
    const fixture = await anchorWorkspace(env.call);
    const ref = { workspaceId: fixture.workspaceId, documentId: fixture.documentId };
    const item = (start: string) => fixture.items.find((i) => i.text.startsWith(start))!.id;
    return { ref, item };
  }

  it('refuses, with a sentence and making nothing, a comment not anchored, one proposing no wording, and one whose wording is not in its block', async () => {
    const { ref, item } = await workspace();
    const { workspaceId } = ref;
    expect((await refused('feedback.toSuggestion', { workspaceId, itemId: item(POVERTY) })).message).toContain('chưa được gắn');
    await env.call('feedback.anchor', { ...ref });
    const target2 = item('Mục I, chỉ tiêu (2)');
    expect((await refused('feedback.toSuggestion', { workspaceId, itemId: target2 })).message).toContain('không đề xuất câu chữ cụ thể');
    const life = await blockStarting(ref, 'Đời sống');
    // Anchoring put it on the poverty target: a person moves it, on the anchor they saw.
    const poverty = await blockStarting(ref, 'Tỷ lệ hộ nghèo');
    await env.call('feedback.setAnchor', { ...ref, itemId: item(POVERTY), draftNumber: 1, blockIds: [life.id], expectedBlockIds: [poverty.id] });
    const notFound = await refused('feedback.toSuggestion', { workspaceId, itemId: item(POVERTY) });
    expect([notFound.code, notFound.message]).toEqual(['conflict', expect.stringContaining('Không tìm thấy “Tỷ lệ hộ nghèo giảm còn dưới 1%”')]);
    expect((await env.call('suggestion.list', ref)).suggestions).toEqual([]);
    expect(audited(workspaceId, 'feedback.to_suggestion')).toEqual([]);
    expect((await refused('feedback.toSuggestion', { workspaceId, itemId: 'no-such-item' })).code).toBe('not_found');
  });

  it('makes one suggestion shown as the organisation, and accepting it edits the text and links the comment without changing its status', async () => {
    const { ref, item } = await workspace();
    const { workspaceId } = ref;
    await env.call('feedback.anchor', { ...ref });
    const itemId = item(POVERTY);
    const made = await env.call('feedback.toSuggestion', { workspaceId, itemId });
    expect(made.created).toBe(true);
    expect(made.suggestion).toMatchObject({
      deletedText: 'Tỷ lệ hộ nghèo giảm còn dưới 1%', insertedText: 'Cơ bản không còn hộ nghèo', status: 'open', stale: false,
      author: 'local', authorName: 'Đảng bộ xã An Lão', onBehalfOf: 'Đảng bộ xã An Lão', fromFeedbackItemId: itemId,
    });
    const again = await env.call('feedback.toSuggestion', { workspaceId, itemId });
    expect([again.created, again.suggestion.id]).toEqual([false, made.suggestion.id]);
    expect((await env.call('suggestion.list', ref)).suggestions).toHaveLength(1);
    expect(audited(workspaceId, 'feedback.to_suggestion')).toEqual([expect.objectContaining({ subject: itemId, suggestionId: made.suggestion.id, kind: 'replace', onBehalfOf: 'Đảng bộ xã An Lão' })]);
    expect(await env.call('feedback.links', { workspaceId, itemId })).toEqual({ links: [], suggestion: { id: made.suggestion.id, documentId: ref.documentId, status: 'open' } });

    expect((await env.call('suggestion.accept', { ...ref, suggestionId: made.suggestion.id })).applied).toBe(true);
    expect((await blocks(ref, 'working')).map((b) => b.text)).toContain('Cơ bản không còn hộ nghèo theo chuẩn nghèo đa chiều.');
    const [link] = await links(workspaceId, itemId);
    expect(link).toMatchObject({ itemId, suggestionId: made.suggestion.id, how: 'suggestion', oldText: 'Tỷ lệ hộ nghèo giảm còn dưới 1%', newText: 'Cơ bản không còn hộ nghèo' });
    // What reports read as the change that answered the comment.
    expect(linkOfItem(env.server.workspaces.store(workspaceId), itemId)).toMatchObject({ id: link.id, newText: 'Cơ bản không còn hộ nghèo' });
    const listed = (await env.call('feedback.list', { workspaceId })).items.find((i: { id: string }) => i.id === itemId);
    expect(listed.status).toBe('new');
  });

  it('links every comment of the cluster when the suggestion made from one of them is accepted with "accept all"', async () => {
    const { ref, item } = await workspace();
    const { workspaceId } = ref;
    const direction = await blockStarting(ref, 'Xây dựng thành phố');
    const letter = item(FORM_LETTER.slice(0, 40));
    await env.call('feedback.setAnchor', { ...ref, itemId: letter, draftNumber: 1, blockIds: [direction.id], expectedBlockIds: null });
    await env.call('feedback.cluster', { workspaceId });
    const cluster = (await env.call('feedback.listClusters', { workspaceId })).clusters.find((c: { members: { itemId: string }[] }) => c.members.some((m) => m.itemId === letter));
    expect(cluster.members).toHaveLength(3);
    const made = await env.call('feedback.toSuggestion', { workspaceId, itemId: letter });
    expect(made.suggestion.deletedText).toBe('');
    expect(made.suggestion.insertedText.startsWith(' giải pháp phát triển hạ tầng giao thông')).toBe(true);
    const before = await env.call('feedback.changes', { workspaceId, epoch: null, since: 0, waitMs: 0 });
    expect((await env.call('suggestion.acceptAll', ref)).accepted).toEqual([made.suggestion.id]);
    // The compilers' pages are told which comments the acceptance linked.
    const told = await env.call('feedback.changes', { workspaceId, epoch: before.epoch, since: before.seq, waitMs: 0 });
    expect(told.changes.map((c: { kind: string; itemIds: string[] }) => [c.kind, [...c.itemIds].sort()]))
      .toEqual([['links', cluster.members.map((m: { itemId: string }) => m.itemId).sort()]]);
    expect((await blockStarting(ref, 'Xây dựng thành phố', 'working')).text).toContain('của vùng giải pháp phát triển hạ tầng giao thông');
    for (const member of cluster.members as { itemId: string }[]) {
      expect((await links(workspaceId, member.itemId)).map((l) => [l.how, l.suggestionId])).toEqual([['suggestion', made.suggestion.id]]);
    }
    expect(audited(workspaceId, 'feedback.link').map((a) => a.subject).sort()).toEqual(cluster.members.map((m: { itemId: string }) => m.itemId).sort());
  });

  it('links nothing for a stale suggestion (its text changed since), and once only when two accept it at the same time', async () => {
    const { ref, item } = await workspace();
    const { workspaceId } = ref;
    await env.call('feedback.anchor', { ...ref });
    const itemId = item(POVERTY);
    const { suggestion } = await env.call('feedback.toSuggestion', { workspaceId, itemId });

    const editor = connectProvider(env.server.url, env.server.secret, ref.workspaceId, ref.documentId);
    try {
      await settled(editor.provider);
      const text = findText(editor.ydoc, 'Tỷ lệ hộ nghèo');
      editor.ydoc.transact(() => text.insert(text.toString().indexOf('dưới'), 'xuống '), 'test');
      await settled(editor.provider);
    } finally {
      editor.destroy();
    }
    const stale = await env.call('suggestion.accept', { ...ref, suggestionId: suggestion.id });
    expect([stale.applied, stale.suggestion.stale, stale.suggestion.currentText]).toEqual([false, true, 'Tỷ lệ hộ nghèo giảm còn xuống dưới 1%']);
    expect(await links(workspaceId, itemId)).toEqual([]);

    const current = stale.suggestion.currentText;
    const replies = await Promise.all([0, 1].map(() => rpc(env.server.url, env.server.secret, 'suggestion.accept', { ...ref, suggestionId: suggestion.id, current })));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await links(workspaceId, itemId)).map((l) => l.oldText)).toEqual(['Tỷ lệ hộ nghèo giảm còn dưới 1%']);
  });

  it('takes the links back with the acceptance when the text edit cannot be stored, and links once when accepted again', async () => {
    const { ref, item } = await workspace();
    const { workspaceId } = ref;
    await env.call('feedback.anchor', { ...ref });
    const itemId = item(POVERTY);
    const { suggestion } = await env.call('feedback.toSuggestion', { workspaceId, itemId });
    // The update's write fails once after the acceptance and its links were recorded (a full disk, say).
    const updates = env.server.workspaces.store(workspaceId).updates;
    const append = updates.append.bind(updates);
    updates.append = () => {
      updates.append = append;
      throw Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR', errcode: 13 });
    };
    const failed = await rpc(env.server.url, env.server.secret, 'suggestion.accept', { ...ref, suggestionId: suggestion.id });
    expect(failed.status).toBeGreaterThanOrEqual(400);
    expect(await links(workspaceId, itemId)).toEqual([]);
    expect((await env.call('suggestion.list', ref)).suggestions[0]).toMatchObject({ status: 'open', stale: false });
    expect((await env.call('suggestion.accept', { ...ref, suggestionId: suggestion.id })).applied).toBe(true);
    expect((await links(workspaceId, itemId)).map((l) => l.suggestionId)).toEqual([suggestion.id]);
  });

  it('lists the changes touching the comment\'s block first, links one picked by a person with the server\'s wording, and unlinks it', async () => {
    const { ref, item } = await workspace();
    const { workspaceId } = ref;
    const economy = await blockStarting(ref, 'Tăng trưởng kinh tế');
    const itemId = item('Đề nghị tăng cường');
    expect((await refused('feedback.linkCandidates', { workspaceId, itemId })).message).toContain('chưa được gắn');
    await env.call('feedback.setAnchor', { ...ref, itemId, draftNumber: 1, blockIds: [economy.id], expectedBlockIds: null });
    const candidates = await env.call('feedback.linkCandidates', { workspaceId, itemId });
    expect([candidates.older, candidates.newer]).toEqual([1, 2]);
    expect(candidates.changes[0]).toMatchObject({ op: 'modified', olderBlockId: economy.id, touchesAnchor: true });
    expect(candidates.changes.slice(1).some((c: { op: string; oldText: string }) => c.op === 'deleted' && c.oldText.startsWith('Tỷ lệ hộ nghèo'))).toBe(true);

    expect((await refused('feedback.linkChange', { workspaceId, itemId, olderBlockId: null, newerBlockId: null })).code).toBe('bad_request');
    expect((await refused('feedback.linkChange', { workspaceId, itemId, olderBlockId: 'forged', newerBlockId: null })).code).toBe('not_found');
    const { link } = await env.call('feedback.linkChange', { workspaceId, itemId, olderBlockId: candidates.changes[0].olderBlockId, newerBlockId: candidates.changes[0].newerBlockId });
    expect(link).toMatchObject({ how: 'person', olderDraft: 1, newerDraft: 2, createdBy: 'local' });
    expect(link.oldText).toContain('nghiêm túc');
    expect(link.newText).toContain('nghiêm chỉnh');
    expect((await links(workspaceId, itemId)).map((l) => l.id)).toEqual([link.id]);

    await env.call('feedback.unlink', { workspaceId, linkId: link.id });
    expect(await links(workspaceId, itemId)).toEqual([]);
    expect(linkOfItem(env.server.workspaces.store(workspaceId), itemId)).toBeNull();
    // An unlink is kept: the row stays, marked, and cannot be deleted.
    const db = rawDatabase(env.server.workspaces.store(workspaceId));
    expect(db.prepare('SELECT removed_by FROM feedback_links WHERE id = ?').get(link.id)).toEqual({ removed_by: 'local' });
    expect(() => db.prepare('DELETE FROM feedback_links').run()).toThrow(/never deleted/u);
    expect((await refused('feedback.unlink', { workspaceId, linkId: link.id })).code).toBe('not_found');
    expect(audited(workspaceId, 'feedback.unlink')).toEqual([expect.objectContaining({ subject: itemId, linkId: link.id, how: 'person' })]);
  });
});

/** The run of text in `ydoc` that starts with `start`. */
function findText(ydoc: Y.Doc, start: string): Y.XmlText {
  const walk = (node: Y.XmlElement | Y.XmlFragment): Y.XmlText | null => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText && child.toString().startsWith(start)) return child;
      if (child instanceof Y.XmlElement) {
        const found = walk(child);
        if (found) return found;
      }
    }
    return null;
  };
  const found = walk(ydoc.getXmlFragment(CONTENT_FRAGMENT));
  if (!found) throw new Error(`no text starting with ${start}`);
  return found;
}
