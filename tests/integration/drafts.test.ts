import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { connectProvider, settled, waitFor, type TestProvider } from '../helpers/provider.ts';
import { rpc } from '../helpers/rpc.ts';
import { DRAFT_BLOCKS as BLOCKS } from '../fixtures/draftBlocks.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';

const env = useTestServer();
let editor: TestProvider | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});


const textsOf = (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FRAGMENT).toArray().map((el) => (el as Y.XmlElement).toString());

/** A document whose working copy an editor filled with BLOCKS through a real provider. */
async function documentWithEditor(): Promise<{ workspaceId: string; documentId: string; ydoc: Y.Doc }> {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội' });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  editor = connectProvider(env.server.url, env.server.secret, workspace.id, document.id);
  await settled(editor.provider);
  const ydoc = editor.ydoc;
  ydoc.transact(() => prosemirrorToYXmlFragment(docFromFlatBlocks(BLOCKS), ydoc.getXmlFragment(CONTENT_FRAGMENT)), 'test');
  await settled(editor.provider);
  return { workspaceId: workspace.id, documentId: document.id, ydoc };
}

/** Edits paragraph `index` the way an editor would: inside its Y.XmlText. */
function typeInto(ydoc: Y.Doc, index: number, at: number, text: string): void {
  const paragraph = ydoc.getXmlFragment(CONTENT_FRAGMENT).get(index) as Y.XmlElement;
  ydoc.transact(() => (paragraph.get(0) as Y.XmlText).insert(at, text), 'test');
}

const meta = { stage: 'subcommittee', author: 'Tổ biên tập', note: '' };

describe('drafts over RPC', () => {
  it('freezes two numbered drafts and returns each one’s numbered blocks', async () => {
    const { workspaceId, documentId, ydoc } = await documentWithEditor();
    const first = await env.call('draft.freeze', { workspaceId, documentId, ...meta, note: 'Vòng 1' });
    typeInto(ydoc, 2, 0, 'Giai đoạn 2020 - 2025, ');
    await settled(editor!.provider);
    const second = await env.call('draft.freeze', { workspaceId, documentId, ...meta, stage: 'standing_board' });
    expect([first.draft.number, second.draft.number]).toEqual([1, 2]);
    const { drafts } = await env.call('draft.list', { workspaceId, documentId });
    expect(drafts.map((d: { number: number; stage: string; origin: string }) => [d.number, d.stage, d.origin])).toEqual([
      [1, 'subcommittee', 'app'],
      [2, 'standing_board', 'app'],
    ]);
    const one = await env.call('draft.get', { workspaceId, documentId, side: 1 });
    const two = await env.call('draft.get', { workspaceId, documentId, side: 2 });
    expect(one.blocks.map((b: { number: string | null }) => b.number)).toEqual(['I', '1', null, null, '(1)']);
    expect(one.blocks[2].text).toBe(BLOCKS[2].text);
    expect(two.blocks[2]).toMatchObject({ id: 'p1', text: 'Giai đoạn 2020 - 2025, ' + BLOCKS[2].text });
    expect(two.draft.words).toBeGreaterThan(one.draft.words);
    const working = await env.call('draft.get', { workspaceId, documentId, side: 'working' });
    expect(working.draft).toBeNull();
    expect(working.blocks).toEqual(two.blocks);
  });

  it('keeps drafts immutable: the database refuses to update or delete one', async () => {
    const { workspaceId, documentId } = await documentWithEditor();
    await env.call('draft.freeze', { workspaceId, documentId, ...meta });
    const db = rawDatabase(env.server.workspaces.store(workspaceId));
    expect(() => db.prepare("UPDATE drafts SET note = 'sửa lén'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM drafts').run()).toThrow(/immutable/);
    expect(() => db.prepare('UPDATE draft_blocks SET data = x\'00\'').run()).toThrow(/immutable/);
    const actions = db.prepare("SELECT action FROM audit_log WHERE action LIKE 'draft.%'").all() as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual(['draft.freeze']);
  });

  it('gives a snapshot for app drafts and not_found for a draft that does not exist', async () => {
    const { workspaceId, documentId } = await documentWithEditor();
    await env.call('draft.freeze', { workspaceId, documentId, ...meta });
    const { snapshotBase64 } = await env.call('draft.snapshot', { workspaceId, documentId, number: 1 });
    expect(Y.decodeSnapshotV2(Buffer.from(snapshotBase64, 'base64')).sv.size).toBeGreaterThan(0);
    const missing = await rpc(env.server.url, env.server.secret, 'draft.get', { workspaceId, documentId, side: 7 });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    expect(missing.body.error.message).toMatch(/Dự thảo lần 7/);
  });

  it('restores a draft as a new edit that reaches a connected editor and keeps block ids', async () => {
    const { workspaceId, documentId, ydoc } = await documentWithEditor();
    await env.call('draft.freeze', { workspaceId, documentId, ...meta });
    const frozen = textsOf(ydoc);
    typeInto(ydoc, 3, 0, 'Nhìn chung, ');
    ydoc.transact(() => ydoc.getXmlFragment(CONTENT_FRAGMENT).delete(4, 1), 'test');
    await settled(editor!.provider);
    const updatesBefore = env.server.workspaces.store(workspaceId).updates.count(documentId);
    await env.call('draft.restore', { workspaceId, documentId, number: 1, author: 'Tổ biên tập' });
    await waitFor(() => textsOf(ydoc).join() === frozen.join(), 5000, 'the restore to reach the editor');
    const ids = ydoc.getXmlFragment(CONTENT_FRAGMENT).toArray().map((el) => (el as Y.XmlElement).getAttribute('id'));
    expect(ids).toEqual(BLOCKS.map((b) => b.id));
    // History is kept: the restore was appended, nothing was rewritten.
    expect(env.server.workspaces.store(workspaceId).updates.count(documentId)).toBeGreaterThan(updatesBefore);
    const working = await env.call('draft.get', { workspaceId, documentId, side: 'working' });
    expect(working.blocks.map((b: { text: string }) => b.text)).toEqual(BLOCKS.map((b) => b.text));
    const db = rawDatabase(env.server.workspaces.store(workspaceId));
    expect(db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'draft.restore'").get()).toEqual({ n: 1 });
  });
});
