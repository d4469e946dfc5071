import * as Y from 'yjs';
import { AppError } from '../../../shared/errors.ts';
import { attributionBetween, type UserChanges } from '../../../shared/drafts/attributionBetween.ts';
import { yDocOfUpdates } from '../../../shared/content/yDocOfUpdates.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';

/**
 * Who changed what from draft `from` to a later draft `to`, or to the working copy as stored now
 * (`'working'`), read from the working copy's history (attributionBetween). Both drafts must have
 * been frozen in the app: a draft imported from a file has no place in that history, and is
 * refused with `bad_request` naming it, as is a `to` not after `from` (`not_found` for a draft
 * that does not exist).
 */
export function draftChanges(store: WorkspaceStore, documentId: string, from: number, to: number | 'working'): UserChanges[] {
  store.documents.get(documentId); // not_found for unknown or deleted documents
  if (to !== 'working' && to <= from) {
    throw new AppError('bad_request', `Dự thảo lần ${to} không sau Dự thảo lần ${from}; hãy chọn một dự thảo sau, hoặc bản làm việc.`);
  }
  const snapshotOf = (number: number) => {
    store.drafts.get(documentId, number); // not_found names the missing draft
    const bytes = store.drafts.snapshot(documentId, number);
    if (!bytes) throw new AppError('bad_request', `Dự thảo lần ${number} được nhập từ tệp nên không có lịch sử chỉnh sửa để biết ai đã sửa gì; hãy dùng So sánh.`);
    return Y.decodeSnapshotV2(bytes);
  };
  const fromSnapshot = snapshotOf(from);
  const toSnapshot = to === 'working' ? null : snapshotOf(to);
  const ydoc = yDocOfUpdates(store.updates.load(documentId));
  try {
    return attributionBetween(ydoc, fromSnapshot, toSnapshot ?? Y.snapshot(ydoc));
  } finally {
    ydoc.destroy();
  }
}
