import type * as Y from 'yjs';
import { SUGGESTION_ORIGIN } from '../../../shared/editor/origins.ts';
import { AppError } from '../../../shared/errors.ts';
import type { SuggestionJson } from '../../../shared/rpc/suggestionContract.ts';
import { applySuggestion, type ApplyOutcome } from '../../../shared/suggestions/applySuggestion.ts';
import type { CommentAuthor } from '../../storage/CommentStore.ts';
import type { StoredSuggestion } from '../../storage/SuggestionStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import type { TransactWorkingCopy } from '../drafts/restoreDraft.ts';
import { linkAccepted } from './linkAccepted.ts';
import { decided, withState } from './suggestionRecords.ts';

/**
 * Accepting and rejecting suggestions, by a drafter (the contract lets no one else call these).
 * An accept is applied here, on the live working copy, in one transaction with SUGGESTION_ORIGIN
 * (`transact`: SyncService.transactDocument bound to the document), never by the client. It is
 * applied only over the text it was made on; a suggestion whose anchored text changed since is
 * stale: not applied, left open, and answered with the current text, so the drafter decides:
 * reject it, or accept it anyway by sending back the current text they saw (`current`), which is
 * applied only if the text is still exactly that.
 *
 * The record is marked inside the edit (edits of a document run one at a time), so two accepts of
 * one suggestion cannot both apply it; when the edit cannot be stored the mark is undone. (The
 * mark is committed just before the edit's update: a crash between the two would leave it
 * accepted with its text not applied, which the drafter sees and can type.)
 */

export interface AcceptResult {
  suggestion: SuggestionJson;
  applied: boolean;
}

export async function acceptSuggestion(store: WorkspaceStore, documentId: string, id: string, by: CommentAuthor, transact: TransactWorkingCopy, current?: string): Promise<AcceptResult> {
  store.documents.get(documentId);
  let outcome: ApplyOutcome = { applied: false, current: null };
  let state: SuggestionJson | null = null;
  let made: StoredSuggestion | null = null;
  await markedWhileApplied(store, transact, (ydoc, marked) => {
    const s = openSuggestion(store, documentId, id);
    outcome = applySuggestion(ydoc, changeOf(s), current ?? s.deletedText);
    if (outcome.applied) marked(s, by);
    else state = withState(ydoc, s);
    made = s;
  });
  if (!outcome.applied) return { suggestion: state!, applied: false };
  recordAccept(store, documentId, made!, by.author, current);
  return { suggestion: decided(store.suggestions.get(documentId, id)), applied: true };
}

/** Applies every open suggestion (or `author`'s) that still applies as made, in one edit; the stale ones are returned, left open. */
export async function acceptAll(store: WorkspaceStore, documentId: string, by: CommentAuthor, transact: TransactWorkingCopy, author?: string): Promise<{ accepted: string[]; stale: SuggestionJson[] }> {
  store.documents.get(documentId);
  const accepted: StoredSuggestion[] = [];
  const stale: SuggestionJson[] = [];
  await markedWhileApplied(store, transact, (ydoc, marked) => {
    for (const s of openOf(store, documentId, author)) {
      if (applySuggestion(ydoc, changeOf(s)).applied) (marked(s, by), accepted.push(s));
      else stale.push(withState(ydoc, s));
    }
  });
  for (const s of accepted) recordAccept(store, documentId, s, by.author);
  return { accepted: accepted.map((s) => s.id), stale };
}

export function rejectSuggestion(store: WorkspaceStore, documentId: string, id: string, by: CommentAuthor): SuggestionJson {
  return store.transaction(() => {
    const s = openSuggestion(store, documentId, id);
    reject(store, documentId, s, by);
    return decided(store.suggestions.get(documentId, id));
  });
}

export function rejectAll(store: WorkspaceStore, documentId: string, by: CommentAuthor, author?: string): string[] {
  return store.transaction(() => {
    store.documents.get(documentId);
    const open = openOf(store, documentId, author);
    for (const s of open) reject(store, documentId, s, by);
    return open.map((s) => s.id);
  });
}

function reject(store: WorkspaceStore, documentId: string, s: StoredSuggestion, by: CommentAuthor): void {
  store.suggestions.decide(s.id, 'rejected', by);
  store.audit.record(by.author, 'suggestion.reject', documentId, { suggestionId: s.id, author: s.author, deleted: s.deletedText, inserted: s.insertedText });
}

/**
 * Runs `apply` as one edit of the working copy; what it marks accepted is opened again if the
 * edit then fails (a storage fault), so a suggestion is accepted exactly when its text is stored.
 */
async function markedWhileApplied(
  store: WorkspaceStore,
  transact: TransactWorkingCopy,
  apply: (ydoc: Y.Doc, marked: (s: StoredSuggestion, by: CommentAuthor) => void) => void,
): Promise<void> {
  const marked: string[] = [];
  try {
    await transact(SUGGESTION_ORIGIN, (ydoc) =>
      apply(ydoc, (s, by) => {
        // The comments a suggestion was made from are linked to it in the acceptance's own transaction.
        store.transaction(() => {
          store.suggestions.decide(s.id, 'accepted', by);
          linkAccepted(store, s, by.author);
        });
        marked.push(s.id);
      }),
    );
  } catch (error) {
    for (const id of marked) store.transaction(() => {
      store.suggestions.reopen(id);
      store.feedbackLinks.removeOfSuggestion(id, 'system');
    });
    throw error;
  }
}

function recordAccept(store: WorkspaceStore, documentId: string, s: StoredSuggestion, actor: string, current?: string): void {
  store.audit.record(actor, 'suggestion.accept', documentId, {
    suggestionId: s.id,
    author: s.author,
    deleted: s.deletedText,
    inserted: s.insertedText,
    anyway: current !== undefined,
    from: current ?? s.deletedText,
  });
}

function openSuggestion(store: WorkspaceStore, documentId: string, id: string): StoredSuggestion {
  const s = store.suggestions.get(documentId, id);
  if (s.status !== 'open') {
    const verb = s.status === 'accepted' ? 'chấp nhận' : 'từ chối';
    throw new AppError('conflict', `Đề xuất này đã được ${s.decidedByName || s.decidedBy} ${verb} lúc ${s.decidedAt}. Hãy tải lại danh sách đề xuất.`);
  }
  return s;
}

function openOf(store: WorkspaceStore, documentId: string, author?: string): StoredSuggestion[] {
  return store.suggestions.list(documentId).filter((s) => s.status === 'open' && (author === undefined || s.author === author));
}

function changeOf(s: StoredSuggestion) {
  return { start: s.anchor.start, end: s.anchor.end, deletedText: s.deletedText, insertedText: s.insertedText };
}
