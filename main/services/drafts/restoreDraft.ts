import type * as Y from 'yjs';
import { NUMBERING_KEY, SETTINGS_MAP } from '../../../shared/document/documentSettings.ts';
import { draftStoreOf } from './draftStoreOf.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { getDraft } from './getDraft.ts';
import { replaceContent } from './replaceContent.ts';

/** Origin of the edit a restore makes on the working copy. */
export const RESTORE_ORIGIN = 'draft-restore';

/** Runs a change on the live working copy (SyncService.transactDocument bound to a document). */
export type TransactWorkingCopy = (origin: string, change: (ydoc: Y.Doc) => void) => Promise<void>;

/**
 * Restores draft `number`: one new edit on the working copy that makes its content equal to the
 * draft. Nothing is rewritten: earlier edits, other drafts and the update history all stay, and
 * blocks keep their ids. Connected editors receive the edit at once.
 */
export async function restoreDraft(
  store: WorkspaceStore,
  documentId: string,
  number: number,
  who: { actor: string; author: string },
  transact: TransactWorkingCopy,
): Promise<void> {
  const { doc, draft } = getDraft(store, documentId, number);
  const numbering = draftStoreOf(store).get(documentId, number).numbering;
  await transact(RESTORE_ORIGIN, (ydoc) => {
    replaceContent(ydoc, doc);
    restoreNumbering(ydoc, numbering);
  });
  store.audit(who.actor, 'draft.restore', documentId, { draftId: draft?.id, number, author: who.author });
}

/** The numbering setting goes back to the draft's too: numbers are part of what a draft shows. */
function restoreNumbering(ydoc: Y.Doc, numbering: string | null): void {
  const settings = ydoc.getMap(SETTINGS_MAP);
  const current = settings.get(NUMBERING_KEY);
  const currentJson = current === undefined ? null : typeof current === 'string' ? current : JSON.stringify(current);
  if (currentJson === numbering) return;
  if (numbering === null) settings.delete(NUMBERING_KEY);
  else settings.set(NUMBERING_KEY, numbering);
}
