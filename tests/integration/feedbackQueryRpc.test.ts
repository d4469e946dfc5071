import { describe, expect, it } from 'vitest';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { commentWorkbook } from '../fixtures/feedback/commentFiles.ts';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('the feedback table and dashboard RPC on a real server', () => {
  const env = useTestServer();

  async function workspaceWithComments() {
    const { workspace } = await env.call('workspace.create', { name: 'Góp ý' });
    const workspaceId = workspace.id;
    await env.call('feedback.createSource', { workspaceId, source: { name: 'Đảng bộ phường Thủy Nguyên', aliases: [], level: 'ward', parentId: null } });
    return workspaceId;
  }

  it('answers a query with a window, the totals and the facets, and sees a later import at once', async () => {
    const workspaceId = await workspaceWithComments();
    const empty = await env.call('feedback.query', { workspaceId });
    expect(empty).toMatchObject({ rows: [], total: 0, all: 0 });
    expect(empty.facets.source).toEqual([]);
    expect(empty.facets.section).toEqual([]);
    const bytes = await commentWorkbook([
      { source: 'P. Thuỷ Nguyên', location: 'Mục II.3', text: 'Đề nghị bổ sung giải pháp giữ vững hòa bình, ổn định.' },
      { source: 'Đơn vị lạ', location: '', text: 'Đề nghị làm rõ chính sách HOÀ NHẬP cộng đồng.' },
      { source: 'P. Thủy Nguyên', location: 'Chỉ tiêu (7)', text: 'Phát triển văn hóa cơ sở.' },
    ]);
    await env.call('feedback.import', { workspaceId, fileName: 'e-form.xlsx', dataBase64: b64(bytes), documentTitle: 'Báo cáo chính trị', draftNumber: 2 });
    const all = await env.call('feedback.query', { workspaceId, limit: 2 });
    expect(all).toMatchObject({ total: 3, all: 3 });
    expect(all.rows).toHaveLength(2);
    expect(all.rows[0]).toMatchObject({ sourceName: 'P. Thuỷ Nguyên', sourceLabel: 'Đảng bộ phường Thủy Nguyên', level: 'ward', status: 'new', anchored: false, draftNumber: 2, location: 'Mục II.3' });
    expect(all.facets.draft).toEqual([{ value: '2', label: '2', count: 3 }]);
    expect(all.facets.source.map((e: { label: string; count: number }) => [e.label, e.count])).toEqual([['Đảng bộ phường Thủy Nguyên', 2], ['', 1]]);

    const found = await env.call('feedback.query', { workspaceId, search: 'hoà', facets: false });
    expect(found.rows.map((r: { text: string }) => r.text)).toEqual(['Đề nghị bổ sung giải pháp giữ vững hòa bình, ổn định.', 'Đề nghị làm rõ chính sách HOÀ NHẬP cộng đồng.']);
    expect(found.facets).toBeNull();
    const ward = await env.call('feedback.query', { workspaceId, filters: { level: ['ward'] }, sort: { by: 'received', direction: 'desc' } });
    expect(ward.rows.map((r: { text: string }) => r.text)).toEqual(['Phát triển văn hóa cơ sở.', 'Đề nghị bổ sung giải pháp giữ vững hòa bình, ổn định.']);

    const detail = await env.call('feedback.itemDetail', { workspaceId, itemId: all.rows[1].id });
    expect(detail).toMatchObject({ section: null, blocks: [], orphaned: false });
    expect(detail.item.provenance).toMatchObject({ fileName: 'e-form.xlsx', sheet: 'Tổng hợp ý kiến', row: 4 });

    const dashboard = await env.call('feedback.dashboard', { workspaceId });
    expect(dashboard.total).toBe(3);
    expect(dashboard.byLevel).toEqual([{ value: 'ward', label: 'ward', count: 2 }, { value: '', label: '', count: 1 }]);
    expect(dashboard.bySection).toEqual([{ value: '', label: '', count: 3 }]);
    expect(dashboard.byDay.days).toHaveLength(1);
  });

  it('refuses bad input, an unknown item or workspace, and a caller without the secret', async () => {
    const workspaceId = await workspaceWithComments();
    const tooMany = await rpc(env.server.url, env.server.secret, 'feedback.query', { workspaceId, limit: 100_000 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.code).toBe('bad_request');
    const badSort = await rpc(env.server.url, env.server.secret, 'feedback.query', { workspaceId, sort: { by: 'length', direction: 'asc' } });
    expect(badSort.body.error.code).toBe('bad_request');
    const badFilter = await rpc(env.server.url, env.server.secret, 'feedback.dashboard', { workspaceId, filters: { status: 'new' } });
    expect(badFilter.body.error.code).toBe('bad_request');
    const missing = await rpc(env.server.url, env.server.secret, 'feedback.itemDetail', { workspaceId, itemId: 'khong-co' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const noWorkspace = await rpc(env.server.url, env.server.secret, 'feedback.query', { workspaceId: 'khong-co.vkws' });
    expect(noWorkspace.body.error.code).toBe('not_found');
    const anonymous = await rpc(env.server.url, null, 'feedback.query', { workspaceId });
    expect(anonymous.status).toBe(401);
  });
});
