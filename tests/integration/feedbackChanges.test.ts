import { describe, expect, it } from 'vitest';
import { useTeamServer } from '../helpers/teamServer.ts';

const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });

async function setup() {
  const workspace = t.server.workspaces.create('Tổng hợp góp ý');
  const workspaceId = workspace.id;
  await t.addUser('an', 'compiler', workspaceId);
  await t.addUser('binh', 'reviewer', workspaceId);
  return { workspaceId, an: await t.cookieOf('an'), binh: await t.cookieOf('binh') };
}

describe('feedback changes for every compiler’s page', () => {
  it('tells a page that asks with no epoch to read everything, then answers its waiting request as soon as another compiler changes something', async () => {
    const { workspaceId, an, binh } = await setup();
    const first = await t.callAs(binh, 'feedback.changes', { workspaceId, epoch: null, since: 0 });
    expect(first).toMatchObject({ reset: true, seq: 0, changes: [] });

    const started = Date.now();
    const waiting = t.callAs(binh, 'feedback.changes', { workspaceId, epoch: first.epoch, since: first.seq, waitMs: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await t.callAs(an, 'feedback.createCode', { workspaceId, name: 'Đô thị thông minh', parentId: null });
    const told = await waiting;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(told).toMatchObject({ reset: false, seq: 1, changes: [{ seq: 1, kind: 'codebook', itemIds: [], many: false, actor: 'an' }] });

    // Asked again from where it stood, it gets only what came after.
    await t.callAs(an, 'feedback.saveTemplate', { workspaceId, template: { name: 'Mẫu', status: 'accepted', text: 'Tiếp thu.' } });
    await t.callAs(an, 'feedback.createCode', { workspaceId, name: 'Cảng xanh', parentId: null });
    const later = await t.callAs(binh, 'feedback.changes', { workspaceId, epoch: told.epoch, since: told.seq });
    expect(later.changes.map((c: { kind: string }) => c.kind)).toEqual(['templates', 'codebook']);
  });

  it('answers with no change once the wait is over, and tells a page from before a restart (another epoch) to read everything', async () => {
    const { workspaceId, binh } = await setup();
    const { epoch, seq } = await t.callAs(binh, 'feedback.changes', { workspaceId, epoch: null, since: 0 });
    const started = Date.now();
    expect(await t.callAs(binh, 'feedback.changes', { workspaceId, epoch, since: seq, waitMs: 300 })).toMatchObject({ reset: false, changes: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect((await t.callAs(binh, 'feedback.changes', { workspaceId, epoch: 'another-server', since: 5, waitMs: 300 })).reset).toBe(true);
    expect((await t.callAs(binh, 'feedback.changes', { workspaceId, epoch, since: 99, waitMs: 300 })).reset).toBe(true);
  });

  it('names the comments a change touched, and refuses an unknown workspace and a wait past 25 s', async () => {
    const { workspaceId, an } = await setup();
    const { epoch } = await t.callAs(an, 'feedback.changes', { workspaceId, epoch: null, since: 0 });
    const csv = 'Đơn vị,Ý kiến\n"P. Thủy Nguyên","Đề nghị làm rõ chỉ tiêu (7)."\n';
    await t.callAs(an, 'feedback.import', { workspaceId, fileName: 'a.csv', dataBase64: Buffer.from(csv).toString('base64') });
    const { items } = await t.callAs(an, 'feedback.list', { workspaceId });
    await t.callAs(an, 'feedback.decide', { workspaceId, itemId: items[0].id, version: 0, change: { status: 'accepted' } });
    const { changes } = await t.callAs(an, 'feedback.changes', { workspaceId, epoch, since: 0 });
    expect(changes.map((c: { kind: string; itemIds: string[] }) => [c.kind, c.itemIds])).toEqual([['items', []], ['decisions', [items[0].id]]]);
    expect((await t.rpcAs(an, 'feedback.changes', { workspaceId: 'khong-co', epoch, since: 0 })).status).toBe(403);
    expect((await t.rpcAs(an, 'feedback.changes', { workspaceId, epoch, since: 0, waitMs: 60_000 })).status).toBe(400);
  });
});
