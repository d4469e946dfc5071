import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decideFeedback } from '../../main/services/feedback/decideFeedback.ts';
import { holdWriteLock } from '../helpers/holdWriteLock.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { commentTexts, commentWorkbook } from '../fixtures/feedback/commentFiles.ts';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The cells of every row of the first sheet, as values (row 1: the headings). */
async function sheetRows(dataBase64: string): Promise<{ name: string; rows: unknown[][]; frozen: boolean }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows, frozen: sheet.views[0]?.state === 'frozen' };
}

describe('every comment as an .xlsx', () => {
  const env = useTestServer();

  async function workspaceWithComments() {
    const { workspace } = await env.call('workspace.create', { name: 'Góp ý Đại hội' });
    const workspaceId = workspace.id;
    const registry = 'Tên đơn vị;Cấp\nĐảng bộ phường Thủy Nguyên;phường\n';
    await env.call('feedback.importSources', { workspaceId, fileName: 'don-vi.csv', dataBase64: b64(Buffer.from(registry)) });
    const texts = commentTexts(3);
    const bytes = await commentWorkbook([
      { source: 'P. Thuỷ Nguyên', location: 'Mục II.3', text: texts[0] },
      { source: 'UBND phường X', location: '', text: texts[1] },
      { source: 'ĐB phường Thủy Nguyên', location: 'chỉ tiêu (7)', text: texts[2] },
    ]);
    await env.call('feedback.import', { workspaceId, fileName: 'e-form.xlsx', dataBase64: b64(bytes), documentTitle: 'Báo cáo chính trị', draftNumber: 2 });
    const { items } = await env.call('feedback.list', { workspaceId });
    env.server.workspaces.store(workspaceId).feedback.setAnchor(items[2].id, { blockIds: ['b-17'], draftNumber: 2, confidence: 0.92, evidence: ['reference', 'quote'] });
    const store = env.server.workspaces.store(workspaceId);
    store.tags.tag([items[0].id], 'code-2-4', 'person', 'chi');
    store.tags.tag([items[0].id], 'code-6', 'suggestion', 'chi');
    decideFeedback(store, items[0].id, 0, { status: 'accepted', response: 'Tiếp thu, đã sửa mục II.3.', assignee: 'Lê Thị Chi' }, 'chi');
    return { workspaceId, texts, items };
  }

  it('writes one row per comment with every field and its provenance, in Vietnamese, and audits the export', async () => {
    const { workspaceId, texts, items } = await workspaceWithComments();
    const file = await env.call('feedback.exportComments', { workspaceId });
    expect(file.fileName).toBe('Góp ý Đại hội - Ý kiến góp ý.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { name, rows, frozen } = await sheetRows(file.dataBase64);
    expect(name).toBe('Ý kiến góp ý');
    expect(frozen).toBe(true);
    const [headings, ...data] = rows;
    expect(data).toHaveLength(3);
    const column = (heading: string) => {
      const at = headings.indexOf(heading);
      expect(at, heading).toBeGreaterThanOrEqual(0);
      return data.map((row) => row[at] ?? null);
    };
    expect(column('STT')).toEqual([1, 2, 3]);
    expect(column('Mã ý kiến')).toEqual(items.map((item: { id: string }) => item.id));
    expect(column('Nội dung góp ý')).toEqual(items.map((item: { text: string }) => item.text));
    expect(column('Nội dung góp ý')[2]).toContain(texts[2].trim());
    expect(column('Đơn vị (như ghi trong văn bản)')).toEqual(['P. Thuỷ Nguyên', 'UBND phường X', 'ĐB phường Thủy Nguyên']);
    expect(column('Đơn vị (theo danh mục)')).toEqual(['Đảng bộ phường Thủy Nguyên', null, 'Đảng bộ phường Thủy Nguyên']);
    expect(column('Cấp')).toEqual(['Phường', null, 'Phường']);
    expect(column('Xác định đơn vị')).toEqual(['Khớp tự động', 'Không có trong danh mục', 'Khớp tự động']);
    expect(column('Văn kiện')).toEqual(['Báo cáo chính trị', 'Báo cáo chính trị', 'Báo cáo chính trị']);
    expect(column('Dự thảo')).toEqual([2, 2, 2]);
    expect(column('Vị trí (như ghi)')).toEqual(['Mục II.3', null, 'chỉ tiêu (7)']);
    expect(column('Trạng thái')).toEqual(['Tiếp thu', 'Mới', 'Mới']);
    expect(column('Chủ đề')).toEqual(['Kinh tế › Kinh tế biển; Chỉ tiêu (gợi ý)', null, null]);
    expect(column('Trả lời (tiếp thu, giải trình)')).toEqual(['Tiếp thu, đã sửa mục II.3.', null, null]);
    expect(column('Người xử lý')).toEqual(['Lê Thị Chi', null, null]);
    expect(column('Người quyết định')).toEqual(['chi', null, null]);
    expect(column('Gắn vào khối')).toEqual([null, null, 'b-17']);
    expect(column('Độ tin cậy (gắn)')).toEqual([null, null, 0.92]);
    expect(column('Căn cứ gắn')).toEqual([null, null, 'dẫn chiếu, trích dẫn']);
    expect(column('Tệp nguồn')).toEqual(['e-form.xlsx', 'e-form.xlsx', 'e-form.xlsx']);
    expect(column('SHA-256 của tệp')[0]).toMatch(/^[0-9a-f]{64}$/u);
    expect(column('Trang tính')).toEqual(['Tổng hợp ý kiến', 'Tổng hợp ý kiến', 'Tổng hợp ý kiến']);
    // The rows as the spreadsheet numbered them: a title row and the headings came first.
    expect(column('Dòng')).toEqual([3, 4, 5]);
    // Text stays NFC as stored.
    expect(data.every((row) => row.every((cell) => typeof cell !== 'string' || cell === cell.normalize('NFC')))).toBe(true);

    const audit = env.server.workspaces.store(workspaceId).audit.entries({ action: 'feedback.export', limit: 10 });
    expect(audit.map((entry) => entry.details)).toEqual([{ fileName: file.fileName, items: 3 }]);
  });

  it('gives out only the headings for a workspace without comments', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Trống' });
    const { rows } = await sheetRows((await env.call('feedback.exportComments', { workspaceId: workspace.id })).dataBase64);
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toBe('STT');
  });

  it('gives out no file while another program holds the write lock (the export cannot be recorded), and does once it is gone', async () => {
    const { workspaceId } = await workspaceWithComments();
    const lock = await holdWriteLock(env.server.workspaces.store(workspaceId).path);
    let refused: Awaited<ReturnType<typeof rpc>>;
    try {
      refused = await rpc(env.server.url, env.server.secret, 'feedback.exportComments', { workspaceId });
    } finally {
      await lock.release();
    }
    expect({ status: refused.status, code: refused.body.error?.code }).toEqual({ status: 423, code: 'storage_locked' });
    expect(refused.body.error.message).toMatch(/^Chưa xuất được tệp/);
    expect(refused.body).not.toHaveProperty('dataBase64');
    expect((await env.call('feedback.exportComments', { workspaceId })).dataBase64.length).toBeGreaterThan(0);
  });

  it('refuses an unknown workspace', async () => {
    const response = await rpc(env.server.url, env.server.secret, 'feedback.exportComments', { workspaceId: 'khong-co' });
    expect(response.status).toBe(404);
  });
});
