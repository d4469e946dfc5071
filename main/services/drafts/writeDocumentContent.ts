import type { Node } from 'prosemirror-model';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { proseMirrorDocOf } from '../../../shared/content/proseMirrorDocOf.ts';
import { numberingJsonOf } from '../../../shared/content/numberingJsonOf.ts';
import type { CheckpointSummary, KeptVersion } from '../../../shared/rpc/draftContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { loadYDoc, storeContent } from '../documents/documentContent.ts';
import { keepWorkingCopy } from './keepWorkingCopy.ts';

/**
 * Replaces the content of a stored document that no editor has open (CLI, import). Content with
 * text that the new content differs from is kept first, as a checkpoint "trước khi khôi phục"
 * (reason `import`), so a file imported over a document never throws its edits away; the kept
 * version is returned (null when there was nothing to keep). The repair on load (if any), the
 * checkpoint and the new content are one transaction: all are stored, or none.
 */
export function writeDocumentContent(
  store: WorkspaceStore,
  documentId: string,
  doc: Node,
  why: { actor?: string; author?: string; fileName?: string } = {},
): { checkpoint: CheckpointSummary | null; before: KeptVersion } | null {
  return store.transaction(() => {
    const ydoc = loadYDoc(store, documentId, 'write');
    try {
      let kept: ReturnType<typeof keepWorkingCopy> | null = null;
      if (ydoc.getXmlFragment(CONTENT_FRAGMENT).length > 0) {
        const current = proseMirrorDocOf(ydoc);
        const hasText = current.textContent !== '' || current.childCount > 1;
        if (hasText && !current.eq(doc)) {
          const replacedBy = why.fileName ? { fileName: why.fileName } : {};
          const copy = { ydoc, doc: current, numbering: numberingJsonOf(ydoc) };
          kept = keepWorkingCopy(store, documentId, copy, { reason: 'import', author: why.author ?? why.actor ?? 'system', replacedBy }, why.actor ?? 'system');
        }
      }
      storeContent(store, documentId, ydoc, doc);
      return kept;
    } finally {
      ydoc.destroy();
    }
  });
}
