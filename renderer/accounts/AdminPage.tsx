import { useState } from 'react';
import type { Role } from '../../shared/accounts/roles.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../route/route.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { useLoad } from '../ui/useRpc.ts';
import { AccountRow } from './AccountRow.tsx';
import { AuditLogView } from './AuditLogView.tsx';
import { RoleSelect, WorkspaceSelect } from './roleFields.tsx';
import { useAction } from './useAction.ts';
import './accounts.css';

/** A team server's admin screen: its users (create, disable, reset password, role per workspace) and the accounts' log. */
export function AdminPage() {
  const { t } = useI18n();
  const accounts = useLoad(() => call('account.list', {}), []);
  const workspaces = useLoad(() => call('workspace.list', {}), []);
  const action = useAction(accounts.reload);
  return (
    <div className="admin-page">
      <header className="topbar">
        <button type="button" className="link" onClick={() => navigate({ page: 'home', workspaceId: null })}>
          {t('accounts.admin.back')}
        </button>
        <h1>{t('accounts.admin.title')}</h1>
        <LanguageSwitch />
      </header>
      <main>
        <section className="panel">
          <h2>{t('accounts.admin.users')}</h2>
          {accounts.error && <ErrorNote error={accounts.error} onRetry={accounts.reload} />}
          {action.error && <ErrorNote error={action.error} />}
          {action.notice && <p role="status">{action.notice}</p>}
          <table data-testid="admin-users">
            <thead>
              <tr>
                <th>{t('accounts.admin.name')}</th>
                <th>{t('accounts.admin.displayName')}</th>
                <th>{t('accounts.admin.roles')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {accounts.data?.accounts.map((account) => (
                <AccountRow key={account.name} account={account} workspaces={workspaces.data?.workspaces ?? []} run={action.run} />
              ))}
            </tbody>
          </table>
          <CreateAccountForm workspaces={workspaces.data?.workspaces ?? []} run={action.run} />
        </section>
        <AuditLogView workspaces={workspaces.data?.workspaces ?? []} />
      </main>
    </div>
  );
}

function CreateAccountForm({ workspaces, run }: { workspaces: { id: string; name: string }[]; run: ReturnType<typeof useAction>['run'] }) {
  const { t } = useI18n();
  const empty = { name: '', displayName: '', password: '', role: 'reviewer' as Role | '', workspaceId: '' };
  const [fields, setFields] = useState(empty);
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });
  return (
    <form
      className="row"
      data-testid="admin-create"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await call('account.create', {
            name: fields.name,
            displayName: fields.displayName || fields.name,
            password: fields.password,
            role: fields.role || null,
            workspaceId: fields.workspaceId || null,
          });
          setFields(empty);
        });
      }}
    >
      <label className="stack">
        {t('accounts.admin.name')}
        <input value={fields.name} onChange={set('name')} required data-testid="admin-create-name" />
      </label>
      <label className="stack">
        {t('accounts.admin.displayName')}
        <input value={fields.displayName} onChange={set('displayName')} data-testid="admin-create-display-name" />
      </label>
      <label className="stack">
        {t('accounts.admin.password')}
        <input type="password" autoComplete="new-password" value={fields.password} onChange={set('password')} required minLength={8} data-testid="admin-create-password" />
      </label>
      <RoleSelect value={fields.role} onChange={(role) => setFields({ ...fields, role })} testId="admin-create-role" />
      <WorkspaceSelect workspaces={workspaces} value={fields.workspaceId} onChange={(workspaceId) => setFields({ ...fields, workspaceId })} testId="admin-create-workspace" />
      <button type="submit" data-testid="admin-create-submit">
        {t('accounts.admin.create')}
      </button>
    </form>
  );
}
