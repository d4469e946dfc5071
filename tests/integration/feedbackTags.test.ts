import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../shared/feedback/tags/codebook.ts';
import { holdWriteLock } from '../helpers/holdWriteLock.ts';
import { useTeamServer } from '../helpers/teamServer.ts';
import { commentCsv } from '../fixtures/feedback/commentFiles.ts';

const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });
const b64 = (text: string) => Buffer.from(text).toString('base64');

const COMMENTS = [
  'Đề nghị bổ sung giải pháp phát triển kinh tế biển gắn với cảng biển hiện đại.',
  'Cần bổ sung giải pháp phát triển kinh tế biển và dịch vụ cảng biển.',
  'Làm rõ trách nhiệm người đứng đầu trong công tác cán bộ.',
];

async function setup() {
  const workspace = t.server.workspaces.create('Tổng hợp góp ý');
  const workspaceId = workspace.id;
  await t.addUser('an', 'compiler', workspaceId);
  await t.addUser('binh', 'reviewer', workspaceId);
  const [an, binh] = [await t.cookieOf('an'), await t.cookieOf('binh')];
  const csv = commentCsv(COMMENTS.map((text) => ({ source: 'P. Thủy Nguyên', location: '', text })));
  await t.callAs(an, 'feedback.import', { workspaceId, fileName: 'phieu.csv', dataBase64: b64(csv) });
  const { items } = await t.callAs(an, 'feedback.list', { workspaceId });
  const { codes } = await t.callAs(an, 'feedback.codebook', { workspaceId });
  const codeNamed = (name: string) => codes.find((c: { name: string }) => c.name === name).id as string;
  return { workspaceId, an, binh, ids: items.map((i: { id: string }) => i.id) as string[], codeNamed };
}

describe('tagging comments with the codebook', () => {
  it('starts from the default codebook, tags several comments at once, says who set each tag, and takes a tag off', async () => {
    const { workspaceId, an, ids, codeNamed } = await setup();
    const sea = codeNamed('Kinh tế biển');
    expect(await t.callAs(an, 'feedback.tag', { workspaceId, itemIds: [ids[0], ids[1]], codeId: sea })).toEqual({ added: 2 });
    // Tagging again adds nothing; the first tag stays as it was.
    expect(await t.callAs(an, 'feedback.tag', { workspaceId, itemIds: [ids[0]], codeId: sea, setBy: 'suggestion' })).toEqual({ added: 0 });
    const { tags } = await t.callAs(an, 'feedback.tags', { workspaceId, itemIds: ids });
    expect(tags.map((tag: { itemId: string; setBy: string; actor: string }) => [tag.itemId, tag.setBy])).toEqual([[ids[0], 'person'], [ids[1], 'person']]);
    expect((await t.callAs(an, 'feedback.codebook', { workspaceId })).codes.find((c: { id: string }) => c.id === sea).items).toBe(2);
    expect(await t.callAs(an, 'feedback.untag', { workspaceId, itemIds: [ids[1]], codeId: sea })).toEqual({ removed: 1 });
    const audit = t.server.workspaces.store(workspaceId).audit.entries({ action: 'feedback.tag', limit: 5 });
    expect(audit.map((entry) => entry.details)).toEqual([{ items: 2, setBy: 'person' }]);
  });

  it('suggests the codes of similar tagged comments, and records an accepted suggestion as one', async () => {
    const { workspaceId, an, ids, codeNamed } = await setup();
    const sea = codeNamed('Kinh tế biển');
    await t.callAs(an, 'feedback.tag', { workspaceId, itemIds: [ids[0]], codeId: sea });
    const { suggestions } = await t.callAs(an, 'feedback.suggestTags', { workspaceId, itemId: ids[1] });
    expect(suggestions).toMatchObject([{ codeId: sea, from: [ids[0]] }]);
    expect((await t.callAs(an, 'feedback.suggestTags', { workspaceId, itemId: ids[2] })).suggestions).toEqual([]);
    await t.callAs(an, 'feedback.tag', { workspaceId, itemIds: [ids[1]], codeId: sea, setBy: 'suggestion' });
    expect((await t.callAs(an, 'feedback.tags', { workspaceId, itemIds: [ids[1]] })).tags[0]).toMatchObject({ setBy: 'suggestion' });
  });

  it('keeps sibling names apart across tone placement, and deletes only a code nothing uses', async () => {
    const { workspaceId, an, ids, codeNamed } = await setup();
    const culture = codeNamed('Văn hóa – xã hội');
    const clash = await t.rpcAs(an, 'feedback.createCode', { workspaceId, name: 'Văn hoá', parentId: culture });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toContain('Đã có chủ đề “Văn hóa”');
    const { code } = await t.callAs(an, 'feedback.createCode', { workspaceId, name: 'Thể thao', parentId: culture });
    expect((await t.callAs(an, 'feedback.renameCode', { workspaceId, codeId: code.id, name: 'Thể dục, thể thao' })).code.name).toBe('Thể dục, thể thao');
    expect((await t.rpcAs(an, 'feedback.deleteCode', { workspaceId, codeId: culture })).body.error.message).toContain('chủ đề con');
    await t.callAs(an, 'feedback.tag', { workspaceId, itemIds: [ids[2]], codeId: code.id });
    expect((await t.rpcAs(an, 'feedback.deleteCode', { workspaceId, codeId: code.id })).body.error.message).toContain('1 ý kiến');
    await t.callAs(an, 'feedback.untag', { workspaceId, itemIds: [ids[2]], codeId: code.id });
    expect(await t.callAs(an, 'feedback.deleteCode', { workspaceId, codeId: code.id })).toEqual({ ok: true });
    expect((await t.rpcAs(an, 'feedback.tag', { workspaceId, itemIds: [ids[2]], codeId: code.id })).status).toBe(404);
  });

  it('exports the codebook as CSV and imports it into another workspace, adding only what is missing and naming an unknown parent', async () => {
    const { workspaceId, an } = await setup();
    await t.callAs(an, 'feedback.createCode', { workspaceId, name: 'Đô thị thông minh', parentId: null });
    const file = await t.callAs(an, 'feedback.exportCodebook', { workspaceId });
    expect(file.fileName).toBe('Tổng hợp góp ý - Bộ chủ đề.csv');
    const csv = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(csv).toContain('Đô thị thông minh;');
    expect(csv).toContain('Kinh tế biển;Kinh tế');

    const other = t.server.workspaces.create('Khác');
    await t.addUser('chi', 'compiler', other.id);
    const chi = await t.cookieOf('chi');
    const withExtra = `${csv}Cảng xanh;Kinh tế biển\r\nMồ côi;Không có chủ đề này\r\n`;
    const result = await t.callAs(chi, 'feedback.importCodebook', { workspaceId: other.id, fileName: 'chu-de.csv', dataBase64: b64(withExtra) });
    expect(result.created).toBe(2); // Đô thị thông minh, Cảng xanh
    expect(result.existing).toBe(DEFAULT_CODEBOOK.reduce((n, top) => n + 1 + (top.children?.length ?? 0), 0));
    expect(result.problems).toEqual([expect.stringContaining('không tìm thấy chủ đề cha “Không có chủ đề này” cho “Mồ côi”')]);
    const names = (await t.callAs(chi, 'feedback.codebook', { workspaceId: other.id })).codes.map((c: { name: string }) => c.name);
    expect(names).toContain('Cảng xanh');
    expect(names).not.toContain('Mồ côi');
  });

  it('lets a reviewer read tags but not set them, and refuses while the file is locked, writing nothing', async () => {
    const { workspaceId, an, binh, ids, codeNamed } = await setup();
    const sea = codeNamed('Kinh tế biển');
    expect((await t.rpcAs(binh, 'feedback.tag', { workspaceId, itemIds: [ids[0]], codeId: sea })).status).toBe(403);
    expect((await t.callAs(binh, 'feedback.codebook', { workspaceId })).codes.length).toBeGreaterThan(10);
    const lock = await holdWriteLock(t.server.workspaces.store(workspaceId).path);
    let refused: Awaited<ReturnType<typeof t.rpcAs>>;
    try {
      refused = await t.rpcAs(an, 'feedback.tag', { workspaceId, itemIds: [ids[0]], codeId: sea });
    } finally {
      await lock.release();
    }
    expect(refused.body.error.code).toBe('storage_locked');
    expect((await t.callAs(an, 'feedback.tags', { workspaceId, itemIds: [ids[0]] })).tags).toEqual([]);
  });
});
