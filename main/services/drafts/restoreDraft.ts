import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { NUMBERING_KEY, SETTINGS_MAP } from '../../../shared/document/documentSettings.ts';
import { RESTORE_MARK_KEY, type RestoreMark } from '../../../shared/document/restoreMark.ts';
import { RESTORE_ORIGIN } from '../../../shared/editor/origins.ts';
import type { CheckpointSummary, KeptVersion } from '../../../shared/rpc/draftContract.ts';
import { proseMirrorDocOf } from '../../../shared/content/proseMirrorDocOf.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { getDraft } from './getDraft.ts';
import { keepWorkingCopy } from './keepWorkingCopy.ts';
import { replaceContent } from '../../../shared/drafts/replaceContent.ts';
import { numberingJsonOf } from '../../../shared/content/numberingJsonOf.ts';

/** Runs a change on the live working copy (SyncService.transactDocument bound to a document). */
export type TransactWorkingCopy = (origin: string, change: (ydoc: Y.Doc) => void) => Promise<void>;

export interface RestoreResult {
  /** False when the working copy was already identical to what was restored: nothing kept, nothing changed. */
  restored: boolean;
  /** The checkpoint made of the replaced working copy, null when none was needed. */
  checkpoint: CheckpointSummary | null;
  /** The kept version equal to the replaced working copy: restoring it undoes this restore. */
  before: KeptVersion | null;
}

/**
 * Restores draft `number` (or a checkpoint): one new edit on the working copy that makes its
 * content and numbering equal to the kept version. Nothing is rewritten: earlier edits, other
 * drafts and the update history all stay, and blocks keep their ids. Before the edit, in the same
 * synchronous step on the live document, the working copy it replaces is kept (keepWorkingCopy),
 * so the restore can always be undone by restoring `before`. When the working copy is already
 * identical to what is restored, nothing is kept and nothing changes. Connected editors receive
 * the edit at once, with a restore mark (shared/document/restoreMark.ts) in the same update.
 */
export async function restoreDraft(
  store: WorkspaceStore,
  documentId: string,
  source: KeptVersion,
  who: { actor: string; author: string },
  transact: TransactWorkingCopy,
): Promise<RestoreResult> {
  const target = getDraft(store, documentId, 'draft' in source ? source.draft : `c${source.checkpoint}`);
  const targetJson = JSON.stringify(target.doc.toJSON());
  let result: RestoreResult = { restored: false, checkpoint: null, before: null };
  await transact(RESTORE_ORIGIN, (ydoc) => {
    const current = { ydoc, doc: proseMirrorDocOf(ydoc), numbering: numberingJsonOf(ydoc) };
    if (JSON.stringify(current.doc.toJSON()) === targetJson && current.numbering === target.numbering) return;
    const kept = keepWorkingCopy(store, documentId, current, { reason: 'restore', author: who.author, replacedBy: source }, who.actor);
    replaceContent(ydoc, target.doc);
    restoreNumbering(ydoc, target.numbering);
    const mark: RestoreMark = { id: randomUUID(), target: source, before: kept.before, author: who.author, at: new Date().toISOString() };
    ydoc.getMap(SETTINGS_MAP).set(RESTORE_MARK_KEY, JSON.stringify(mark));
    result = { restored: true, ...kept };
  });
  store.audit.record(who.actor, 'draft.restore', documentId, {
    // The restored checkpoint is named by its id: `checkpoint` is the one kept of the replaced copy.
    ...('draft' in source ? { draftId: target.draft?.id, number: source.draft } : { checkpointId: target.checkpoint?.id }),
    author: who.author,
    restored: result.restored,
    checkpoint: result.checkpoint?.number ?? null,
    before: result.before,
  });
  return result;
}

/** The numbering setting goes back to the draft's too: numbers are part of what a draft shows. */
function restoreNumbering(ydoc: Y.Doc, numbering: string | null): void {
  const settings = ydoc.getMap(SETTINGS_MAP);
  if (numberingJsonOf(ydoc) === numbering) return;
  if (numbering === null) settings.delete(NUMBERING_KEY);
  else settings.set(NUMBERING_KEY, numbering);
}
