import { AppError } from '../../../shared/errors.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/** The two versions a comment's change is looked for between: the draft it was written against, and the next draft (null: the working copy). */
export interface LinkVersions {
  documentId: string;
  older: number;
  newer: number | null;
  /** The blocks the comment is anchored to (ids, which stay the same from draft to draft). */
  blockIds: string[];
}

/**
 * Where to look for the change that answered a comment: its anchored document, the draft it was
 * written against (else the one it was anchored in), and the draft after it or the working copy.
 * Refused with a sentence when the comment is not anchored, or no draft is known to compare from.
 */
export function linkVersions(store: WorkspaceStore, itemId: string): LinkVersions {
  const item = store.feedback.get(itemId);
  const state = store.feedbackAnchors.get(itemId);
  if (!item.anchor || !state) throw new AppError('conflict', 'Ý kiến này chưa được gắn vào văn kiện nào, nên chưa so sánh được. Hãy gắn ý kiến trước.');
  const numbers = store.drafts.list(state.documentId).map((d) => d.number);
  const older = item.draftNumber !== null && numbers.includes(item.draftNumber) ? item.draftNumber : state.draftNumber;
  if (older === null) throw new AppError('conflict', 'Không rõ ý kiến này góp cho dự thảo lần nào, nên chưa so sánh được với lần sau. Hãy gắn thay đổi qua đề xuất sửa.');
  const later = numbers.filter((n) => n > older).sort((a, b) => a - b);
  return { documentId: state.documentId, older, newer: later[0] ?? null, blockIds: item.anchor.blockIds };
}
