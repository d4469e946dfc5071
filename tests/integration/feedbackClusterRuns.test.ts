import { describe, expect, it } from 'vitest';
import { clusterFeedback } from '../../main/services/feedback/clusterFeedback.ts';
import { splitItem } from '../../main/services/feedback/clusterEdits.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { useTempFiles } from '../helpers/tempFiles.ts';

const LETTER = 'Đề nghị bổ sung giải pháp phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh. Cần làm rõ nguồn lực thực hiện các công trình trọng điểm giai đoạn 2026 - 2030.';
const OTHER = 'Nhất trí với mục tiêu xây dựng thành phố cảng biển công nghiệp hiện đại; đề nghị nêu rõ lộ trình chuyển đổi xanh cho các khu công nghiệp cũ.';

/** Stores `texts` as one batch of items; returns their ids in order. */
function addItems(store: WorkspaceStore, texts: string[], tag: string): string[] {
  store.transaction(() => {
    const file = store.feedback.insertFile({ sha256: tag, fileName: `${tag}.csv`, format: 'csv', bytes: new Uint8Array(1) });
    const batch = store.feedback.insertBatch(file.id, 'test', { items: texts.length, flagged: 0 }, []);
    store.feedback.insertItems(batch, file.id, texts.map((text, i) => ({
      text, fingerprint: `${tag}-${i}`, sourceName: `Đơn vị ${tag} ${i}`, attribution: { status: 'unknown' as const },
      documentTitle: null, draftNumber: null, location: null, sheet: 'Sheet1', row: i + 2, paragraph: null,
    })));
  });
  return store.feedback.list({ limit: 1000 }).filter((i) => texts.includes(i.text)).map((i) => i.id);
}

const runs = (store: WorkspaceStore) => store.feedbackClusters.lastRun();

describe('clustering runs on a workspace file', () => {
  const path = useTempFiles('w.vkws');
  const open = () => WorkspaceStore.create(path(), 'Runs');

  it('skips a run that finds the items and clusters as the last run left them, and reruns after a new item or a split', () => {
    const store = open();
    try {
      addItems(store, [LETTER, LETTER, LETTER.replace('hoá', 'hóa'), OTHER], 'a');
      expect(runs(store)).toBeNull();
      expect(clusterFeedback(store)).toEqual({ created: 1, joined: 0, clusters: 1 });
      const first = runs(store)!;
      expect(first.items).toBe(store.feedbackClusters.marks().items);
      expect(first.trail).toBe(store.feedbackClusters.marks().trail);

      // Nothing new: no clustering, no run recorded, still audited.
      expect(clusterFeedback(store)).toEqual({ created: 0, joined: 0, clusters: 1 });
      expect(runs(store)).toEqual(first);
      expect(store.audit.entries({ action: 'feedback.cluster_run', limit: 10 })).toHaveLength(2);

      // A new copy of OTHER: the run reads it and forms a cluster with it.
      addItems(store, [OTHER], 'b');
      expect(clusterFeedback(store)).toEqual({ created: 1, joined: 0, clusters: 2 });
      expect(runs(store)!.items).toBeGreaterThan(first.items);

      // A person splits a copy out: the trail moved on, so the next run clusters again, and leaves the split item alone.
      const [letters] = store.feedbackClusters.listed({ offset: 0, limit: 10 }).ids;
      const members = store.feedbackClusters.members(letters);
      const out = members[members.length - 1].itemId;
      splitItem(store, letters, out);
      const before = runs(store)!;
      expect(store.feedbackClusters.marks().trail).toBeGreaterThan(before.trail);
      expect(clusterFeedback(store)).toEqual({ created: 0, joined: 0, clusters: 2 });
      expect(runs(store)!.trail).toBe(store.feedbackClusters.marks().trail);
      expect(store.feedbackClusters.currentClusters().has(out)).toBe(false);
    } finally {
      store.close();
    }
  });

  it('reruns when the last run was of another method, or when a person changed clusters while it ran', () => {
    const store = open();
    try {
      addItems(store, [LETTER, LETTER, OTHER, OTHER], 'a');
      clusterFeedback(store);
      const marks = store.feedbackClusters.marks();
      // A run of another method (an older version of the app) does not count.
      store.feedbackClusters.recordRun(marks, 'older-method', 'test');
      expect(clusterFeedback(store)).toEqual({ created: 0, joined: 0, clusters: 2 });
      expect(runs(store)).toEqual({ ...marks, method: 'lsh-leaders-1' });
      const [first] = store.feedbackClusters.listed({ offset: 0, limit: 10 }).ids;
      splitItem(store, first, store.feedbackClusters.members(first)[1].itemId);
      // The split's trail entry is past the run's marks: a run recorded at the older marks (as one racing the split would) is not "unchanged".
      store.feedbackClusters.recordRun(marks, 'lsh-leaders-1', 'test');
      expect(clusterFeedback(store)).toEqual({ created: 0, joined: 0, clusters: 1 });
      expect(runs(store)).toMatchObject({ method: 'lsh-leaders-1', trail: store.feedbackClusters.marks().trail });
    } finally {
      store.close();
    }
  });

  it('compares a copy joining a stored cluster with the representative a person left it, not the one clustering chose', () => {
    const store = open();
    try {
      const [added, copy] = addItems(store, [`${LETTER} Thêm ý riêng của đơn vị.`, LETTER, LETTER], 'a');
      clusterFeedback(store);
      const clusterId = store.feedbackClusters.clusterOf(copy)!;
      expect(store.feedbackClusters.get(clusterId).representativeId).toBe(copy); // the wording sent twice
      // Splitting the representative out leaves the other two, the first of them (the longer letter) representing them.
      splitItem(store, clusterId, copy);
      expect(store.feedbackClusters.get(clusterId).representativeId).toBe(added);
      const [late] = addItems(store, [LETTER.replace('hoá', 'hóa').toUpperCase()], 'b');
      expect(clusterFeedback(store)).toEqual({ created: 0, joined: 1, clusters: 1 });
      expect(store.feedbackClusters.members(clusterId).find((m) => m.itemId === late)).toMatchObject({
        exact: false, similarity: null, added: [], removed: ['Thêm ý riêng của đơn vị.'],
      });
    } finally {
      store.close();
    }
  });
});
