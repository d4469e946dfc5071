import type { DocumentHeader } from '../../../shared/document/header.ts';
import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';
import { isAppError } from '../../../shared/errors.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { getDraft } from '../drafts/getDraft.ts';

/** A version of a document as the synthesis report reads it: its blocks by id, and its 36-HD header. */
export interface ReadVersion {
  blocks: NumberedBlock[];
  at: Map<string, number>;
  header: DocumentHeader | null;
}

/**
 * The versions of one document (a draft by number, the working copy as null), each read once
 * however many clusters ask; a version that cannot be read (no such draft) is null. `drafts` are
 * the stored draft numbers, oldest first.
 */
export class DraftReader {
  private readonly versions = new Map<number | null, ReadVersion | null>();
  private readonly store: WorkspaceStore;
  readonly documentId: string;
  readonly drafts: number[];

  constructor(store: WorkspaceStore, documentId: string) {
    this.store = store;
    this.documentId = documentId;
    this.drafts = store.drafts.list(documentId).map((d) => d.number);
  }

  read(version: number | null): ReadVersion | null {
    if (this.versions.has(version)) return this.versions.get(version)!;
    let read: ReadVersion | null = null;
    try {
      const view = getDraft(this.store, this.documentId, version ?? 'working');
      const first = view.doc.firstChild;
      read = {
        blocks: view.blocks,
        at: new Map(view.blocks.map((b, i) => [b.id, i])),
        header: first?.type.name === 'header' ? (first.attrs as DocumentHeader) : null,
      };
    } catch (error) {
      if (!isAppError(error)) throw error;
    }
    this.versions.set(version, read);
    return read;
  }

  /** The version after `version`: the next stored draft, else the working copy; null after the working copy. */
  nextAfter(version: number | null): number | null | undefined {
    if (version === null) return undefined;
    return this.drafts.find((n) => n > version) ?? null;
  }
}
