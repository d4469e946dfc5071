import { describe, expect, it } from 'vitest';
import { clusterFeedback } from '../../main/services/feedback/clusterFeedback.ts';
import { mergeClusters } from '../../main/services/feedback/clusterEdits.ts';
import { type FeedbackQuery, queryFeedback } from '../../main/services/feedback/queryFeedback.ts';
import { FeedbackClusterStore } from '../../main/storage/FeedbackClusterStore.ts';
import { FeedbackStore } from '../../main/storage/FeedbackStore.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../main/storage/migrations.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { makeOlderWorkspace } from '../fixtures/olderWorkspace.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { useTempFiles } from '../helpers/tempFiles.ts';

const LETTER = 'Đề nghị bổ sung giải pháp phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh. Cần làm rõ nguồn lực thực hiện các công trình trọng điểm giai đoạn 2026 - 2030.';
const OTHER = 'Nhất trí với mục tiêu xây dựng thành phố cảng biển công nghiệp hiện đại; đề nghị nêu rõ lộ trình chuyển đổi xanh cho các khu công nghiệp cũ.';
const QUERY: FeedbackQuery = { filters: {}, search: '', sort: { by: 'received', direction: 'asc' }, offset: 0, limit: 100, facets: false };

type Version = { item_rowid: number; seq: number };

describe('a workspace whose memberships were versioned row by row, opened by this version', () => {
  const path = useTempFiles('cu.vkws');

  it('keeps its clusters and versions, and its table sees a clustering run and a merge made after the upgrade', () => {
    const file = path();
    // The schema before the bulk versions: a cluster of two copies made there, each membership versioned by its trigger.
    const old = makeOlderWorkspace(file, 'Nhiệm kỳ trước', MIGRATIONS.length - 1);
    const feedback = new FeedbackStore(old);
    const texts = [LETTER, LETTER, OTHER, LETTER, OTHER, OTHER];
    const received = feedback.insertFile({ sha256: 'cu', fileName: 'cu.csv', format: 'csv', bytes: new Uint8Array(1) });
    const batch = feedback.insertBatch(received.id, 'cu', { items: texts.length, flagged: 0 }, []);
    feedback.insertItems(batch, received.id, texts.map((text, i) => ({
      text, fingerprint: `cu-${i}`, sourceName: `Đơn vị ${i}`, attribution: { status: 'unknown' as const },
      documentTitle: null, draftNumber: null, location: null, sheet: 'Sheet1', row: i + 2, paragraph: null,
    })));
    const ids = (old.prepare('SELECT id FROM feedback_items ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);
    const clusters = new FeedbackClusterStore(old);
    const letters = clusters.create(ids[0], 'cu');
    for (const id of ids.slice(0, 2)) clusters.addMember(letters, id, { exact: true, similarity: 1, added: [], removed: [] });
    clusters.record(letters, 'cu', 'create', { items: ids.slice(0, 2), representativeId: ids[0] });
    const versionsBefore = old.prepare('SELECT item_rowid, seq FROM feedback_item_versions ORDER BY item_rowid').all() as Version[];
    expect(versionsBefore.map((v) => v.item_rowid)).toEqual([1, 2]);
    old.close();

    const store = WorkspaceStore.open(file);
    try {
      const db = rawDatabase(store);
      expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: SCHEMA_VERSION });
      expect(db.prepare('SELECT item_rowid, seq FROM feedback_item_versions ORDER BY item_rowid').all()).toEqual(versionsBefore);
      expect(store.feedbackClusters.members(letters).map((m) => m.itemId)).toEqual(ids.slice(0, 2));
      // The table's index, built before the run: it must see the run's memberships as changes.
      expect(queryFeedback(store, QUERY).rows.map((r) => r.clusterId)).toEqual([letters, letters, null, null, null, null]);

      expect(clusterFeedback(store, 'test')).toEqual({ created: 1, joined: 1, clusters: 2 });
      const others = store.feedbackClusters.clusterOf(ids[2])!;
      expect(queryFeedback(store, QUERY).rows.map((r) => r.clusterId)).toEqual([letters, letters, others, letters, others, others]);
      const versions = db.prepare('SELECT item_rowid, seq FROM feedback_item_versions ORDER BY item_rowid').all() as Version[];
      const lastBefore = Math.max(...versionsBefore.map((v) => v.seq));
      // The run's four memberships (items 3 to 6), versioned together at one seq past every earlier one.
      expect(versions.slice(0, 2)).toEqual(versionsBefore);
      expect(versions.slice(2)).toEqual([3, 4, 5, 6].map((item_rowid) => ({ item_rowid, seq: lastBefore + 1 })));
      expect(db.prepare('SELECT COUNT(*) AS n FROM feedback_versions_deferred').get()).toEqual({ n: 0 });

      // A person's merge writes memberships one by one, outside the run's batch: the trigger versions each.
      mergeClusters(store, letters, others, 'person');
      expect(queryFeedback(store, QUERY).rows.map((r) => r.clusterId)).toEqual(Array(6).fill(letters));
      const merged = db.prepare('SELECT item_rowid, seq FROM feedback_item_versions WHERE item_rowid IN (3, 5, 6) ORDER BY item_rowid').all() as Version[];
      expect(merged.every((v) => v.seq > lastBefore + 1)).toBe(true);
    } finally {
      store.close();
    }
  });
});
