import { AppError } from '../../../shared/errors.ts';
import type { workspaceContract } from '../../../shared/rpc/workspaceContract.ts';
import { rightsIn } from '../../services/accounts/Caller.ts';
import type { HandlersFor } from './handlers.ts';
import { hidePayloadPaths } from './hidePaths.ts';

export const workspaceHandlers: HandlersFor<keyof typeof workspaceContract> = {
  'workspace.list': (_input, { workspaces, allowLinking, caller }) => {
    // A team member sees the workspaces they hold a role in, and only those files' problems.
    const mine = (id: string) => rightsIn(caller, id) !== null;
    const list = workspaces.list().filter((workspace) => mine(workspace.id));
    const unreadable = [...workspaces.unreadable].filter(([id]) => mine(id)).map(([id, error]) => ({ id, ...error.toPayload() }));
    // Absolute paths only for the desktop owner (see the contract); dispatch hides them in errors.
    if (allowLinking) return { workspaces: list, unreadable, dataDir: workspaces.dataDir };
    return { workspaces: list, unreadable: unreadable.map((file) => hidePayloadPaths(file, workspaces.dataDir)) };
  },
  'workspace.create': ({ name }, { workspaces }) => ({ workspace: workspaces.create(name) }),
  'workspace.link': ({ path }, { workspaces, allowLinking }) => {
    if (!allowLinking) throw new AppError('forbidden', 'Máy chủ dùng chung không mở tệp theo đường dẫn. Hãy chép tệp .vkws vào thư mục không gian làm việc của máy chủ.');
    return { workspace: workspaces.link(path) };
  },
  'workspace.get': ({ workspaceId }, { workspaces }) => ({ workspace: workspaces.summary(workspaceId) }),
};
