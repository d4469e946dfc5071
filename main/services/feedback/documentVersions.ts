import { type DraftIndex, indexDraft } from '../../../shared/feedback/anchoring/index.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { getDraft } from '../drafts/getDraft.ts';

/**
 * The anchoring indexes of a document's versions (a draft by number, the working copy as null),
 * each read and indexed once however many items use it. `exists` tells a draft number the
 * document has from one it does not (a comment written against a draft never stored here).
 */
export class DocumentVersions {
  private readonly indexes = new Map<number | null, DraftIndex>();
  private readonly numbers: Set<number>;
  private readonly store: WorkspaceStore;
  readonly documentId: string;

  constructor(store: WorkspaceStore, documentId: string) {
    this.store = store;
    this.documentId = documentId;
    this.numbers = new Set(store.drafts.list(documentId).map((d) => d.number));
  }

  exists(draftNumber: number | null): boolean {
    return draftNumber === null || this.numbers.has(draftNumber);
  }

  index(draftNumber: number | null): DraftIndex {
    let index = this.indexes.get(draftNumber);
    if (!index) {
      index = indexDraft(getDraft(this.store, this.documentId, draftNumber ?? 'working').blocks, draftNumber);
      this.indexes.set(draftNumber, index);
    }
    return index;
  }
}
