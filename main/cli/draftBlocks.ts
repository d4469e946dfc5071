import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import type { DraftSide } from '../../shared/rpc/draftContract.ts';
import { exportComparisonFile } from '../services/drafts/exportComparisonFile.ts';
import { getDraft } from '../services/drafts/getDraft.ts';
import type { ExportedFile } from '../services/jobs/exportJobs.ts';
import { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import type { DocxRequest } from './compareCommand.ts';

/** Export only reads the workspace; like `vankien export`, it is audited when the file can take that. */
const UNAUDITED = 'lần xuất này chưa được ghi vào nhật ký của không gian làm việc, vì tệp chỉ cho đọc hoặc thuộc phiên bản cũ chưa được nâng cấp.';

/**
 * The numbered blocks of two drafts (or the working copy, or checkpoints) of the document titled
 * `title`, read without changing the file, and the tracked-changes .docx when `docx.out` asks.
 */
export async function draftComparison(
  workspacePath: string,
  title: string,
  sides: [DraftSide, DraftSide],
  docx: DocxRequest,
): Promise<{ left: NumberedBlock[]; right: NumberedBlock[]; file?: ExportedFile; warnings: string[] }> {
  const store = WorkspaceStore.openReadOnly(workspacePath);
  try {
    const document = store.documents.getByTitle(title);
    const read = { left: getDraft(store, document.id, sides[0]).blocks, right: getDraft(store, document.id, sides[1]).blocks, warnings: [] as string[] };
    if (docx.out === null) return read;
    const file = await exportComparisonFile(store, document.id, { older: sides[0], newer: sides[1], author: docx.author }, 'cli');
    if (store.audit.unrecorded.length) read.warnings.push(UNAUDITED);
    return { ...read, file };
  } finally {
    store.close();
  }
}
