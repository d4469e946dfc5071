import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../../../shared/rpc/contract.ts';
import type { Accounts } from '../../services/accounts/Accounts.ts';
import type { Caller } from '../../services/accounts/Caller.ts';
import type { LocalIdentity } from '../../services/identity/LocalIdentity.ts';
import type { Workspaces } from '../../services/workspaces/Workspaces.ts';
import type { JobRunner } from '../../services/jobs/jobs.ts';
import type { SyncService } from '../sync/SyncService.ts';

/** What every handler may use. */
export interface RpcContext {
  workspaces: Workspaces;
  sync: SyncService;
  /** The name the audit log records: the caller's account name, 'local' for a local server's owner. */
  actor: string;
  /** Who is calling: the local owner, or a team member with their roles (checked before any handler runs). */
  caller: Caller;
  /** A team server's accounts; null on a local server (desktop, `serve` without --team). */
  accounts: Accounts | null;
  /** Whether clients may open workspace files by path: the desktop app yes, a shared server no. */
  allowLinking: boolean;
  /** The local owner's name and initials (used for the owner; members carry theirs). */
  identity: LocalIdentity;
  /** Where imports, exports and comparisons of files run: off the event loop on the server. */
  jobs: JobRunner;
}

export type Handler<M extends MethodName> = (
  input: z.output<Contract[M]['input']>,
  ctx: RpcContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** Handlers for a slice of the contract, e.g. `HandlersFor<'workspace.list' | 'workspace.create'>`. */
export type HandlersFor<M extends MethodName> = { [K in M]: Handler<K> };

export type Handlers = HandlersFor<MethodName>;
