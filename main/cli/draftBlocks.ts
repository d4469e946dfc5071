import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import type { DraftSide } from '../../shared/rpc/draftContract.ts';
import { getDraft } from '../services/drafts/getDraft.ts';
import { WorkspaceStore } from '../storage/WorkspaceStore.ts';

/** The numbered blocks of two drafts (or the working copy) of the document titled `title`, read without changing the file. */
export function draftBlocks(workspacePath: string, title: string, sides: [DraftSide, DraftSide]): [NumberedBlock[], NumberedBlock[]] {
  const store = WorkspaceStore.openReadOnly(workspacePath);
  try {
    const document = store.documents.getByTitle(title);
    return [getDraft(store, document.id, sides[0]).blocks, getDraft(store, document.id, sides[1]).blocks];
  } finally {
    store.close();
  }
}
