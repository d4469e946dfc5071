import type { workspaceContract } from '../../../shared/rpc/workspaceContract.ts';
import type { HandlersFor } from './handlers.ts';

export const workspaceHandlers: HandlersFor<keyof typeof workspaceContract> = {
  'workspace.list': (_input, { workspaces }) => ({ workspaces: workspaces.list() }),
  'workspace.create': ({ name }, { workspaces }) => ({ workspace: workspaces.create(name) }),
  'workspace.get': ({ workspaceId }, { workspaces }) => ({ workspace: workspaces.summary(workspaceId) }),
};
