import { join } from 'node:path';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { getDraft, restoreDraft } from '../../main/services/drafts/index.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { NUMBERING_KEY, SETTINGS_MAP } from '../../shared/document/documentSettings.ts';
import { parseRestoreMark, RESTORE_MARK_KEY } from '../../shared/document/restoreMark.ts';
import { importFile } from '../../shared/import/index.ts';
import { DEFAULT_SCHEME } from '../../shared/numbering/index.ts';
import { DRAFT_BLOCKS as BLOCKS } from '../fixtures/draftBlocks.ts';
import { vankien } from '../helpers/cli.ts';
import { connectProvider, settled, waitFor, type TestProvider } from '../helpers/provider.ts';
import { rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';

const env = useTestServer();
let editor: TestProvider | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const meta = { stage: 'subcommittee', author: 'Tổ biên tập', note: '' };
const fragmentText = (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FRAGMENT).toString();

async function documentWithEditor() {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội' });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  editor = connectProvider(env.server.url, env.server.secret, workspace.id, document.id);
  await settled(editor.provider);
  const ydoc = editor.ydoc;
  ydoc.transact(() => {
    const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT);
    fragment.delete(0, fragment.length);
    prosemirrorToYXmlFragment(docFromFlatBlocks(BLOCKS), fragment);
  }, 'test');
  await settled(editor.provider);
  return { ref: { workspaceId: workspace.id, documentId: document.id }, ydoc };
}

/** Types into block `index` as an editor would, and waits until the server has it. */
async function typeInto(ydoc: Y.Doc, index: number, text: string): Promise<void> {
  const block = ydoc.getXmlFragment(CONTENT_FRAGMENT).get(index) as Y.XmlElement;
  ydoc.transact(() => (block.get(0) as Y.XmlText).insert(0, text), 'test');
  await settled(editor!.provider);
}

describe('restoring a draft keeps what it replaces', () => {
  it('keeps the edits made after draft 4 as a checkpoint, and restoring that checkpoint gives them back exactly', async () => {
    const { ref, ydoc } = await documentWithEditor();
    for (let n = 1; n <= 4; n++) {
      if (n > 1) await typeInto(ydoc, 2, `Vòng ${n}: `);
      await env.call('draft.freeze', { ...ref, ...meta });
    }
    // Edits after draft 4: text typed, a block deleted, the numbering changed.
    await typeInto(ydoc, 3, 'Sau dự thảo 4, ');
    const scheme = JSON.stringify({ ...DEFAULT_SCHEME, section: { style: 'decimal', reset: 'part' } });
    ydoc.transact(() => {
      ydoc.getXmlFragment(CONTENT_FRAGMENT).delete(4, 1);
      ydoc.getMap(SETTINGS_MAP).set(NUMBERING_KEY, scheme);
    }, 'test');
    await settled(editor!.provider);
    const edited = await env.call('draft.get', { ...ref, side: 'working' });
    const editedYjs = fragmentText(ydoc);

    await env.call('identity.set', { displayName: 'Tổ biên tập' }); // who the server signs the restore with
    const restore = await env.call('draft.restore', { ...ref, number: 1 });
    expect(restore).toMatchObject({ restored: true, checkpoint: { number: 1, reason: 'restore', replacedBy: { draft: 1 } }, before: { checkpoint: 1 } });
    const draft1 = await env.call('draft.get', { ...ref, side: 1 });
    await waitFor(() => fragmentText(ydoc) !== editedYjs, 5000, 'the restore to reach the editor');
    expect((await env.call('draft.get', { ...ref, side: 'working' })).doc).toEqual(draft1.doc);
    expect(ydoc.getMap(SETTINGS_MAP).get(NUMBERING_KEY)).toBeUndefined();

    // Listed with the drafts, draft numbering unchanged; viewable like a draft.
    const list = await env.call('draft.list', ref);
    expect(list.drafts.map((d: { number: number }) => d.number)).toEqual([1, 2, 3, 4]);
    expect(list.checkpoints.map((c: { number: number; author: string }) => [c.number, c.author])).toEqual([[1, 'Tổ biên tập']]);
    const kept = await env.call('draft.get', { ...ref, side: 'c1' });
    expect(kept).toMatchObject({ draft: null, checkpoint: { number: 1 }, repairs: [] });
    expect(kept.doc).toEqual(edited.doc);
    expect(kept.blocks).toEqual(edited.blocks);

    // The editor is told, in the same update, what to restore to undo it.
    expect(parseRestoreMark(ydoc.getMap(SETTINGS_MAP).get(RESTORE_MARK_KEY))).toMatchObject({ target: { draft: 1 }, before: { checkpoint: 1 }, author: 'Tổ biên tập' });

    // Undo: restoring the checkpoint brings back the edits exactly, numbering included. The
    // working copy it replaces equals draft 1, so no second checkpoint is made.
    const undo = await env.call('draft.restore', { ...ref, checkpoint: 1, author: 'Tổ biên tập' });
    expect(undo).toMatchObject({ restored: true, checkpoint: null, before: { draft: 1 } });
    await waitFor(() => fragmentText(ydoc) === editedYjs, 5000, 'the edits to come back to the editor');
    const back = await env.call('draft.get', { ...ref, side: 'working' });
    expect(back.doc).toEqual(edited.doc);
    expect(back.blocks).toEqual(edited.blocks);
    expect(ydoc.getMap(SETTINGS_MAP).get(NUMBERING_KEY)).toBe(scheme);
    expect((await env.call('draft.list', ref)).checkpoints).toHaveLength(1);
    expect((await env.call('draft.freeze', { ...ref, ...meta })).draft.number).toBe(5);

    const store = env.server.workspaces.store(ref.workspaceId);
    const audit = rawDatabase(store).prepare("SELECT action, details FROM audit_log WHERE action IN ('draft.restore', 'draft.checkpoint') ORDER BY seq").all() as { action: string; details: string }[];
    expect(audit.map((a) => [a.action, JSON.parse(a.details).before ?? JSON.parse(a.details).number])).toEqual([
      ['draft.checkpoint', 1],
      ['draft.restore', { checkpoint: 1 }],
      ['draft.restore', { draft: 1 }],
    ]);
  });

  it('makes no checkpoint and no edit when the working copy is already identical to the draft', async () => {
    const { ref } = await documentWithEditor();
    await env.call('draft.freeze', { ...ref, ...meta });
    const store = env.server.workspaces.store(ref.workspaceId);
    const updates = store.updates.count(ref.documentId);
    const result = await env.call('draft.restore', { ...ref, number: 1, author: 'Tổ biên tập' });
    expect(result).toEqual({ ok: true, restored: false, checkpoint: null, before: null });
    expect((await env.call('draft.list', ref)).checkpoints).toEqual([]);
    expect(store.updates.count(ref.documentId)).toBe(updates);
  });

  it('names the last draft instead of a new checkpoint when the working copy equals it', async () => {
    const { ref, ydoc } = await documentWithEditor();
    await env.call('draft.freeze', { ...ref, ...meta });
    await typeInto(ydoc, 2, 'Thêm: ');
    await env.call('draft.freeze', { ...ref, ...meta });
    const result = await env.call('draft.restore', { ...ref, number: 1, author: 'Tổ biên tập' });
    expect(result).toMatchObject({ restored: true, checkpoint: null, before: { draft: 2 } });
    expect((await env.call('draft.list', ref)).checkpoints).toEqual([]);
  });

  it('changes nothing when the checkpoint cannot be written', async () => {
    const { ref, ydoc } = await documentWithEditor();
    await env.call('draft.freeze', { ...ref, ...meta });
    await typeInto(ydoc, 2, 'Chưa chốt: ');
    const before = fragmentText(ydoc);
    const store = env.server.workspaces.store(ref.workspaceId);
    rawDatabase(store).exec('PRAGMA query_only = ON');
    try {
      const { status } = await rpc(env.server.url, env.server.secret, 'draft.restore', { ...ref, number: 1, author: 'Tổ biên tập' });
      expect(status).not.toBe(200);
    } finally {
      rawDatabase(store).exec('PRAGMA query_only = OFF');
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(fragmentText(ydoc)).toBe(before);
    expect((await env.call('draft.get', { ...ref, side: 'working' })).blocks[2].text).toMatch(/^Chưa chốt: /);
  });

  it('refuses a restore that names both a draft and a checkpoint, or neither', async () => {
    const { ref } = await documentWithEditor();
    for (const input of [{ number: 1, checkpoint: 1 }, {}]) {
      const { status, body } = await rpc(env.server.url, env.server.secret, 'draft.restore', { ...ref, ...input, author: 'A' });
      expect([status, body.error.code]).toEqual([400, 'bad_request']);
    }
    const { status, body } = await rpc(env.server.url, env.server.secret, 'draft.get', { ...ref, side: 'c3' });
    expect([status, body.error.code]).toEqual([404, 'not_found']);
  });
});

describe('a file that replaces the working copy', () => {
  it('keeps the edits when a file imported as draft N is restored over them', async () => {
    const { ref, ydoc } = await documentWithEditor();
    await env.call('draft.freeze', { ...ref, ...meta });
    await typeInto(ydoc, 2, 'Sửa sau khi chốt: ');
    const edited = await env.call('draft.get', { ...ref, side: 'working' });
    const file = 'I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT\nBản do cấp trên gửi về.';
    const { draft } = await env.call('draft.import', { ...ref, ...meta, fileName: 'ban-gui-ve.txt', dataBase64: Buffer.from(file).toString('base64') });
    expect(draft.number).toBe(2);
    // Importing as draft N does not touch the working copy.
    expect((await env.call('draft.get', { ...ref, side: 'working' })).doc).toEqual(edited.doc);
    const restore = await env.call('draft.restore', { ...ref, number: 2, author: 'Tổ biên tập' });
    expect(restore).toMatchObject({ restored: true, before: { checkpoint: 1 } });
    expect((await env.call('draft.get', { ...ref, side: 'c1' })).doc).toEqual(edited.doc);
    await env.call('draft.restore', { ...ref, checkpoint: 1, author: 'Tổ biên tập' });
    expect((await env.call('draft.get', { ...ref, side: 'working' })).doc).toEqual(edited.doc);
  });

  it('keeps the edits when a file is written over a document, and restoring the checkpoint gives them back', async () => {
    const dir = tempDir();
    const store = WorkspaceStore.create(join(dir.path, 'w.vkws'), 'W');
    try {
      const document = store.documents.create('political_report', 'Báo cáo');
      writeDocumentContent(store, document.id, docFromFlatBlocks(BLOCKS));
      const edited = getDraft(store, document.id, 'working');
      const imported = importFile(new TextEncoder().encode('I. NỘI DUNG MỚI\nĐoạn thay thế.'), 'moi.txt');
      const { Node } = await import('prosemirror-model');
      const { schema } = await import('../../shared/editor/schema.ts');
      const kept = writeDocumentContent(store, document.id, Node.fromJSON(schema, imported.doc), { actor: 'cli', fileName: 'moi.txt' });
      expect(kept).toMatchObject({ checkpoint: { number: 1, reason: 'import', replacedBy: { fileName: 'moi.txt' } }, before: { checkpoint: 1 } });
      expect(getDraft(store, document.id, 'working').blocks.map((b) => b.text)).toEqual(['NỘI DUNG MỚI', 'Đoạn thay thế.']);
      const result = await restoreDraft(store, document.id, { checkpoint: 1 }, { actor: 'cli', author: 'A' }, async (origin, change) => {
        const { loadYDoc } = await import('../../main/services/documents/documentContent.ts');
        const Yjs = await import('yjs');
        const ydoc = loadYDoc(store, document.id, 'read');
        const sv = Yjs.encodeStateVector(ydoc);
        ydoc.transact(() => change(ydoc), origin);
        store.updates.append(document.id, Yjs.encodeStateAsUpdate(ydoc, sv));
        ydoc.destroy();
      });
      expect(result.restored).toBe(true);
      expect(getDraft(store, document.id, 'working').doc.eq(edited.doc)).toBe(true);
      // A new document's first content keeps nothing: there was nothing to keep.
      const fresh = store.documents.create('other', 'Mới');
      expect(writeDocumentContent(store, fresh.id, docFromFlatBlocks(BLOCKS))).toBeNull();
    } finally {
      store.close();
      dir.remove();
    }
  });
});

describe('vankien draft', () => {
  it('lists checkpoints with the drafts and restores one', () => {
    const dir = tempDir();
    try {
      const path = join(dir.path, 'w.vkws');
      const store = WorkspaceStore.create(path, 'W');
      const document = store.documents.create('political_report', 'Báo cáo');
      writeDocumentContent(store, document.id, docFromFlatBlocks(BLOCKS));
      store.close();
      const args = ['--workspace', path, '--document', 'Báo cáo', '--author', 'Tổ biên tập'];
      expect(vankien('draft', 'freeze', ...args).status).toBe(0);
      const edited = WorkspaceStore.open(path);
      writeDocumentContent(edited, document.id, docFromFlatBlocks([...BLOCKS, { id: 'p9', type: 'paragraph', level: null, text: 'Đoạn thêm sau dự thảo 1.' }]));
      edited.close();
      const restored = vankien('draft', 'restore', ...args, '--draft', '1', '--json');
      expect(restored.json).toMatchObject({ restored: true, before: { checkpoint: 1 } });
      const list = vankien('draft', 'list', ...args, '--json');
      expect(list.json.drafts.map((d: { number: number }) => d.number)).toEqual([1]);
      expect(list.json.checkpoints.map((c: { number: number; replacedBy: unknown }) => [c.number, c.replacedBy])).toEqual([[1, { draft: 1 }]]);
      expect(vankien('draft', 'list', ...args).stdout).toMatch(/Dự thảo lần 1[^\n]*\nBản lưu trước khi khôi phục 1 \(--checkpoint 1\)/);
      const undo = vankien('draft', 'restore', ...args, '--checkpoint', '1', '--json');
      expect(undo.json).toMatchObject({ restored: true, before: { draft: 1 } });
      const check = WorkspaceStore.open(path);
      expect(getDraft(check, document.id, 'working').blocks.at(-1)!.text).toBe('Đoạn thêm sau dự thảo 1.');
      check.close();
      expect(vankien('draft', 'restore', ...args, '--json').json.error.code).toBe('bad_request');
    } finally {
      dir.remove();
    }
  });
});
