import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { clusterFeedback } from '../../main/services/feedback/clusterFeedback.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { useTempFiles } from '../helpers/tempFiles.ts';

const LETTER = 'Đề nghị bổ sung giải pháp phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh. Cần làm rõ nguồn lực thực hiện các công trình trọng điểm giai đoạn 2026 - 2030.';

/** Stores `texts` as one batch of items; returns their ids in the order stored. */
function addItems(store: WorkspaceStore, texts: string[], tag: string): string[] {
  store.transaction(() => {
    const file = store.feedback.insertFile({ sha256: tag, fileName: `${tag}.csv`, format: 'csv', bytes: new Uint8Array(1) });
    const batch = store.feedback.insertBatch(file.id, 'test', { items: texts.length, flagged: 0 }, []);
    store.feedback.insertItems(batch, file.id, texts.map((text, i) => ({
      text, fingerprint: `${tag}-${i}`, sourceName: `Đơn vị ${i}`, attribution: { status: 'unknown' as const },
      documentTitle: null, draftNumber: null, location: null, sheet: 'Sheet1', row: i + 2, paragraph: null,
    })));
  });
  const db = rawDatabase(store);
  return (db.prepare('SELECT id FROM feedback_items ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);
}

const counts = (store: WorkspaceStore) => Object.fromEntries(['feedback_clusters', 'feedback_cluster_members', 'feedback_cluster_trail', 'feedback_item_versions', 'feedback_cluster_runs']
  .map((table) => [table, (rawDatabase(store).prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n]));

describe('a clustering run written in batches', () => {
  const path = useTempFiles('w.vkws');

  it('writes clusters, members and trail in the order queued, values as given, and versions each member', () => {
    const store = WorkspaceStore.create(path(), 'Batch');
    try {
      // Ten thousand members and more, in the order queued.
      const ids = addItems(store, Array.from({ length: 10_003 }, (_, i) => `Ý kiến số ${i}`), 'a');
      const similarities = [1 / 3, 0.857, 0.1 + 0.2, null];
      const lists = [[], ['Câu có "ngoặc" và \\ gạch, 😀.'], ['Một.', 'Hai; ba']];
      store.transaction(() => {
        const batch = store.feedbackClusters.batch('tester', '2026-12-03T00:00:00.000Z');
        const first = batch.create(ids[0]);
        const second = batch.create(ids[1]);
        ids.forEach((id, i) => batch.addMember(i % 2 === 0 ? first : second, id, {
          exact: i % 3 === 0, similarity: similarities[i % 4], added: lists[i % 3], removed: lists[(i + 1) % 3],
        }));
        batch.record(first, 'create', { items: ids.filter((_, i) => i % 2 === 0).slice(0, 2), representativeId: ids[0] });
        batch.record(second, 'join', { items: [ids[1]], representativeId: ids[1] });
        batch.flush();
      });
      const db = rawDatabase(store);
      const clusters = db.prepare('SELECT id, representative_id, created_at, created_by FROM feedback_clusters ORDER BY rowid').all() as { id: string; representative_id: string; created_by: string }[];
      expect(clusters.map((c) => [c.representative_id, c.created_by])).toEqual([[ids[0], 'tester'], [ids[1], 'tester']]);
      const members = db.prepare('SELECT cluster_id, item_id, exact, similarity, added, removed, joined_at FROM feedback_cluster_members ORDER BY rowid').all() as {
        cluster_id: string; item_id: string; exact: number; similarity: number | null; added: string; removed: string; joined_at: string;
      }[];
      expect(members).toHaveLength(ids.length);
      members.forEach((m, i) => {
        expect(m).toEqual({
          cluster_id: clusters[i % 2].id, item_id: ids[i], exact: i % 3 === 0 ? 1 : 0, similarity: similarities[i % 4],
          added: JSON.stringify(lists[i % 3]), removed: JSON.stringify(lists[(i + 1) % 3]), joined_at: '2026-12-03T00:00:00.000Z',
        });
      });
      const trail = store.feedbackClusters.trail(clusters[0].id).concat(store.feedbackClusters.trail(clusters[1].id));
      expect(trail.map((t) => [t.action, t.actor, t.details.representativeId])).toEqual([['create', 'tester', ids[0]], ['join', 'tester', ids[1]]]);
      // Every member's item versioned, all at one seq (the per-row trigger held off, nothing left holding it off).
      const versions = db.prepare('SELECT item_rowid, seq FROM feedback_item_versions ORDER BY item_rowid').all() as { item_rowid: number; seq: number }[];
      expect(versions).toEqual(ids.map((_, i) => ({ item_rowid: i + 1, seq: 1 })));
      expect(db.prepare('SELECT COUNT(*) AS n FROM feedback_versions_deferred').get()).toEqual({ n: 0 });
    } finally {
      store.close();
    }
  });

  it('loses nothing when the batched write meets a full disk, and writes the run once there is room', () => {
    const store = WorkspaceStore.create(path(), 'Full');
    try {
      const ids = addItems(store, Array.from({ length: 3_000 }, (_, i) => `${LETTER} Kiến nghị ${i % 1000}.`), 'a');
      const before = counts(store);
      const db = rawDatabase(store);
      const { page_count } = db.prepare('PRAGMA page_count').get() as { page_count: number };
      db.exec(`PRAGMA max_page_count = ${page_count}`); // the members and their versions need new pages
      try {
        expect(() => clusterFeedback(store)).toThrow(/full/i);
      } finally {
        db.exec('PRAGMA max_page_count = 1073741823');
      }
      expect(counts(store)).toEqual(before);
      // Nor is the per-row version trigger left held off: a membership a person writes is still versioned.
      expect(db.prepare('SELECT COUNT(*) AS n FROM feedback_versions_deferred').get()).toEqual({ n: 0 });
      store.transaction(() => store.feedbackClusters.addMember(store.feedbackClusters.create(ids[0], 'person'), ids[0], { exact: true, similarity: null, added: [], removed: [] }));
      expect(db.prepare('SELECT item_rowid FROM feedback_item_versions').all()).toEqual([{ item_rowid: 1 }]);
      const run = clusterFeedback(store);
      expect(run.created + run.joined).toBeGreaterThan(0); // the copies join the person's cluster of their letter
      expect(counts(store).feedback_cluster_members).toBeGreaterThan(1);
      expect(counts(store).feedback_item_versions).toBe(counts(store).feedback_cluster_members);
      expect(counts(store).feedback_cluster_runs).toBe(1);
    } finally {
      store.close();
    }
  });

  it('writes nothing while another process holds the write lock, and clusters once it is free', () => {
    const file = path();
    WorkspaceStore.create(file, 'Locked').close();
    const store = WorkspaceStore.open(file, { busyTimeoutMs: 0 });
    const other = new DatabaseSync(file);
    try {
      addItems(store, [LETTER, LETTER, `${LETTER} Thêm một ý.`], 'a');
      const before = counts(store);
      other.exec('BEGIN IMMEDIATE');
      try {
        expect(() => clusterFeedback(store)).toThrow(/locked|busy/i);
      } finally {
        other.exec('ROLLBACK');
      }
      expect(counts(store)).toEqual(before);
      expect(clusterFeedback(store)).toEqual({ created: 1, joined: 0, clusters: 1 });
    } finally {
      other.close();
      store.close();
    }
  });
});
