import type { workspaceContract } from '../../../shared/rpc/workspaceContract.ts';
import type { HandlersFor } from './handlers.ts';

export const workspaceHandlers: HandlersFor<keyof typeof workspaceContract> = {
  'workspace.list': (_input, { workspaces }) => {
    const list = workspaces.list();
    const unreadable = [...workspaces.unreadable].map(([id, error]) => ({ id, ...error.toPayload() }));
    return { workspaces: list, unreadable, dataDir: workspaces.dataDir };
  },
  'workspace.create': ({ name }, { workspaces }) => ({ workspace: workspaces.create(name) }),
  'workspace.get': ({ workspaceId }, { workspaces }) => ({ workspace: workspaces.summary(workspaceId) }),
};
