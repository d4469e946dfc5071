import { describe, expect, it } from 'vitest';
import { holdWriteLock } from '../helpers/holdWriteLock.ts';
import { useTeamServer } from '../helpers/teamServer.ts';
import { commentTexts, commentWorkbook } from '../fixtures/feedback/commentFiles.ts';

// Cheap hashes: passwords are tested in teamLogin and passwords.test.ts.
const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });

/** A workspace with three imported comments, two compilers (an, chi) and a reviewer (binh), signed in. */
async function triageSetup() {
  const workspace = t.server.workspaces.create('Tổng hợp góp ý');
  const workspaceId = workspace.id;
  await t.addUser('an', 'compiler', workspaceId);
  await t.addUser('chi', 'compiler', workspaceId);
  await t.addUser('binh', 'reviewer', workspaceId);
  const [an, chi, binh] = [await t.cookieOf('an'), await t.cookieOf('chi'), await t.cookieOf('binh')];
  const bytes = await commentWorkbook(commentTexts(3).map((text) => ({ source: 'P. Thủy Nguyên', location: '', text })));
  await t.callAs(an, 'feedback.import', { workspaceId, fileName: 'phieu.xlsx', dataBase64: Buffer.from(bytes).toString('base64') });
  const { items } = await t.callAs(an, 'feedback.list', { workspaceId });
  return { workspaceId, an, chi, binh, ids: items.map((item: { id: string }) => item.id) as string[] };
}

describe('deciding on comments', () => {
  it('stores a decision with who made it, and refuses a second compiler’s change made on the version before, overwriting nothing', async () => {
    const { workspaceId, an, chi, ids } = await triageSetup();
    const [first] = (await t.callAs(chi, 'feedback.triage', { workspaceId, itemIds: [ids[0]] })).triage;
    expect(first).toMatchObject({ status: 'new', assignee: null, response: '', version: 0, decidedBy: null });

    const answer = 'Tiếp thu, đã bổ sung vào mục II.3 của Dự thảo lần 3.';
    const decided = await t.callAs(an, 'feedback.decide', { workspaceId, itemId: ids[0], version: 0, change: { status: 'accepted', response: answer, assignee: 'Nguyễn Văn An' } });
    expect(decided.triage).toMatchObject({ status: 'accepted', response: answer, assignee: 'Nguyễn Văn An', version: 1 });
    const by = decided.triage.decidedBy;
    expect(by).toBeTruthy();

    // Chi still has version 0 on screen: refused, and An's decision stands.
    const late = await t.rpcAs(chi, 'feedback.decide', { workspaceId, itemId: ids[0], version: 0, change: { status: 'explained', response: 'Giải trình: …' } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('conflict');
    expect(late.body.error.message).toContain('chưa được ghi');
    expect(late.body.error.message).toContain(by);
    const [now] = (await t.callAs(chi, 'feedback.triage', { workspaceId, itemIds: [ids[0]] })).triage;
    expect(now).toMatchObject({ status: 'accepted', response: answer, version: 1 });
    // The item's own status follows (the table and the export read it).
    expect((await t.callAs(chi, 'feedback.list', { workspaceId })).items[0].status).toBe('accepted');

    // Made on the version read, it goes through; only the fields it names change.
    const again = await t.callAs(chi, 'feedback.decide', { workspaceId, itemId: ids[0], version: 1, change: { status: 'partly_accepted' } });
    expect(again.triage).toMatchObject({ status: 'partly_accepted', response: answer, assignee: 'Nguyễn Văn An', version: 2 });

    const audit = t.server.workspaces.store(workspaceId).audit.entries({ action: 'feedback.decide', limit: 10 });
    expect(audit.map((entry) => entry.details)).toEqual([
      { from: 'accepted', status: 'partly_accepted', version: 2 },
      { from: 'new', status: 'accepted', assignee: 'Nguyễn Văn An', response: answer, version: 1 },
    ]);
  });

  it('answers many at once, leaving those decided meanwhile by someone else untouched and naming them', async () => {
    const { workspaceId, an, chi, ids } = await triageSetup();
    await t.callAs(chi, 'feedback.decide', { workspaceId, itemId: ids[1], version: 0, change: { status: 'out_of_scope' } });
    const result = await t.callAs(an, 'feedback.decideMany', {
      workspaceId,
      items: ids.map((itemId) => ({ itemId, version: 0 })),
      change: { status: 'explained', response: 'Giải trình chung cho cụm ý kiến.' },
    });
    expect(result.decided.map((d: { itemId: string }) => d.itemId)).toEqual([ids[0], ids[2]]);
    expect(result.conflicts).toMatchObject([{ itemId: ids[1], status: 'out_of_scope', version: 1 }]);
    // Who won is named as people read it (the bulk form's message), not by the account name kept.
    expect(result.conflicts.map((c: { decidedBy: string; decidedByName: string }) => [c.decidedBy, c.decidedByName])).toEqual([['chi', 'Người chi']]);
    expect(new Set(result.decided.map((d: { decidedByName: string }) => d.decidedByName))).toEqual(new Set(['Người an']));
    const statuses = (await t.callAs(an, 'feedback.triage', { workspaceId, itemIds: ids })).triage.map((d: { status: string }) => d.status);
    expect(statuses).toEqual(['explained', 'out_of_scope', 'explained']);
  });

  it('lets a reviewer read decisions and templates but not decide, and refuses bad input with a named reason', async () => {
    const { workspaceId, an, binh, ids } = await triageSetup();
    expect((await t.callAs(binh, 'feedback.triage', { workspaceId, itemIds: ids })).triage).toHaveLength(3);
    const refused = await t.rpcAs(binh, 'feedback.decide', { workspaceId, itemId: ids[0], version: 0, change: { status: 'accepted' } });
    expect(refused.status).toBe(403);
    expect((await t.rpcAs(binh, 'feedback.saveTemplate', { workspaceId, template: { name: 'x', status: 'accepted', text: 'y' } })).status).toBe(403);

    const empty = await t.rpcAs(an, 'feedback.decide', { workspaceId, itemId: ids[0], version: 0, change: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('Không có gì để cập nhật');
    const long = await t.rpcAs(an, 'feedback.decide', { workspaceId, itemId: ids[0], version: 0, change: { response: 'a'.repeat(20_001) } });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toContain('dài quá');
    const unknown = await t.rpcAs(an, 'feedback.decide', { workspaceId, itemId: 'khong-co', version: 0, change: { status: 'accepted' } });
    expect(unknown.status).toBe(404);
    expect((await t.callAs(an, 'feedback.triage', { workspaceId, itemIds: ids })).triage.every((d: { version: number }) => d.version === 0)).toBe(true);
  });

  it('keeps answer templates: saved, changed, listed for everyone, deleted', async () => {
    const { workspaceId, an, binh } = await triageSetup();
    const { template } = await t.callAs(an, 'feedback.saveTemplate', { workspaceId, template: { name: 'Tiếp thu chung', status: 'accepted', text: 'Tiểu ban xin tiếp thu và đã chỉnh sửa.' } });
    await t.callAs(an, 'feedback.saveTemplate', { workspaceId, template: { id: template.id, name: 'Tiếp thu chung', status: 'accepted', text: 'Tiểu ban xin tiếp thu, đã chỉnh sửa trong dự thảo.' } });
    expect((await t.callAs(binh, 'feedback.listTemplates', { workspaceId })).templates).toEqual([
      { id: template.id, name: 'Tiếp thu chung', status: 'accepted', text: 'Tiểu ban xin tiếp thu, đã chỉnh sửa trong dự thảo.' },
    ]);
    expect(await t.callAs(an, 'feedback.deleteTemplate', { workspaceId, templateId: template.id })).toEqual({ ok: true });
    expect((await t.rpcAs(an, 'feedback.deleteTemplate', { workspaceId, templateId: template.id })).status).toBe(404);
    expect((await t.callAs(binh, 'feedback.listTemplates', { workspaceId })).templates).toEqual([]);
  });

  it('refuses a decision while another program holds the write lock, writing nothing, and takes it once the lock is gone', async () => {
    const { workspaceId, an, ids } = await triageSetup();
    const lock = await holdWriteLock(t.server.workspaces.store(workspaceId).path);
    let refused: Awaited<ReturnType<typeof t.rpcAs>>;
    try {
      refused = await t.rpcAs(an, 'feedback.decide', { workspaceId, itemId: ids[0], version: 0, change: { status: 'accepted' } });
    } finally {
      await lock.release();
    }
    expect({ status: refused.status, code: refused.body.error?.code }).toEqual({ status: 423, code: 'storage_locked' });
    expect((await t.callAs(an, 'feedback.triage', { workspaceId, itemIds: [ids[0]] })).triage[0].version).toBe(0);
    expect((await t.callAs(an, 'feedback.decide', { workspaceId, itemId: ids[0], version: 0, change: { status: 'accepted' } })).triage.version).toBe(1);
  });
});
