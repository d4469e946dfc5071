import { placeThreads } from '../../../shared/comments/placeThreads.ts';
import { proseMirrorDocOf } from '../../../shared/content/proseMirrorDocOf.ts';
import { yDocOfUpdates } from '../../../shared/content/yDocOfUpdates.ts';
import type { CommentThreadJson } from '../../../shared/rpc/commentContract.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

export interface ThreadInText {
  thread: CommentThreadJson;
  /** 'orphaned' when its text is no longer found in the working copy. */
  state: 'open' | 'resolved' | 'orphaned';
  section: string | null;
}

/**
 * A document's threads placed in its stored working copy, for the command line: by block and
 * quote (a relative position needs an editor's binding to become a ProseMirror position, and the
 * command line has none), in the order of the text, orphaned ones last.
 */
export function threadsInWorkingCopy(store: WorkspaceStore, documentId: string): ThreadInText[] {
  store.documents.get(documentId);
  const ydoc = yDocOfUpdates(store.updates.load(documentId));
  try {
    const groups = placeThreads(proseMirrorDocOf(ydoc), store.comments.list(documentId), () => null, () => '');
    return [
      ...groups.open.flatMap((g) => g.threads.map((p) => ({ thread: p.thread, state: 'open' as const, section: g.section?.title ?? null }))),
      ...groups.resolved.map((p) => ({ thread: p.thread, state: 'resolved' as const, section: p.section?.title ?? null })),
      ...groups.orphaned.map((p) => ({ thread: p.thread, state: 'orphaned' as const, section: null })),
    ];
  } finally {
    ydoc.destroy();
  }
}
