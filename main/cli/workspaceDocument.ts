import { resolve } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import type { DocumentSummary } from '../../shared/rpc/documentContract.ts';
import { WorkspaceStore } from '../storage/WorkspaceStore.ts';

/** Opens the workspace file named by --workspace and finds the document titled --document. */
export function openWorkspaceDocument(workspacePath: string | undefined, title: string | undefined): { store: WorkspaceStore; document: DocumentSummary } {
  const store = openWorkspaceFile(workspacePath);
  if (!title) {
    store.close();
    throw new AppError('bad_request', 'Thiếu --document <tên văn kiện>.');
  }
  const document = store.findDocumentByTitle(title);
  if (!document) {
    const titles = store.listDocuments().map((d) => `"${d.title}"`).join(', ') || '(chưa có văn kiện nào)';
    store.close();
    throw new AppError('not_found', `Không gian làm việc không có văn kiện "${title}". Các văn kiện hiện có: ${titles}.`);
  }
  return { store, document };
}

export function openWorkspaceFile(workspacePath: string | undefined): WorkspaceStore {
  if (!workspacePath) throw new AppError('bad_request', 'Thiếu --workspace <đường dẫn tệp .vkws>.');
  return WorkspaceStore.open(resolve(workspacePath));
}
