import type { repairContract } from '../../../shared/rpc/repairContract.ts';
import { repairLogOf } from '../../services/repairs/repairWorkingCopy.ts';
import type { HandlersFor } from './handlers.ts';

/** The repair slice: reading what repairs of stored content changed and kept aside. */
export const repairHandlers: HandlersFor<keyof typeof repairContract> = {
  'document.repairs': ({ workspaceId, documentId }, { workspaces }) => {
    const store = workspaces.store(workspaceId);
    store.getDocument(documentId);
    return { repairs: repairLogOf(store).list(documentId).map(({ documentId: _d, ...record }) => record) };
  },
};
