import { useEffect, useState } from 'react';
import { roleIn } from '../../shared/accounts/roles.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate, parseRoute } from '../route/route.ts';
import type { SignedInMember } from './member.ts';
import './accounts.css';

/**
 * Who is signed in on a team server: their name, their role in the workspace on screen (else
 * their server-wide one), the admin screen for admins, and signing out.
 */
export function AccountBar({ member, onLogout }: { member: SignedInMember; onLogout(): void }) {
  const { t } = useI18n();
  const workspaceId = useRouteWorkspace();
  const role = workspaceId ? roleIn(member.grants, workspaceId) : member.grants.global;
  return (
    <div className="account-bar no-print" data-testid="account-bar">
      <span className="account-initials" aria-hidden="true">
        {member.initials}
      </span>
      <span data-testid="signed-in-as">{t('accounts.bar.signedIn', { name: member.displayName })}</span>
      {role && (
        <span className="muted" data-testid="signed-in-role">
          ({t(`accounts.role.${role}`)})
        </span>
      )}
      {member.grants.global === 'admin' && (
        <button type="button" className="link" onClick={() => navigate({ page: 'admin' })} data-testid="open-admin">
          {t('accounts.bar.admin')}
        </button>
      )}
      <button type="button" onClick={onLogout} data-testid="logout">
        {t('accounts.bar.logout')}
      </button>
    </div>
  );
}

/** The workspace of the page on screen, following the URL hash. */
function useRouteWorkspace(): string | null {
  const workspaceOf = () => {
    const route = parseRoute(location.hash);
    return route.page === 'admin' ? null : route.workspaceId;
  };
  const [workspaceId, setWorkspaceId] = useState(workspaceOf);
  useEffect(() => {
    const onHash = () => setWorkspaceId(workspaceOf());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return workspaceId;
}
