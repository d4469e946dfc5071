import { ROLES, type Role } from '../../shared/accounts/roles.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** A role to give (or "none", the empty value, to take one away). */
export function RoleSelect({ value, onChange, testId }: { value: Role | ''; onChange(role: Role | ''): void; testId: string }) {
  const { t } = useI18n();
  return (
    <label className="stack">
      {t('accounts.admin.role')}
      <select value={value} onChange={(e) => onChange(e.target.value as Role | '')} data-testid={testId}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`accounts.role.${role}`)}
          </option>
        ))}
        <option value="">{t('accounts.role.none')}</option>
      </select>
    </label>
  );
}

/** Where a role applies: one workspace, or every one (the empty value). */
export function WorkspaceSelect({ workspaces, value, onChange, testId }: { workspaces: { id: string; name: string }[]; value: string; onChange(id: string): void; testId: string }) {
  const { t } = useI18n();
  return (
    <label className="stack">
      {t('accounts.admin.workspace')}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{t('accounts.role.everywhere')}</option>
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
    </label>
  );
}
