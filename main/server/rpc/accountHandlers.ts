import { AppError } from '../../../shared/errors.ts';
import type { accountContract } from '../../../shared/rpc/accountContract.ts';
import type { Accounts } from '../../services/accounts/Accounts.ts';
import { onAccountFile } from '../../storage/accountStorageFault.ts';
import type { HandlersFor, RpcContext } from './handlers.ts';

/** The team server's accounts, or `forbidden` on a local server, which has none. */
function accountsOf(ctx: RpcContext): Accounts {
  if (!ctx.accounts) throw new AppError('forbidden', 'Máy chủ này chạy cho một người (không phải máy chủ nhóm), nên không có tài khoản để quản lý.');
  return ctx.accounts;
}

export const accountHandlers: HandlersFor<keyof typeof accountContract> = {
  'account.me': (_input, { caller }) => {
    if (caller.kind === 'owner') return { mode: 'local' as const };
    return { mode: 'team' as const, user: { name: caller.name, displayName: caller.displayName, initials: caller.initials }, grants: caller.grants };
  },
  // Each works on the account file: a lock or a full disk there is said as such (AccountStorageFault).
  'account.list': (_input, ctx) => onAccountFile(() => ({ accounts: accountsOf(ctx).list() })),
  'account.create': (input, ctx) => onAccountFile(async () => ({ account: await accountsOf(ctx).create(ctx.actor, input) })),
  'account.setDisabled': ({ name, disabled }, ctx) => onAccountFile(() => ({ account: accountsOf(ctx).setDisabled(ctx.actor, name, disabled) })),
  'account.setRole': ({ name, workspaceId, role }, ctx) => onAccountFile(() => ({ account: accountsOf(ctx).setRole(ctx.actor, name, workspaceId, role) })),
  'account.resetPassword': ({ name, password }, ctx) =>
    onAccountFile(async () => {
      await accountsOf(ctx).resetPassword(ctx.actor, name, password);
      return { ok: true as const };
    }),
  'account.audit': (filter, ctx) => onAccountFile(() => ({ entries: accountsOf(ctx).store.audit.entries(filter) })),
};
