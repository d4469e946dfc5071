import { describe, expect, it } from 'vitest';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { ADDED_POINT, anchorWorkspace, FORM_LETTER, SECOND_LETTER } from '../fixtures/feedback/anchorFixture.ts';

interface Member { itemId: string; text: string; sourceName: string; exact: boolean; similarity: number | null; added: string[]; removed: string[] }
interface Cluster { id: string; representativeId: string; comments: number; sources: number; members: Member[] }

describe('clusters of stored feedback over RPC on a real server', () => {
  const env = useTestServer();

  it('stores the clusters with "N ý kiến của M đơn vị" and, in a near-duplicate, the sentence it adds', async () => {
    const { workspaceId } = await anchorWorkspace(env.call);
    expect(await env.call('feedback.cluster', { workspaceId })).toEqual({ created: 2, joined: 0, clusters: 2 });
    const { clusters, total } = await env.call('feedback.listClusters', { workspaceId });
    expect(total).toBe(2);
    const [letters, second] = clusters as Cluster[];
    expect([letters.comments, letters.sources, second.comments, second.sources]).toEqual([3, 3, 2, 2]);
    expect(letters.members[0]).toMatchObject({ itemId: letters.representativeId, text: FORM_LETTER, exact: true, added: [] });
    const added = letters.members.find((m) => m.sourceName === 'Đảng bộ phường Lê Chân')!;
    expect(added).toMatchObject({ exact: false, added: [ADDED_POINT], removed: [] });
    expect(second.members.map((m) => m.text)).toEqual([SECOND_LETTER, SECOND_LETTER.replace('hoá', 'hóa')]);
    expect(second.members[1].exact).toBe(true);
    // A second run changes nothing.
    expect(await env.call('feedback.cluster', { workspaceId })).toEqual({ created: 0, joined: 0, clusters: 2 });
  });

  it('merges two clusters and splits an item out, each with its trail, never deleting the originals', async () => {
    const { workspaceId } = await anchorWorkspace(env.call);
    await env.call('feedback.cluster', { workspaceId });
    const [letters, second] = (await env.call('feedback.listClusters', { workspaceId })).clusters as Cluster[];

    const { cluster: merged } = await env.call('feedback.mergeClusters', { workspaceId, intoId: letters.id, fromId: second.id });
    expect([merged.comments, merged.sources, merged.members.length]).toEqual([5, 3, 5]);
    const moved = merged.members.find((m: Member) => m.text === SECOND_LETTER)!;
    expect(moved).toMatchObject({ exact: false, similarity: null, added: [SECOND_LETTER], removed: [FORM_LETTER] });
    expect((await env.call('feedback.listClusters', { workspaceId })).total).toBe(1);
    const again = await rpc(env.server.url, env.server.secret, 'feedback.mergeClusters', { workspaceId, intoId: letters.id, fromId: second.id });
    expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);
    const self = await rpc(env.server.url, env.server.secret, 'feedback.mergeClusters', { workspaceId, intoId: letters.id, fromId: letters.id });
    expect(self.body.error.code).toBe('bad_request');

    // Splitting the representative out: the most repeated wording left (two copies, tone placement aside) takes its place.
    const { cluster: split } = await env.call('feedback.splitItem', { workspaceId, clusterId: letters.id, itemId: letters.representativeId });
    expect(split.comments).toBe(4);
    expect(split.members.some((m: Member) => m.itemId === letters.representativeId)).toBe(false);
    expect(split.members[0].text).toBe(SECOND_LETTER);
    expect(split.members.find((m: Member) => m.text === FORM_LETTER)).toMatchObject({ added: [FORM_LETTER], removed: [SECOND_LETTER] });
    expect(split.members.find((m: Member) => m.text === `${FORM_LETTER} ${ADDED_POINT}`).added).toEqual([FORM_LETTER, ADDED_POINT]);
    const notThere = await rpc(env.server.url, env.server.secret, 'feedback.splitItem', { workspaceId, clusterId: letters.id, itemId: letters.representativeId });
    expect(notThere.body.error.code).toBe('not_found');

    // Clustering again leaves the item a person split out on its own.
    expect(await env.call('feedback.cluster', { workspaceId })).toMatchObject({ created: 0, joined: 0 });
    const { clusters } = await env.call('feedback.listClusters', { workspaceId });
    expect(clusters.flatMap((c: Cluster) => c.members.map((m) => m.itemId))).not.toContain(letters.representativeId);

    const trail = (await env.call('feedback.clusterTrail', { workspaceId, clusterId: letters.id })).entries;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['create', 'merge', 'split']);
    expect(trail[1]).toMatchObject({ actor: expect.any(String), at: expect.any(String), details: { from: second.id, items: second.members.map((m) => m.itemId) } });
    expect(trail[2].details).toMatchObject({ itemId: letters.representativeId });
    expect((await env.call('feedback.clusterTrail', { workspaceId, clusterId: second.id })).entries.map((e: { action: string }) => e.action)).toEqual(['create', 'merged']);

    const db = rawDatabase(env.server.workspaces.store(workspaceId));
    expect((await env.call('feedback.list', { workspaceId })).total).toBe(10);
    expect(db.prepare('SELECT COUNT(*) AS n FROM feedback_cluster_members').get()).toEqual({ n: 7 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM feedback_clusters').get()).toEqual({ n: 2 });
    expect(() => db.prepare('DELETE FROM feedback_cluster_trail').run()).toThrow(/append-only/u);
    expect(() => db.prepare('DELETE FROM feedback_cluster_members').run()).toThrow(/never deleted/u);
    const audited = db.prepare("SELECT action FROM audit_log WHERE action LIKE 'feedback.cluster%' ORDER BY rowid").all() as { action: string }[];
    expect(audited.map((a) => a.action)).toEqual(['feedback.cluster_run', 'feedback.cluster_merge', 'feedback.cluster_split', 'feedback.cluster_run']);
  });

  it('lets a new copy join the stored cluster it belongs to', async () => {
    const { workspaceId } = await anchorWorkspace(env.call);
    await env.call('feedback.cluster', { workspaceId });
    const csv = `Đơn vị,Nội dung góp ý\n"Đảng bộ phường Thủy Nguyên","${FORM_LETTER.toUpperCase()}"\n`;
    await env.call('feedback.import', { workspaceId, fileName: 'them.csv', dataBase64: Buffer.from(csv).toString('base64') });
    expect(await env.call('feedback.cluster', { workspaceId })).toEqual({ created: 0, joined: 1, clusters: 2 });
    const [letters] = (await env.call('feedback.listClusters', { workspaceId })).clusters as Cluster[];
    // "P. Thuỷ Nguyên" and "Đảng bộ phường Thủy Nguyên" are one organisation: 4 comments of 3.
    expect([letters.comments, letters.sources]).toEqual([4, 3]);
    const unknown = await rpc(env.server.url, env.server.secret, 'feedback.clusterTrail', { workspaceId, clusterId: 'khong-co' });
    expect(unknown.body.error.code).toBe('not_found');
  });
});
