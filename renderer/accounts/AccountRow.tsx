import { useState } from 'react';
import type { Role } from '../../shared/accounts/roles.ts';
import type { AccountSummary } from '../../shared/rpc/accountContract.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { RoleSelect, WorkspaceSelect } from './roleFields.tsx';
import type { useAction } from './useAction.ts';

/** One account on the admin screen: its roles, and disable, reset password and set a role. */
export function AccountRow({ account, workspaces, run }: { account: AccountSummary; workspaces: { id: string; name: string }[]; run: ReturnType<typeof useAction>['run'] }) {
  const { t } = useI18n();
  const [role, setRole] = useState<Role | ''>('reviewer');
  const [workspaceId, setWorkspaceId] = useState('');
  const [password, setPassword] = useState<string | null>(null);
  const nameOf = (id: string) => workspaces.find((w) => w.id === id)?.name ?? id;
  const roles = [
    ...(account.grants.global ? [`${t(`accounts.role.${account.grants.global}`)} — ${t('accounts.role.everywhere')}`] : []),
    ...Object.entries(account.grants.workspaces).map(([id, r]) => `${t(`accounts.role.${r}`)} — ${nameOf(id)}`),
  ];
  return (
    <tr data-testid={`admin-user-${account.name}`}>
      <td className={account.disabled ? 'disabled' : undefined}>
        {account.name}
        {account.disabled && ` (${t('accounts.admin.disabled')})`}
      </td>
      <td>{account.displayName}</td>
      <td data-testid="admin-user-roles">{roles.join('; ') || t('accounts.role.none')}</td>
      <td>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => call('account.setRole', { name: account.name, workspaceId: workspaceId || null, role: role || null }).then(() => undefined));
          }}
        >
          <RoleSelect value={role} onChange={setRole} testId="admin-role" />
          <WorkspaceSelect workspaces={workspaces} value={workspaceId} onChange={setWorkspaceId} testId="admin-role-workspace" />
          <button type="submit" data-testid="admin-set-role">
            {t('accounts.admin.setRole')}
          </button>
          <button type="button" data-testid="admin-toggle-disabled" onClick={() => void run(() => call('account.setDisabled', { name: account.name, disabled: !account.disabled }).then(() => undefined))}>
            {account.disabled ? t('accounts.admin.enable') : t('accounts.admin.disable')}
          </button>
          {password === null ? (
            <button type="button" onClick={() => setPassword('')} data-testid="admin-reset-password">
              {t('accounts.admin.resetPassword')}
            </button>
          ) : (
            <input
              type="password"
              autoComplete="new-password"
              aria-label={t('accounts.admin.newPassword', { name: account.name })}
              placeholder={t('accounts.admin.newPassword', { name: account.name })}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                const next = password;
                setPassword(null);
                void run(() => call('account.resetPassword', { name: account.name, password: next }).then(() => t('accounts.admin.passwordReset', { name: account.name })));
              }}
              data-testid="admin-new-password"
            />
          )}
        </form>
      </td>
    </tr>
  );
}
