import { describe, expect, it } from 'vitest';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { commentTexts, commentWorkbook } from '../fixtures/feedback/commentFiles.ts';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('the feedback RPC on a real server', () => {
  const env = useTestServer();

  it('imports a registry, previews a comment file, imports it once and lists what it created', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Góp ý' });
    const workspaceId = workspace.id;
    const registry = 'Tên đơn vị;Tên gọi khác;Cấp;Trực thuộc\nĐảng bộ phường Thủy Nguyên;ĐB Thuỷ Nguyên;phường;\nChi bộ khu phố 3;;khác;Đảng bộ phường Thủy Nguyên\nĐảng bộ xã An Lão;;Xã;\n';
    expect(await env.call('feedback.importSources', { workspaceId, fileName: 'don-vi.csv', dataBase64: b64(Buffer.from(registry)) })).toEqual({ created: 3, updated: 0, attributed: 0 });
    const { sources } = await env.call('feedback.listSources', { workspaceId });
    const ward = sources.find((s: { name: string }) => s.name === 'Đảng bộ phường Thủy Nguyên');
    expect(sources.find((s: { name: string }) => s.name === 'Chi bộ khu phố 3').parentId).toBe(ward.id);
    expect(ward).toMatchObject({ aliases: ['ĐB Thuỷ Nguyên'], level: 'ward' });

    const texts = commentTexts(3);
    const bytes = await commentWorkbook([
      { source: 'P. Thuỷ Nguyên', location: 'Mục II.3', text: texts[0] },
      { source: 'UBND phường X', location: '', text: texts[1] },
      { source: 'X. An Lão', location: '', text: texts[2] },
    ]);
    const input = { workspaceId, fileName: 'e-form.xlsx', dataBase64: b64(bytes) };
    const preview = await env.call('feedback.preview', input);
    expect(preview).toMatchObject({ items: 3, flagged: 1, known: 0, importedAt: null, format: 'xlsx' });
    expect(preview.sample[0].attribution).toMatchObject({ status: 'matched', sourceId: ward.id });
    expect((await env.call('feedback.list', { workspaceId })).total).toBe(0);

    const { batch } = await env.call('feedback.import', { ...input, documentTitle: 'Báo cáo chính trị', draftNumber: 1 });
    expect(batch).toMatchObject({ items: 3, flagged: 1 });
    const again = await rpc(env.server.url, env.server.secret, 'feedback.import', input);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('feedback_file_duplicate');
    const { items, total } = await env.call('feedback.list', { workspaceId });
    expect(total).toBe(3);
    expect(items[1]).toMatchObject({ sourceName: 'UBND phường X', attribution: { status: 'unknown' }, documentTitle: 'Báo cáo chính trị', draftNumber: 1 });
    expect((await env.call('feedback.listBatches', { workspaceId })).batches).toHaveLength(1);
    expect(await env.call('feedback.list', { workspaceId, batchId: batch.id, limit: 1 })).toMatchObject({ total: 3, items: [{ batchId: batch.id }] });
    expect((await env.call('feedback.list', { workspaceId, batchId: 'khac' })).total).toBe(0);

    // A person settles the flagged item; an unknown source is refused.
    const { item } = await env.call('feedback.setSource', { workspaceId, itemId: items[1].id, sourceId: ward.id, expectedSourceId: null });
    expect(item).toMatchObject({ sourceName: 'UBND phường X', attribution: { status: 'manual', sourceId: ward.id } });
    const wrong = await rpc(env.server.url, env.server.secret, 'feedback.setSource', { workspaceId, itemId: items[1].id, sourceId: 'khong-co', expectedSourceId: ward.id });
    expect(wrong.body.error.code).toBe('not_found');
    expect((await env.call('feedback.list', { workspaceId })).items[1].attribution.status).toBe('manual');
    const del = await rpc(env.server.url, env.server.secret, 'feedback.deleteSource', { workspaceId, sourceId: ward.id });
    expect(del.status).toBe(409);
  });

  it('refuses an import on a full disk with disk_full, storing nothing of it, and imports it once there is room', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Góp ý' });
    const workspaceId = workspace.id;
    const texts = commentTexts(3);
    const bytes = await commentWorkbook(texts.map((text) => ({ source: 'P. Thuỷ Nguyên', location: '', text })));
    const input = { workspaceId, fileName: 'e-form.xlsx', dataBase64: b64(bytes) };
    const db = rawDatabase(env.server.workspaces.store(workspaceId));
    const stored = () => ['feedback_files', 'feedback_batches', 'feedback_items', 'audit_log'].map((table) => db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get());
    const before = stored();
    const { page_count } = db.prepare('PRAGMA page_count').get() as { page_count: number };
    db.exec(`PRAGMA max_page_count = ${page_count}`); // the file's bytes need new pages
    let refused: Awaited<ReturnType<typeof rpc>>;
    try {
      refused = await rpc(env.server.url, env.server.secret, 'feedback.import', input);
    } finally {
      db.exec('PRAGMA max_page_count = 1073741823');
    }
    expect(refused.status).toBe(507);
    expect(refused.body.error).toMatchObject({ code: 'disk_full', message: expect.stringContaining('đã đầy') });
    expect(stored()).toEqual(before);
    expect((await env.call('feedback.import', input)).batch).toMatchObject({ items: 3 });
  });

  it('takes a comment file of several MB (a file method: the 64 MB body limit, not 1 MB)', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Lớn' });
    const rows = Array.from({ length: 9000 }, (_, i) => `"P. Thủy Nguyên","Đề nghị làm rõ nội dung số ${i} về phát triển kinh tế biển, đô thị và văn hoá của thành phố"`);
    const csv = Buffer.from(['Đơn vị,Ý kiến', ...rows].join('\n'));
    expect(csv.byteLength).toBeGreaterThan(1024 * 1024);
    const preview = await env.call('feedback.preview', { workspaceId: workspace.id, fileName: 'lon.csv', dataBase64: b64(csv) });
    expect(preview.items).toBe(9000);
  });

  it('refuses a file that is not base64 and a mapping outside the sheet before any handler runs', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Sai' });
    const bad = await rpc(env.server.url, env.server.secret, 'feedback.preview', { workspaceId: workspace.id, fileName: 'a.csv', dataBase64: '***' });
    expect(bad.status).toBe(400);
    const mapping = await rpc(env.server.url, env.server.secret, 'feedback.preview', { workspaceId: workspace.id, fileName: 'a.csv', dataBase64: 'YQ==', mapping: { text: -1, source: null, document: null, location: null } });
    expect(mapping.status).toBe(400);
  });
});
