import { describe, expect, it } from 'vitest';
import { anchorWorkspace, SOURCES } from '../fixtures/feedback/anchorFixture.ts';
import { useTeamServer } from '../helpers/teamServer.ts';

const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });

interface Item { id: string; text: string; attribution: { status: string; sourceId?: string }; anchor: { blockIds: string[]; evidence: string[] } | null }

/**
 * The anchoring fixture in a workspace of the team server (its drafts by a drafter, its comments
 * by compiler An), and two compilers of it, An and Bình, each with their own connection.
 */
async function twoCompilers() {
  const workspace = t.server.workspaces.create('Tổng hợp góp ý');
  await t.addUser('soan', 'drafter', workspace.id);
  await t.addUser('an', 'compiler', workspace.id);
  await t.addUser('binh', 'compiler', workspace.id);
  const [drafter, an, binh] = [await t.cookieOf('soan'), await t.cookieOf('an'), await t.cookieOf('binh')];
  const fixture = await anchorWorkspace(async (method, input) => {
    if (method === 'workspace.create') return { workspace };
    return t.callAs(method.startsWith('feedback.') ? an : drafter, method, input);
  });
  const ref = { workspaceId: fixture.workspaceId, documentId: fixture.documentId };
  const draft = await t.callAs(an, 'draft.get', { ...ref, side: 1 });
  const blockOf = (start: string) => draft.blocks.find((b: { text: string }) => b.text.startsWith(start)).id as string;
  const itemOf = async (cookie: string, itemId: string) => ((await t.callAs(cookie, 'feedback.list', { workspaceId: ref.workspaceId })).items as Item[]).find((i) => i.id === itemId)!;
  return { ref, an, binh, blockOf, itemOf, items: fixture.items };
}

describe('two compilers changing one comment at once', () => {
  it('refuses the second anchor made on what the first replaced, says who changed it, and takes it once made on the anchor as it stands', async () => {
    const { ref, an, binh, blockOf, itemOf, items } = await twoCompilers();
    const itemId = items.find((i) => i.text.startsWith('Đề nghị tăng cường'))!.id;
    // Both read it unanchored (as the "chưa gắn" queue shows it).
    const seenByAn = await itemOf(an, itemId);
    const seenByBinh = await itemOf(binh, itemId);
    expect([seenByAn.anchor, seenByBinh.anchor]).toEqual([null, null]);

    await t.callAs(an, 'feedback.setAnchor', { ...ref, itemId, draftNumber: 1, blockIds: [blockOf('Đời sống')], expectedBlockIds: null });
    const late = await t.rpcAs(binh, 'feedback.setAnchor', { ...ref, itemId, draftNumber: 1, blockIds: [blockOf('Xây dựng thành phố')], expectedBlockIds: null });
    expect(late.body.error.code).toBe('conflict');
    expect(late.body.error.message).toMatch(/vừa được Người an gắn vào đoạn khác.*chưa được ghi.*gắn lại/u);
    expect((await itemOf(binh, itemId)).anchor?.blockIds).toEqual([blockOf('Đời sống')]);

    // Made knowingly, on the anchor as it now stands, it is taken.
    const { item } = await t.callAs(binh, 'feedback.setAnchor', { ...ref, itemId, draftNumber: 1, blockIds: [blockOf('Xây dựng thành phố')], expectedBlockIds: [blockOf('Đời sống')] });
    expect(item.anchor.blockIds).toEqual([blockOf('Xây dựng thành phố')]);
    // An's stale view of it is refused in turn, naming Bình.
    const stale = await t.rpcAs(an, 'feedback.setAnchor', { ...ref, itemId, draftNumber: 1, blockIds: [blockOf('Thu ngân sách')], expectedBlockIds: [blockOf('Đời sống')] });
    expect([stale.body.error.code, /vừa được Người binh/u.test(stale.body.error.message)]).toEqual(['conflict', true]);
  });

  it('refuses the second source chosen on what the first replaced, naming who chose which source, and leaves the first', async () => {
    const { ref, an, binh, itemOf, items } = await twoCompilers();
    const { sources } = await t.callAs(an, 'feedback.listSources', { workspaceId: ref.workspaceId });
    const sourceOf = (name: string) => sources.find((s: { name: string }) => s.name === name).id as string;
    const itemId = items[0].id;
    const seen = await itemOf(binh, itemId);
    const expectedSourceId = seen.attribution.sourceId ?? null;

    await t.callAs(an, 'feedback.setSource', { workspaceId: ref.workspaceId, itemId, sourceId: sourceOf(SOURCES[1].name), expectedSourceId });
    const late = await t.rpcAs(binh, 'feedback.setSource', { workspaceId: ref.workspaceId, itemId, sourceId: sourceOf(SOURCES[2].name), expectedSourceId });
    expect(late.body.error.code).toBe('conflict');
    expect(late.body.error.message).toContain(`vừa được Người an gán cho đơn vị «${SOURCES[1].name}»`);
    expect((await itemOf(binh, itemId)).attribution).toEqual({ status: 'manual', sourceId: sourceOf(SOURCES[1].name) });

    const { item } = await t.callAs(binh, 'feedback.setSource', { workspaceId: ref.workspaceId, itemId, sourceId: sourceOf(SOURCES[2].name), expectedSourceId: sourceOf(SOURCES[1].name) });
    expect(item.attribution).toEqual({ status: 'manual', sourceId: sourceOf(SOURCES[2].name) });
  });
});

describe('live updates beyond decisions', () => {
  it('brings a tag, a manual anchor, a merge and a split made by one compiler into the other’s change feed, naming the comments', async () => {
    const { ref, an, binh, blockOf, items } = await twoCompilers();
    const { workspaceId } = ref;
    await t.callAs(an, 'feedback.cluster', { workspaceId });
    const { code } = await t.callAs(an, 'feedback.createCode', { workspaceId, name: 'Hạ tầng', parentId: null });
    // Each compiler's page follows the feed from where it stands now.
    const start = await t.callAs(binh, 'feedback.changes', { workspaceId, epoch: null, since: 0 });
    const anStart = await t.callAs(an, 'feedback.changes', { workspaceId, epoch: null, since: 0 });
    expect(anStart.seq).toBe(start.seq);

    // Bình's page is waiting when An tags: the wait is answered with the tag.
    const waiting = t.callAs(binh, 'feedback.changes', { workspaceId, epoch: start.epoch, since: start.seq, waitMs: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const tagged = [items[5].id, items[6].id];
    await t.callAs(an, 'feedback.tag', { workspaceId, itemIds: tagged, codeId: code.id });
    expect((await waiting).changes).toEqual([expect.objectContaining({ kind: 'tags', itemIds: tagged, actor: 'an' })]);

    const queued = items.find((i) => i.text.startsWith('Cần chú ý'))!.id;
    await t.callAs(an, 'feedback.setAnchor', { ...ref, itemId: queued, draftNumber: 1, blockIds: [blockOf('Đời sống')], expectedBlockIds: null });
    const { clusters } = await t.callAs(an, 'feedback.listClusters', { workspaceId });
    expect(clusters).toHaveLength(2);
    const { cluster: merged } = await t.callAs(an, 'feedback.mergeClusters', { workspaceId, intoId: clusters[0].id, fromId: clusters[1].id });
    const splitOff = merged.members.at(-1).itemId as string;
    await t.callAs(an, 'feedback.splitItem', { workspaceId, clusterId: merged.id, itemId: splitOff });

    const seen = await t.callAs(binh, 'feedback.changes', { workspaceId, epoch: start.epoch, since: start.seq });
    const told = seen.changes.map((c: { kind: string; itemIds: string[]; actor: string }) => [c.kind, c.itemIds, c.actor]);
    expect(told).toEqual([['tags', tagged, 'an'], ['anchors', [queued], 'an'], ['clusters', expect.any(Array), 'an'], ['clusters', [splitOff], 'an']]);
    // The merge names the comments it moved, so a page showing one of them reads it again.
    const ids = (members: { itemId: string }[]) => members.map((m) => m.itemId).sort();
    expect([...told[2][1]].sort()).toEqual(ids(merged.members));
    expect(told[2][1]).toEqual(expect.arrayContaining([...ids(clusters[0].members), ...ids(clusters[1].members)]));
    // The one who made them sees the same feed.
    expect((await t.callAs(an, 'feedback.changes', { workspaceId, epoch: start.epoch, since: start.seq })).changes).toEqual(seen.changes);
  });
});
