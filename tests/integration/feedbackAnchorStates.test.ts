import { describe, expect, it } from 'vitest';
import type { AnchorStateRow } from '../../main/storage/FeedbackAnchorStore.ts';
import type { QuoteSelector } from '../../shared/feedback/anchoring/matchQuote.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { useTempFiles } from '../helpers/tempFiles.ts';

/** A workspace with one document and `n` items; returns the store, the document and the item ids in order. */
function workspace(path: string, n: number): { store: WorkspaceStore; documentId: string; ids: string[] } {
  const store = WorkspaceStore.create(path, 'States');
  const { id } = store.documents.create('political_report', 'Báo cáo chính trị');
  store.transaction(() => {
    const file = store.feedback.insertFile({ sha256: 'a', fileName: 'a.csv', format: 'csv', bytes: new Uint8Array(1) });
    const batch = store.feedback.insertBatch(file.id, 'test', { items: n, flagged: 0 }, []);
    store.feedback.insertItems(batch, file.id, Array.from({ length: n }, (_, i) => ({
      text: `Ý kiến ${i}`, fingerprint: `${i}`, sourceName: 'Đơn vị', attribution: { status: 'unknown' as const },
      documentTitle: null, draftNumber: 1, location: null, sheet: 'Sheet1', row: i + 2, paragraph: null,
    })));
  });
  const ids = (rawDatabase(store).prepare('SELECT id FROM feedback_items ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);
  return { store, documentId: id, ids };
}

const quote: QuoteSelector = { exact: 'phát triển "kinh tế" biển \\ 😀', prefix: 'Đề nghị', suffix: 'gắn với quốc phòng' };

describe('anchoring states written many at once', () => {
  const path = useTempFiles('w.vkws');

  it('writes each state as set would, across statements, and replaces the states already there', () => {
    const { store, documentId, ids } = workspace(path(), 10_002);
    try {
      const rows = (state: 'anchored' | 'queued'): AnchorStateRow[] => ids.map((itemId, i) => ({
        itemId, documentId, draftNumber: i % 2 === 0 ? 1 : null, state, quote: i % 3 === 0 ? quote : null,
      }));
      store.transaction(() => store.feedbackAnchors.setMany(rows('queued'), 'first', '2026-12-03T00:00:00.000Z'));
      store.transaction(() => store.feedbackAnchors.setMany(rows('anchored'), 'second', '2026-12-03T01:00:00.000Z'));
      const stored = rawDatabase(store).prepare('SELECT item_id, updated_at, actor FROM feedback_anchor_state ORDER BY rowid').all() as { item_id: string; updated_at: string; actor: string }[];
      expect(stored.map((s) => s.item_id)).toEqual(ids);
      expect(new Set(stored.map((s) => `${s.actor} ${s.updated_at}`))).toEqual(new Set(['second 2026-12-03T01:00:00.000Z']));
      ids.forEach((id, i) => expect(store.feedbackAnchors.get(id)).toEqual(rows('anchored')[i]));
    } finally {
      store.close();
    }
  });

  it('loses every state of a write that meets a full disk', () => {
    const { store, documentId, ids } = workspace(path(), 3_000);
    try {
      const db = rawDatabase(store);
      const { page_count } = db.prepare('PRAGMA page_count').get() as { page_count: number };
      db.exec(`PRAGMA max_page_count = ${page_count}`);
      try {
        expect(() => store.transaction(() => store.feedbackAnchors.setMany(ids.map((itemId) => ({ itemId, documentId, draftNumber: 1, state: 'queued', quote })), 'test')))
          .toThrow(/full/i);
      } finally {
        db.exec('PRAGMA max_page_count = 1073741823');
      }
      expect(db.prepare('SELECT COUNT(*) AS n FROM feedback_anchor_state').get()).toEqual({ n: 0 });
    } finally {
      store.close();
    }
  });
});
