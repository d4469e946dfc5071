import { describe, expect, it } from 'vitest';
import { REPORT, SOURCES } from '../fixtures/feedback/anchorFixture.ts';
import { commentCsv } from '../fixtures/feedback/commentFiles.ts';
import { useTeamServer } from '../helpers/teamServer.ts';

const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });
const b64 = (text: string) => Buffer.from(text).toString('base64');
const POVERTY = 'Đề nghị sửa “Tỷ lệ hộ nghèo giảm còn dưới 1%” thành “Cơ bản không còn hộ nghèo”.';

/** A team workspace: the drafter's report (draft 1 frozen), the compiler's anchored comment, a reviewer. */
async function setup() {
  const workspace = t.server.workspaces.create('Tổng hợp góp ý');
  const workspaceId = workspace.id as string;
  for (const [name, role] of [['dung', 'drafter'], ['an', 'compiler'], ['binh', 'reviewer']] as const) await t.addUser(name, role, workspaceId);
  const [dung, an, binh] = [await t.cookieOf('dung'), await t.cookieOf('an'), await t.cookieOf('binh')];
  const { document } = await t.callAs(dung, 'document.import', { workspaceId, kind: 'political_report', title: 'Báo cáo chính trị', fileName: 'bc.txt', dataBase64: b64(REPORT) });
  const ref = { workspaceId, documentId: document.id as string };
  await t.callAs(dung, 'draft.freeze', { ...ref, stage: 'subcommittee', note: '' });
  await t.callAs(an, 'feedback.createSource', { workspaceId, source: SOURCES[1] });
  await t.callAs(an, 'feedback.import', { workspaceId, fileName: 'gop-y.csv', dataBase64: b64(commentCsv([{ source: 'X. An Lão', location: '', text: POVERTY }])), documentTitle: 'Báo cáo chính trị', draftNumber: 1 });
  await t.callAs(an, 'feedback.anchor', ref);
  const [item] = (await t.callAs(an, 'feedback.list', { workspaceId })).items as { id: string }[];
  return { ref, itemId: item.id, dung, an, binh };
}

describe('who turns a comment into a suggestion and links it, on a team server', () => {
  it('lets a drafter or a compiler make the suggestion (kept as theirs, shown as the organisation\'s), never a reviewer; only compilers link by hand', async () => {
    const { ref, itemId, dung, an, binh } = await setup();
    const { workspaceId } = ref;
    expect((await t.rpcAs(binh, 'feedback.toSuggestion', { workspaceId, itemId })).status).toBe(403);
    const made = await t.callAs(dung, 'feedback.toSuggestion', { workspaceId, itemId });
    expect(made.suggestion).toMatchObject({ author: 'dung', authorName: 'Đảng bộ xã An Lão', onBehalfOf: 'Đảng bộ xã An Lão' });
    expect((await t.callAs(an, 'feedback.toSuggestion', { workspaceId, itemId })).created).toBe(false);
    // Every role of the workspace reads the links and the changes to pick from.
    expect((await t.callAs(binh, 'feedback.links', { workspaceId, itemId })).suggestion.id).toBe(made.suggestion.id);
    const { changes } = await t.callAs(binh, 'feedback.linkCandidates', { workspaceId, itemId });
    expect(changes).toEqual([]);

    const block = made.suggestion.anchor.blockId as string;
    for (const cookie of [binh, dung]) expect((await t.rpcAs(cookie, 'feedback.linkChange', { workspaceId, itemId, olderBlockId: block, newerBlockId: block })).status).toBe(403);
    const { link } = await t.callAs(an, 'feedback.linkChange', { workspaceId, itemId, olderBlockId: block, newerBlockId: block });
    expect(link.createdBy).toBe('an');
    expect((await t.rpcAs(binh, 'feedback.unlink', { workspaceId, linkId: link.id })).status).toBe(403);
    await t.callAs(an, 'feedback.unlink', { workspaceId, linkId: link.id });
  });
});
