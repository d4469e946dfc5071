import { resolve } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import type { DocumentSummary } from '../../shared/rpc/documentContract.ts';
import { WorkspaceStore } from '../storage/WorkspaceStore.ts';

/**
 * Opens the workspace file named by --workspace, to read only (`read`: never migrated, nothing
 * left beside it) or to work in, and finds the document titled --document.
 */
export function openWorkspaceDocument(
  workspacePath: string | undefined,
  title: string | undefined,
  mode: 'read' | 'write',
): { store: WorkspaceStore; document: DocumentSummary } {
  const store = openWorkspaceFile(workspacePath, mode);
  if (!title) {
    store.close();
    throw new AppError('bad_request', 'Thiếu --document <tên văn kiện>.');
  }
  try {
    return { store, document: store.documents.getByTitle(title) };
  } catch (error) {
    store.close();
    throw error;
  }
}

/** The workspace file named by --workspace: read-only for commands that only read, else opened to work in. */
export function openWorkspaceFile(workspacePath: string | undefined, mode: 'read' | 'write'): WorkspaceStore {
  if (!workspacePath) throw new AppError('bad_request', 'Thiếu --workspace <đường dẫn tệp .vkws>.');
  return mode === 'read' ? WorkspaceStore.openReadOnly(resolve(workspacePath)) : WorkspaceStore.open(resolve(workspacePath));
}
