import { AppError } from '../../../shared/errors.ts';
import { AUDIT_EXPORT_LIMIT, type accountContract } from '../../../shared/rpc/accountContract.ts';
import { auditFile } from '../../services/audit/auditFiles.ts';
import { queryAudit } from '../../services/audit/auditQuery.ts';
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
  'account.audit': (filter, ctx) => onAccountFile(() => queryAudit(accountsOf(ctx).store, ctx.workspaces, filter)),
  'account.auditExport': ({ format, ...filter }, ctx) =>
    onAccountFile(async () => {
      // One more than the limit tells whether the file holds them all.
      const { entries } = queryAudit(accountsOf(ctx).store, ctx.workspaces, { ...filter, limit: AUDIT_EXPORT_LIMIT + 1 });
      const kept = entries.slice(0, AUDIT_EXPORT_LIMIT);
      const file = await auditFile(kept, format, new Date());
      ctx.accounts!.store.audit.record(ctx.actor, 'account.audit_export', null, { format, count: kept.length, filter });
      return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64'), count: kept.length, truncated: entries.length > AUDIT_EXPORT_LIMIT };
    }),
};
