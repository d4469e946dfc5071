import { describe, expect, it } from 'vitest';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { freezeDraft } from '../../main/services/drafts/index.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { rpc } from '../helpers/rpc.ts';
import { DRAFT_BLOCKS as BLOCKS } from '../fixtures/draftBlocks.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';

const env = useTestServer();


/** Draft 2 as a subcommittee member typed it in Word and saved it as text: p1 edited, one paragraph inserted. */
const NEXT_DRAFT = `I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT

1. Về phát triển kinh tế

Tốc độ tăng trưởng kinh tế bình quân đạt 9,8%/năm, cao hơn mức bình quân cả nước.

Kinh tế biển được xác định là động lực tăng trưởng mới của thành phố.

Công tác xây dựng Đảng và hệ thống chính trị được chú trọng, đạt nhiều kết quả quan trọng.

(1) Tốc độ tăng trưởng GRDP bình quân 13%/năm.
`;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const meta = { stage: 'standing_board', author: 'Văn phòng Thành uỷ', note: 'Bản gửi xin ý kiến' };

/** A document with BLOCKS frozen as draft 1, written straight to storage. */
async function documentWithDraft(): Promise<{ workspaceId: string; documentId: string }> {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội' });
  const store = env.server.workspaces.store(workspace.id);
  const document = store.documents.create('political_report', 'Báo cáo chính trị');
  writeDocumentContent(store, document.id, docFromFlatBlocks(BLOCKS));
  freezeDraft(store, document.id, { stage: 'subcommittee', author: 'Tổ biên tập', note: '' }, 'test');
  return { workspaceId: workspace.id, documentId: document.id };
}

describe('importing a file as the next draft', () => {
  it('aligns block ids with the previous draft: a modified paragraph keeps its id, an inserted one gets a new unique id', async () => {
    const { workspaceId, documentId } = await documentWithDraft();
    const { draft } = await env.call('draft.import', {
      workspaceId,
      documentId,
      ...meta,
      fileName: 'du-thao-2.txt',
      dataBase64: base64(NEXT_DRAFT),
    });
    expect(draft).toMatchObject({ number: 2, origin: 'import', stage: 'standing_board', author: (await env.call('identity.me', {})).displayName });
    const two = await env.call('draft.get', { workspaceId, documentId, side: 2 });
    const ids: string[] = two.blocks.map((b: { id: string }) => b.id);
    expect(ids.slice(0, 3)).toEqual(['sec1', 'h1', 'p1']);
    expect(two.blocks[2].text).toContain('9,8%/năm');
    expect(ids.slice(4)).toEqual(['p2', 't1']);
    expect(BLOCKS.map((b) => b.id)).not.toContain(ids[3]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(two.blocks.map((b: { number: string | null }) => b.number)).toEqual(['I', '1', null, null, null, '(1)']);
    const { snapshotBase64 } = await env.call('draft.snapshot', { workspaceId, documentId, number: 2 });
    expect(snapshotBase64).toBeNull();
    const audited = rawDatabase(env.server.workspaces.store(workspaceId)).prepare("SELECT details FROM audit_log WHERE action = 'draft.import'").all() as { details: string }[];
    expect(audited.map((a) => JSON.parse(a.details))).toEqual([expect.objectContaining({ number: 2, fileName: 'du-thao-2.txt' })]);
  });

  it('aligns with the working copy when the document has no draft yet', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Đại hội' });
    const store = env.server.workspaces.store(workspace.id);
    const document = store.documents.create('political_report', 'Báo cáo chính trị');
    writeDocumentContent(store, document.id, docFromFlatBlocks(BLOCKS));
    await env.call('draft.import', {
      workspaceId: workspace.id, documentId: document.id, ...meta, fileName: 'du-thao-1.txt', dataBase64: base64(NEXT_DRAFT),
    });
    const one = await env.call('draft.get', { workspaceId: workspace.id, documentId: document.id, side: 1 });
    expect(one.blocks.map((b: { id: string }) => b.id).filter((id: string) => BLOCKS.some((b) => b.id === id))).toEqual(['sec1', 'h1', 'p1', 'p2', 't1']);
  });

  it.each([
    ['an empty file', 'trong.txt', '', 'file_empty'],
    ['an old binary .doc', 'cu.doc', 'just some bytes', 'file_legacy_doc'],
    ['a file type it cannot read', 'anh.png', 'PNG', 'file_unsupported'],
  ])('refuses %s with its error code and writes nothing', async (_label, fileName, content, code) => {
    const { workspaceId, documentId } = await documentWithDraft();
    const db = rawDatabase(env.server.workspaces.store(workspaceId));
    const countRows = () => (db.prepare('SELECT (SELECT COUNT(*) FROM drafts) + (SELECT COUNT(*) FROM draft_blocks) AS n').get() as { n: number }).n;
    const before = countRows();
    const { status, body } = await rpc(env.server.url, env.server.secret, 'draft.import', {
      workspaceId, documentId, ...meta, fileName, dataBase64: base64(content),
    });
    expect(status).toBe(422);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/[ăâđêôơư]/u);
    expect(countRows()).toBe(before);
    const { drafts } = await env.call('draft.list', { workspaceId, documentId });
    expect(drafts).toHaveLength(1);
  });
});
