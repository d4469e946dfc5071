import type { Access } from '../../../shared/accounts/access.ts';
import { ROLE_NAMES_VI } from '../../../shared/accounts/roles.ts';
import { AppError } from '../../../shared/errors.ts';
import { rightsIn, type Caller } from '../../services/accounts/Caller.ts';

/**
 * Whether `caller` may call a method declared with `access`, asked before any handler runs:
 * null when yes, else the `forbidden` error to answer. `workspaceId` is the workspace the input
 * names (for `workspace` access). The local owner may call everything.
 */
export function accessRefusal(access: Access, caller: Caller, workspaceId: string | undefined): AppError | null {
  if (caller.kind === 'owner' || access.scope === 'signedIn') return null;
  if (access.scope === 'server') {
    if (caller.grants.global !== null && access.roles.includes(caller.grants.global)) return null;
    return new AppError('forbidden', `Chỉ ${rolesText(access.roles)} của máy chủ mới làm được việc này. Hãy nhờ người quản trị.`);
  }
  const rights = workspaceId === undefined ? null : rightsIn(caller, workspaceId);
  if (rights === null) return new AppError('forbidden', 'Bạn không có quyền trong không gian làm việc này. Hãy nhờ người quản trị cấp quyền.');
  if (rights === 'owner' || access.roles.includes(rights)) return null;
  return new AppError('forbidden', `Vai trò của bạn ở đây là ${ROLE_NAMES_VI[rights]}; việc này chỉ dành cho ${rolesText(access.roles)}.`);
}

function rolesText(roles: readonly string[]): string {
  return roles.map((role) => `người ${ROLE_NAMES_VI[role as keyof typeof ROLE_NAMES_VI]}`).join(', ');
}
