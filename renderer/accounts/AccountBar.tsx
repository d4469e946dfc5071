import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../route/route.ts';
import type { SignedInMember } from './member.ts';
import './accounts.css';

/** Who is signed in on a team server (name, server-wide role), the admin screen for admins, and signing out. */
export function AccountBar({ member, onLogout }: { member: SignedInMember; onLogout(): void }) {
  const { t } = useI18n();
  const role = member.grants.global;
  return (
    <div className="account-bar no-print" data-testid="account-bar">
      <span className="account-initials" aria-hidden="true">
        {member.initials}
      </span>
      <span data-testid="signed-in-as">{t('accounts.bar.signedIn', { name: member.displayName })}</span>
      {role && <span className="muted">({t(`accounts.role.${role}`)})</span>}
      {role === 'admin' && (
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
