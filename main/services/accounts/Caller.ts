import { editsText, roleIn, type Role, type RoleGrants } from '../../../shared/accounts/roles.ts';

/**
 * Who is calling the server. A local server (desktop, `serve` without --team) has one person,
 * its `owner`, who holds the access key and may do everything; a team server's callers are
 * `member`s, signed in with a session, with the roles their account had when the request began.
 */
export type Caller = { kind: 'owner' } | Member;

export interface Member {
  kind: 'member';
  userId: string;
  name: string;
  displayName: string;
  initials: string;
  grants: RoleGrants;
  /** The hash of the session the request came with (logout ends its sockets). */
  sessionHash: string;
}

export const OWNER: Caller = { kind: 'owner' };

/** What a caller may do in a workspace: everything (owner), a role, or nothing (null). */
export function rightsIn(caller: Caller, workspaceId: string): Role | 'owner' | null {
  return caller.kind === 'owner' ? 'owner' : roleIn(caller.grants, workspaceId);
}

/** Whether the caller's sync socket on a document of this workspace may change its text. */
export function writesText(caller: Caller, workspaceId: string): boolean {
  const rights = rightsIn(caller, workspaceId);
  return rights === 'owner' || (rights !== null && editsText(rights));
}

/** The name the audit log records for the caller (the local owner is 'local', as before). */
export function actorOf(caller: Caller): string {
  return caller.kind === 'owner' ? 'local' : caller.name;
}
