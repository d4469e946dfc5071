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
  try {
    return { store, document: store.getDocumentByTitle(title) };
  } catch (error) {
    store.close();
    throw error;
  }
}

export function openWorkspaceFile(workspacePath: string | undefined): WorkspaceStore {
  if (!workspacePath) throw new AppError('bad_request', 'Thiếu --workspace <đường dẫn tệp .vkws>.');
  return WorkspaceStore.open(resolve(workspacePath));
}
