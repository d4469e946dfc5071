import { ROLES, type Role } from './roles.ts';

/**
 * Who may call an RPC method, declared beside its schemas in the contract (a method without one
 * does not compile). Checked by the dispatcher before any handler runs:
 * - `workspace`: the caller's role in the workspace the input names (`input.workspaceId`);
 * - `server`: the caller's server-wide role (an admin of the whole server);
 * - `signedIn`: anyone the server let in.
 * A local server (desktop, `serve` without --team) has one person, its owner, who may call all.
 */
export type Access = WorkspaceAccess | ServerAccess | SignedInAccess;
export interface WorkspaceAccess {
  readonly scope: 'workspace';
  readonly roles: readonly Role[];
}
export interface ServerAccess {
  readonly scope: 'server';
  readonly roles: readonly Role[];
}
export interface SignedInAccess {
  readonly scope: 'signedIn';
}

export const inWorkspace = (...roles: Role[]): WorkspaceAccess => ({ scope: 'workspace', roles });
export const serverWide = (...roles: Role[]): ServerAccess => ({ scope: 'server', roles });
export const SIGNED_IN: SignedInAccess = { scope: 'signedIn' };
/** Every role of the workspace: reading. */
export const ANY_ROLE_IN_WORKSPACE = inWorkspace(...ROLES);
/** Changing what a workspace holds (documents, drafts): drafters. */
export const DRAFTERS = inWorkspace('drafter');
/** Managing the server (accounts, roles, the audit log of accounts, new workspaces): admins of the whole server. */
export const SERVER_ADMINS = serverWide('admin');
