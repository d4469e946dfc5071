import { useEffect, useState, type ReactNode } from 'react';
import type { LoginReply } from '../../shared/rpc/loginRequests.ts';
import { credentialState, onCredentialState, setTeamMode, signedInAgain } from '../api/credentials.ts';
import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { AccountBar } from './AccountBar.tsx';
import { LoginForm } from './LoginForm.tsx';
import { MemberContext, type SignedInMember } from './member.ts';
import { logout, teamStatus } from './teamApi.ts';
import './accounts.css';

type Phase = { kind: 'checking' } | { kind: 'local' } | { kind: 'signedOut'; setupNeeded: boolean } | { kind: 'signedIn'; member: SignedInMember };

/**
 * The way into the app. On a local server (the desktop app, `serve` without --team) it shows
 * the app as before. On a team server it shows the sign-in page until someone signs in, then the
 * app under a bar saying who is signed in. When a session ends while a page is open (logout
 * elsewhere, expiry, the account disabled) the sign-in form is shown over the page, which stays
 * mounted, so its unsent edits are kept and sent once signed in again.
 */
export function AccountGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const [credentials, setCredentials] = useState(credentialState);
  useEffect(() => onCredentialState(setCredentials), []);
  useEffect(() => {
    void (async () => {
      const team = await teamStatus();
      if (!team) return setPhase({ kind: 'local' });
      setTeamMode();
      try {
        const me = await call('account.me', {});
        setPhase(me.mode === 'team' ? { kind: 'signedIn', member: { ...me.user, grants: me.grants } } : { kind: 'local' });
      } catch {
        setPhase({ kind: 'signedOut', setupNeeded: team.setupNeeded });
      }
    })();
  }, []);

  if (phase.kind === 'checking') return <p className="page-loading">{t('ui.loading')}</p>;
  if (phase.kind === 'local') return <>{children}</>;
  const signedIn = (reply: LoginReply) => {
    setPhase({ kind: 'signedIn', member: { ...reply.user, grants: reply.grants } });
    signedInAgain();
  };
  if (phase.kind === 'signedOut') {
    return (
      <main className="login-page">
        <LoginForm setupNeeded={phase.setupNeeded} onSignedIn={signedIn} />
      </main>
    );
  }
  const signOut = async () => {
    await logout().catch(() => undefined);
    location.hash = '#/';
    location.reload(); // nothing of the last person's pages stays in memory
  };
  return (
    <MemberContext.Provider value={phase.member}>
      <div className="account-shell">
        <AccountBar member={phase.member} onLogout={() => void signOut()} />
        <div className="account-content">{children}</div>
      </div>
      {credentials === 'refused' && (
        <div className="login-overlay" role="dialog" aria-modal="true">
          <LoginForm setupNeeded={false} notice={t('accounts.login.again')} onSignedIn={signedIn} />
        </div>
      )}
    </MemberContext.Provider>
  );
}
