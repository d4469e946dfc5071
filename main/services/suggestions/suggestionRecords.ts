import type * as Y from 'yjs';
import { AppError } from '../../../shared/errors.ts';
import type { SuggestionJson } from '../../../shared/rpc/suggestionContract.ts';
import { anchoredRange } from '../../../shared/suggestions/anchoredRange.ts';
import { suggestionState } from '../../../shared/suggestions/applySuggestion.ts';
import { SUGGESTION_LIMITS } from '../../../shared/suggestions/suggestionLimits.ts';
import { toNFC } from '../../../shared/text/normalize.ts';
import type { CommentAuthor } from '../../storage/CommentStore.ts';
import type { NewSuggestion, StoredSuggestion } from '../../storage/SuggestionStore.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { readWorkingText } from './workingText.ts';

/**
 * A document's suggestions, as decided here on the server whatever the client shows: the author
 * is the caller the server authenticated; a suggestion is made only on text the working copy
 * holds now, exactly where its anchor says; a suggestion of another document is `not_found`.
 */

/** A document's suggestions, oldest first; each open one with whether the text it was made on is still there. */
export function listSuggestions(store: WorkspaceStore, documentId: string, live: Y.Doc | null): SuggestionJson[] {
  store.documents.get(documentId);
  const stored = store.suggestions.list(documentId);
  if (!stored.some((s) => s.status === 'open')) return stored.map(decided);
  return readWorkingText(store, documentId, live, (ydoc) => stored.map((s) => withState(ydoc, s)));
}

/**
 * Records a suggestion. Refused (`conflict`) when its anchor does not hold its deleted text in
 * the working copy now: positions of another document, or text changed since the suggester saw it.
 */
export function createSuggestion(store: WorkspaceStore, documentId: string, change: NewSuggestion, author: CommentAuthor, live: Y.Doc | null): SuggestionJson {
  store.documents.get(documentId);
  const range = readWorkingText(store, documentId, live, (ydoc) => anchoredRange(ydoc, change.anchor.start, change.anchor.end));
  if (!range) throw new AppError('conflict', 'Vị trí của đề xuất không có trong văn kiện này (đoạn văn có thể vừa bị xoá hoặc tách). Hãy tải lại và gõ lại đề xuất.');
  if (toNFC(range.current) !== toNFC(change.deletedText))
    throw new AppError('conflict', `Đoạn chữ vừa được người khác sửa (bây giờ là “${range.current.slice(0, 80)}”). Hãy xem lại và gõ lại đề xuất.`);
  return store.transaction(() => {
    if (store.suggestions.count(documentId) >= SUGGESTION_LIMITS.perDocument)
      throw new AppError('conflict', `Văn kiện này đã có ${SUGGESTION_LIMITS.perDocument} đề xuất, mức tối đa. Hãy nhờ người biên tập xử lý bớt các đề xuất.`);
    const id = store.suggestions.insert(documentId, change, author);
    return { ...store.suggestions.get(documentId, id), stale: false, currentText: range.current };
  });
}

/** A suggestion with its state in `ydoc` (open ones only: a decided one is history). */
export function withState(ydoc: Y.Doc, s: StoredSuggestion): SuggestionJson {
  if (s.status !== 'open') return decided(s);
  const state = suggestionState(ydoc, { ...s.anchor, deletedText: s.deletedText, insertedText: s.insertedText });
  return { ...s, stale: state.stale, currentText: state.current };
}

export function decided(s: StoredSuggestion): SuggestionJson {
  return { ...s, stale: false, currentText: null };
}
