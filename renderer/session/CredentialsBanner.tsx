import { useEffect, useState, type FormEvent } from 'react';
import { credentialState, isTeamMode, onCredentialState, recheckCredentials, tradeNewAddress, type AddressProblem } from '../api/credentials.ts';
import { useI18n, type Translate } from '../i18n/I18nProvider.tsx';
import './session.css';

/**
 * Shown over every page while the server refuses this page's credentials: says the key has
 * changed, that the page must stay open (its unsent edits live only here), and takes the new
 * address the server printed. The page under it is never unmounted, so nothing is lost.
 */
export function CredentialsBanner() {
  const { t } = useI18n();
  const [state, setState] = useState(credentialState);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AddressProblem | null>(null);
  useEffect(() => onCredentialState(setState), []);
  // A team server's refusal is a sign-in again (renderer/accounts/AccountGate), not a new key.
  if (state === 'accepted' || (state === 'refused' && isTeamMode())) return null;
  if (state === 'headersTooLarge') return <HeadersTooLargeBanner t={t} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await tradeNewAddress(address);
    setBusy(false);
    setProblem(result);
    if (!result) setAddress('');
  }

  return (
    <div className="credentials-banner" role="alert" data-testid="credentials-banner">
      <p>
        <strong>{t('session.refused')}</strong> {t('session.keepPage')}
      </p>
      <form onSubmit={submit}>
        <input
          type="url"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder="http://…/?k=…"
          aria-label={t('session.address')}
          data-testid="credentials-address"
          required
        />
        <button type="submit" disabled={busy} data-testid="credentials-submit">
          {busy ? t('session.checking') : t('session.submit')}
        </button>
      </form>
      {problem && (
        <p className="credentials-problem" data-testid="credentials-problem">
          {problemText(problem, t)}
        </p>
      )}
    </div>
  );
}

/** The browser sends too many cookies for this server to read any request: what to clear, then a check. */
function HeadersTooLargeBanner({ t }: { t: Translate }) {
  const [busy, setBusy] = useState(false);
  async function recheck() {
    setBusy(true);
    await recheckCredentials();
    setBusy(false);
  }
  return (
    <div className="credentials-banner" role="alert" data-testid="credentials-banner" data-state="headersTooLarge">
      <p>
        <strong>{t('session.headersTooLarge')}</strong>
      </p>
      <button type="button" disabled={busy} onClick={recheck} data-testid="credentials-recheck">
        {busy ? t('session.checking') : t('session.recheck')}
      </button>
    </div>
  );
}

function problemText(problem: AddressProblem, t: Translate): string {
  if (problem.problem === 'otherServer') return t('session.otherServer', { origin: problem.origin, here: location.origin });
  return t(`session.${problem.problem}`);
}
