import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freezeDraft } from '../../main/services/drafts/index.ts';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { anchorFeedback } from '../../main/services/feedback/anchorFeedback.ts';
import { importFeedbackFile } from '../../main/services/feedback/importFeedbackFile.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { compareKey } from '../../shared/text/normalize.ts';
import { generateFeedback, type GeneratedComment } from '../fixtures/generators/feedback.ts';
import { feedbackFiles } from '../fixtures/generators/feedbackFiles.ts';
import { tempDir } from '../helpers/tempDir.ts';

const LEVEL = { phường: 'ward', xã: 'commune', 'đặc khu': 'commune' } as const;

describe('generated comment files through the real import path', () => {
  it('attributes ≥ 98% of the comments and anchors ≥ 90% of those with a reference or quotation, after the .xlsx and .docx readers', async () => {
    const dir = tempDir();
    const store = WorkspaceStore.create(join(dir.path, 'gop-y.vkws'), 'Góp ý');
    try {
      const fixture = generateFeedback({ seed: 11, comments: 500 });
      const { id: documentId } = store.documents.create('political_report', 'Báo cáo chính trị');
      writeDocumentContent(store, documentId, docFromFlatBlocks(fixture.draft.map(({ number: _n, ...b }) => b)));
      freezeDraft(store, documentId, { stage: 'subcommittee', author: 'Tổ biên tập', note: '' }, 'test');
      for (const s of fixture.sources) store.sources.create({ name: s.name, aliases: s.aliases, level: LEVEL[s.level], parentId: null });

      const files = await feedbackFiles(fixture);
      expect(files.filter((f) => f.fileName.endsWith('.docx')).length).toBeGreaterThan(10);
      const truth: GeneratedComment[] = [];
      const reports = new Set<string>(); // the batches of the .docx reports
      for (const file of files) {
        const batch = await importFeedbackFile(store, { fileName: file.fileName, bytes: file.bytes, documentTitle: 'Báo cáo chính trị', draftNumber: 1 });
        expect(batch.items, file.fileName).toBe(file.comments.length);
        if (file.fileName.endsWith('.docx')) reports.add(batch.id);
        truth.push(...file.comments);
      }
      anchorFeedback(store, documentId);
      const items = store.feedback.list({ limit: 10_000 });
      expect(items).toHaveLength(fixture.comments.length);
      // Items are stored in file order: each is its file's comment, its text as written (the point's number aside).
      items.forEach((item, i) => expect(compareKey(item.text), item.text).toBe(compareKey(truth[i].text)));

      const names = new Map(store.sources.list().map((s) => [s.id, s.name]));
      const attributed = items.filter((item, i) => 'sourceId' in item.attribution && names.get(item.attribution.sourceId) === truth[i].sourceName);
      expect(attributed.length / items.length).toBeGreaterThanOrEqual(0.98);

      const referenced = truth.map((c, i) => ({ c, item: items[i] })).filter(({ c }) => c.expectedBlockIds !== null);
      expect(referenced.length).toBeGreaterThan(300);
      const right = referenced.filter(({ c, item }) => item.anchor?.blockIds.join() === c.expectedBlockIds!.join());
      expect(right.length / referenced.length).toBeGreaterThanOrEqual(0.9);
      // In each kind of file.
      for (const fromReport of [true, false]) {
        const part = referenced.filter(({ item }) => reports.has(item.batchId) === fromReport);
        expect(part.length).toBeGreaterThan(100);
        expect(part.filter(({ c, item }) => item.anchor?.blockIds.join() === c.expectedBlockIds!.join()).length / part.length).toBeGreaterThanOrEqual(0.9);
      }
      // General comments (no reference, no quotation) are left for a person rather than guessed.
      const general = truth.map((c, i) => ({ c, item: items[i] })).filter(({ c }) => c.expectedBlockIds === null);
      expect(general.length).toBeGreaterThan(20);
      expect(general.filter(({ item }) => item.anchor === null).length / general.length).toBeGreaterThanOrEqual(0.9);
    } finally {
      store.close();
      dir.remove();
    }
  }, 120_000);
});
