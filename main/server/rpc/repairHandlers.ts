import type { repairContract } from '../../../shared/rpc/repairContract.ts';
import type { HandlersFor } from './handlers.ts';

/** The repair slice: reading what repairs of stored content changed and kept aside. */
export const repairHandlers: HandlersFor<keyof typeof repairContract> = {
  'document.repairs': ({ workspaceId, documentId }, { workspaces }) => {
    const store = workspaces.store(workspaceId);
    store.documents.get(documentId);
    return { repairs: store.repairs.list(documentId).map(({ documentId: _d, ...record }) => record) };
  },
};
