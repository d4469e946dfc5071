/**
 * Feedback ingestion benchmark (issue 11): an e-form export of 20,000 rows (.xlsx written by
 * ExcelJS: STT | Đơn vị | Vị trí | Nội dung góp ý, texts from the corpus, 120 units written in
 * variants) imported end to end into a fresh workspace file: read (ExcelJS), attribute, fingerprint
 * and check against the workspace, then one transaction with the file, batch and items.
 * Target: ≤ 3 s. Also times the read alone (the job) to show where the time goes.
 */
import { join } from 'node:path';
import { importFeedbackFile } from '../../main/services/feedback/importFeedbackFile.ts';
import { readFeedbackJob } from '../../main/services/jobs/readFeedbackJob.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { commentTexts, commentWorkbook } from '../fixtures/feedback/commentFiles.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { time } from './stats.ts';

const ROWS = 20_000;
const UNITS = 120;

export async function run(): Promise<Record<string, unknown>> {
  const texts = commentTexts(ROWS);
  const forms = (i: number) => [`Đảng bộ phường Số ${i}`, `ĐB phường Số ${i}`, `P. Số ${i}`][i % 3];
  const bytes = await commentWorkbook(texts.map((text, i) => ({ source: forms(i % UNITS), location: `Mục ${1 + (i % 9)}`, text })));
  const dir = tempDir('vankien-bench-');
  try {
    let n = 0;
    const importOnce = async () => {
      const store = WorkspaceStore.create(join(dir.path, `b${n++}.vkws`), 'Bench');
      try {
        store.transaction(() => {
          for (let u = 0; u < UNITS; u++) store.sources.create({ name: `Đảng bộ phường Số ${u}`, aliases: [], level: 'ward', parentId: null });
        });
        const batch = await importFeedbackFile(store, { fileName: 'e-form.xlsx', bytes });
        if (batch.items !== ROWS || batch.flagged !== 0) throw new Error(`imported ${batch.items}, flagged ${batch.flagged}`);
      } finally {
        store.close();
      }
    };
    return {
      rows: ROWS,
      xlsxKB: Math.round(bytes.byteLength / 1024),
      readXlsxMs: await time(() => readFeedbackJob({ bytes, fileName: 'e-form.xlsx' }), 5, 1),
      importXlsxMs: await time(importOnce, 5, 1),
      targetMs: 3000,
    };
  } finally {
    dir.remove();
  }
}
