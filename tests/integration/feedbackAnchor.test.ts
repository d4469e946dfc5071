import { describe, expect, it } from 'vitest';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { anchorWorkspace } from '../fixtures/feedback/anchorFixture.ts';

interface Item { id: string; text: string; anchor: { blockIds: string[]; draftNumber: number | null; confidence: number; evidence: string[] } | null }

describe('anchoring stored feedback over RPC on a real server', () => {
  const env = useTestServer();

  it('anchors each item in the draft it was written against, queues the unsure ones, and a person anchors one from the queue', async () => {
    const { workspaceId, documentId } = await anchorWorkspace(env.call);
    const ref = { workspaceId, documentId };
    const draft1 = await env.call('draft.get', { ...ref, side: 1 });
    const blockOf = (start: string) => draft1.blocks.find((b: { text: string }) => b.text.startsWith(start)).id as string;

    expect(await env.call('feedback.anchor', ref)).toEqual({ items: 10, anchored: 6, queued: 4, manual: 0, orphaned: 0, missingDraft: 0 });
    const list = async () => (await env.call('feedback.list', { workspaceId })).items as Item[];
    const byText = (items: Item[], start: string) => items.find((i) => i.text.startsWith(start))!;
    let items = await list();
    expect(byText(items, 'Mục I, chỉ tiêu (2)').anchor).toEqual({ blockIds: [blockOf('Thu ngân sách')], draftNumber: 1, confidence: 0.95, evidence: ['reference'] });
    expect(byText(items, 'Đề nghị sửa').anchor).toMatchObject({ blockIds: [blockOf('Tỷ lệ hộ nghèo')], draftNumber: 1, evidence: ['quote'] });
    expect(byText(items, 'Đề nghị nêu rõ').anchor).toMatchObject({ blockIds: [blockOf('PHƯƠNG HƯỚNG')], evidence: ['reference'] });

    // The queue: the unsure ones, oldest first, each with the draft to anchor it in.
    const queue = await env.call('feedback.anchorQueue', ref);
    expect(queue.total).toBe(4);
    expect(queue.items.map((q: { item: Item }) => q.item.text.slice(0, 30))).toEqual([
      'Đề nghị tăng cường công tác tu', 'Cần chú ý bồi dưỡng lớp kế cận', 'Đề nghị làm rõ lộ trình chuyển', 'Đề nghị làm rõ lộ trình chuyển',
    ]);
    expect(queue.items.every((q: { draftNumber: number; item: Item }) => q.draftNumber === 1 && q.item.anchor === null)).toBe(true);

    // A person anchors the first from the queue by clicking a block; a block not in that draft is refused.
    const queued = queue.items[0].item as Item;
    const wrong = await rpc(env.server.url, env.server.secret, 'feedback.setAnchor', { ...ref, itemId: queued.id, draftNumber: 1, blockIds: ['khong-co'], expectedBlockIds: null });
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'bad_request']);
    const noDraft = await rpc(env.server.url, env.server.secret, 'feedback.setAnchor', { ...ref, itemId: queued.id, draftNumber: 9, blockIds: [blockOf('Đời sống')], expectedBlockIds: null });
    expect(noDraft.body.error.code).toBe('not_found');
    const { item } = await env.call('feedback.setAnchor', { ...ref, itemId: queued.id, draftNumber: 1, blockIds: [blockOf('Đời sống')], expectedBlockIds: null });
    expect(item.anchor).toEqual({ blockIds: [blockOf('Đời sống')], draftNumber: 1, confidence: 1, evidence: ['manual'] });
    expect((await env.call('feedback.anchorQueue', ref)).total).toBe(3);

    // Running anchoring again keeps the person's anchor.
    expect(await env.call('feedback.anchor', ref)).toMatchObject({ anchored: 6, queued: 3, manual: 1 });
    expect(byText(await list(), 'Đề nghị tăng cường').anchor?.evidence).toEqual(['manual']);
    const db = rawDatabase(env.server.workspaces.store(workspaceId));
    const audited = db.prepare("SELECT action, subject, details FROM audit_log WHERE action LIKE 'feedback.anchor%' ORDER BY rowid").all() as { action: string; subject: string; details: string }[];
    expect(audited.map((a) => a.action)).toEqual(['feedback.anchor_run', 'feedback.anchor', 'feedback.anchor_run']);
    expect(JSON.parse(audited[1].details)).toMatchObject({ documentId, draftNumber: 1, blockIds: [blockOf('Đời sống')], from: null });
  });

  it('follows anchors into a later draft by block id; the item whose block was deleted is orphaned with its quote, never dropped', async () => {
    const { workspaceId, documentId } = await anchorWorkspace(env.call);
    const ref = { workspaceId, documentId };
    await env.call('feedback.anchor', ref);
    const draft2 = await env.call('draft.get', { ...ref, side: 2 });
    const followed = await env.call('feedback.followAnchors', { ...ref, side: 2 });
    expect([followed.total, followed.kept, followed.requoted, followed.orphaned]).toEqual([6, 5, 0, 1]);
    const target2 = followed.items.find((f: { item: Item }) => f.item.text.startsWith('Mục I, chỉ tiêu (2)'));
    expect(target2).toMatchObject({ status: 'kept', blockIds: target2.item.anchor.blockIds });
    expect(draft2.blocks.map((b: { id: string }) => b.id)).toContain(target2.blockIds[0]);
    const orphans = await env.call('feedback.followAnchors', { ...ref, side: 2, onlyOrphaned: true });
    expect(orphans.total).toBe(1);
    expect(orphans.items[0]).toMatchObject({ status: 'orphaned', quote: 'Tỷ lệ hộ nghèo giảm còn dưới 1%', blockIds: [] });
    expect(orphans.items[0].lost).toEqual(orphans.items[0].item.anchor.blockIds);
    // In the draft it was written against it is where it was.
    expect((await env.call('feedback.followAnchors', { ...ref, side: 1 })).orphaned).toBe(0);

    // Once the working copy is draft 2, anchoring counts it as orphaned, and keeps it anchored in draft 1.
    await env.call('draft.restore', { ...ref, number: 2 });
    const summary = await env.call('feedback.anchor', ref);
    expect(summary).toMatchObject({ anchored: 6, orphaned: 1 });
    expect((await env.call('feedback.followAnchors', { ...ref, side: 'working', onlyOrphaned: true })).items[0].item.text).toMatch(/^Đề nghị sửa/u);
    expect((await env.call('feedback.list', { workspaceId })).total).toBe(10);
  });

  it('anchors an orphaned comment again in the working copy as the orphan list does: audited from its lost blocks, followed there by id, kept by later runs, a stale second try refused', async () => {
    const { workspaceId, documentId } = await anchorWorkspace(env.call);
    const ref = { workspaceId, documentId };
    await env.call('feedback.anchor', ref);
    await env.call('draft.restore', { ...ref, number: 2 });
    const [orphan] = (await env.call('feedback.followAnchors', { ...ref, side: 'working', onlyOrphaned: true })).items;
    const lost = orphan.item.anchor.blockIds as string[];
    const working = await env.call('draft.get', { ...ref, side: 'working' });
    const section = working.blocks.find((b: { text: string }) => b.text === 'Về kinh tế').id as string;
    // What the list sends: the working copy (null), on the anchor it showed.
    const { item } = await env.call('feedback.setAnchor', { ...ref, itemId: orphan.item.id, draftNumber: null, blockIds: [section], expectedBlockIds: lost });
    expect(item.anchor).toMatchObject({ blockIds: [section], draftNumber: null, evidence: ['manual'] });
    const audit = env.server.workspaces.store(workspaceId).audit.entries({ action: 'feedback.anchor', subject: orphan.item.id, limit: 5 });
    expect(audit.map((e) => [e.actor, e.details])).toEqual([['local', { documentId, draftNumber: null, blockIds: [section], from: lost.join(',') }]]);
    const followed = await env.call('feedback.followAnchors', { ...ref, side: 'working' });
    expect(followed.orphaned).toBe(0);
    expect(followed.items.find((f: { item: Item }) => f.item.id === orphan.item.id)).toMatchObject({ status: 'kept', blockIds: [section] });
    expect(await env.call('feedback.anchor', ref)).toMatchObject({ orphaned: 0 });
    expect((await env.call('feedback.list', { workspaceId })).items.find((i: Item) => i.id === orphan.item.id).anchor.blockIds).toEqual([section]);
    // A second page still showing it orphaned is refused, and the first re-anchor stands.
    const other = working.blocks.find((b: { text: string }) => b.text.startsWith('Đời sống')).id as string;
    await expect(env.call('feedback.setAnchor', { ...ref, itemId: orphan.item.id, draftNumber: null, blockIds: [other], expectedBlockIds: lost })).rejects.toThrow(/gắn vào đoạn khác/u);
    expect((await env.call('feedback.list', { workspaceId })).items.find((i: Item) => i.id === orphan.item.id).anchor.blockIds).toEqual([section]);
  });

  it('anchors items that name no draft in the draft asked for, and leaves those written against a draft the document lacks', async () => {
    const { workspaceId, documentId } = await anchorWorkspace(env.call);
    const ref = { workspaceId, documentId };
    const csv = 'Đơn vị,Nội dung góp ý\n"X. An Lão","Mục I, chỉ tiêu (1): đề nghị giữ mức 10%."\n';
    await env.call('feedback.import', { workspaceId, fileName: 'khong-dt.csv', dataBase64: Buffer.from(csv).toString('base64') });
    const late = 'Đơn vị,Nội dung góp ý\n"X. An Lão","Mục I, chỉ tiêu (2): đề nghị 17%."\n';
    await env.call('feedback.import', { workspaceId, fileName: 'dt7.csv', dataBase64: Buffer.from(late).toString('base64'), draftNumber: 7 });
    const summary = await env.call('feedback.anchor', { ...ref, draftNumber: 2 });
    expect(summary).toMatchObject({ items: 12, anchored: 7, missingDraft: 1 });
    const { items } = await env.call('feedback.list', { workspaceId });
    const undated = (items as Item[]).find((i) => i.text.includes('giữ mức 10%'))!;
    expect(undated.anchor).toMatchObject({ draftNumber: 2, evidence: ['reference'] });
    expect((items as Item[]).find((i) => i.text.includes('17%'))!.anchor).toBeNull();
  });

  it('never redoes an anchor a person set in another document of the workspace', async () => {
    const { workspaceId, documentId } = await anchorWorkspace(env.call);
    const { document: other } = await env.call('document.import', {
      workspaceId, kind: 'resolution', title: 'Nghị quyết', fileName: 'nq.txt', dataBase64: Buffer.from('I. MỤC TIÊU\nXây dựng thành phố văn minh, hiện đại.').toString('base64'),
    });
    const csv = 'Đơn vị,Nội dung góp ý\n"X. An Lão","Đề nghị thêm mục tiêu về môi trường."\n';
    await env.call('feedback.import', { workspaceId, fileName: 'chung.csv', dataBase64: Buffer.from(csv).toString('base64') });
    const item = ((await env.call('feedback.list', { workspaceId })).items as Item[]).find((i) => i.text.includes('môi trường'))!;
    const { blocks } = await env.call('draft.get', { workspaceId, documentId: other.id, side: 'working' });
    await env.call('feedback.setAnchor', { workspaceId, documentId: other.id, itemId: item.id, draftNumber: null, blockIds: [blocks.at(-1).id], expectedBlockIds: null });
    // The item names no document, so it is about the report too; anchoring the report keeps the person's anchor.
    expect(await env.call('feedback.anchor', { workspaceId, documentId })).toMatchObject({ items: 11, manual: 1 });
    const after = ((await env.call('feedback.list', { workspaceId })).items as Item[]).find((i) => i.id === item.id)!;
    expect(after.anchor).toEqual({ blockIds: [blocks.at(-1).id], draftNumber: null, confidence: 1, evidence: ['manual'] });
    expect((await env.call('feedback.followAnchors', { workspaceId, documentId: other.id, side: 'working' })).items[0]).toMatchObject({ status: 'kept', item: { id: item.id } });
  });

  it('writes nothing of a run whose writing fails partway, and anchors and clusters once it can write', async () => {
    const { workspaceId, documentId } = await anchorWorkspace(env.call);
    const db = rawDatabase(env.server.workspaces.store(workspaceId));
    const stored = () => ['feedback_anchor_state', 'feedback_clusters', 'feedback_cluster_members', 'feedback_cluster_trail', 'audit_log']
      .map((table) => db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get())
      .concat(db.prepare('SELECT COUNT(*) AS n FROM feedback_items WHERE anchor IS NOT NULL').get());
    const before = stored();
    // The fourth state and the fourth membership cannot be written: each run fails halfway through its transaction.
    db.exec(`CREATE TEMP TRIGGER fail_state BEFORE INSERT ON feedback_anchor_state WHEN (SELECT COUNT(*) FROM feedback_anchor_state) >= 3
      BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    db.exec(`CREATE TEMP TRIGGER fail_member BEFORE INSERT ON feedback_cluster_members WHEN (SELECT COUNT(*) FROM feedback_cluster_members) >= 3
      BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    let refused: Awaited<ReturnType<typeof rpc>>[];
    try {
      refused = [
        await rpc(env.server.url, env.server.secret, 'feedback.anchor', { workspaceId, documentId }),
        await rpc(env.server.url, env.server.secret, 'feedback.cluster', { workspaceId }),
      ];
    } finally {
      db.exec('DROP TRIGGER fail_state');
      db.exec('DROP TRIGGER fail_member');
    }
    expect(refused.map((r) => r.status)).toEqual([500, 500]);
    expect(stored()).toEqual(before);
    expect(await env.call('feedback.anchor', { workspaceId, documentId })).toMatchObject({ anchored: 6, queued: 4 });
    expect(await env.call('feedback.cluster', { workspaceId })).toMatchObject({ created: 2 });
  });

  it('refuses an unknown document, and a manual anchor naming no block', async () => {
    const { workspaceId } = await anchorWorkspace(env.call);
    const unknown = await rpc(env.server.url, env.server.secret, 'feedback.anchor', { workspaceId, documentId: '00000000-0000-4000-8000-000000000000' });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'not_found']);
    const bad = await rpc(env.server.url, env.server.secret, 'feedback.setAnchor', { workspaceId, documentId: 'x', itemId: 'y', draftNumber: 1, blockIds: [] });
    expect(bad.body.error.code).toBe('bad_request');
  });

  it('on a server without accounts, says a conflicting anchor was made by this person in another window, not by the stored owner name', async () => {
    const { workspaceId, documentId } = await anchorWorkspace(env.call);
    const ref = { workspaceId, documentId };
    const draft = await env.call('draft.get', { ...ref, side: 1 });
    const blockOf = (start: string) => draft.blocks.find((b: { text: string }) => b.text.startsWith(start)).id as string;
    const { items } = await env.call('feedback.list', { workspaceId });
    const itemId = (items as { id: string; text: string }[]).find((i) => i.text.startsWith('Đề nghị tăng cường'))!.id;
    await env.call('feedback.setAnchor', { ...ref, itemId, draftNumber: 1, blockIds: [blockOf('Đời sống')], expectedBlockIds: null });
    const late = await rpc(env.server.url, env.server.secret, 'feedback.setAnchor', { ...ref, itemId, draftNumber: 1, blockIds: [blockOf('Xây dựng thành phố')], expectedBlockIds: null });
    expect(late.body.error.code).toBe('conflict');
    expect(late.body.error.message).toMatch(/^Ý kiến này vừa được bạn ở một cửa sổ khác gắn vào đoạn khác;/u);
  });
});
