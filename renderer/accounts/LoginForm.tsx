import { useState, type FormEvent } from 'react';
import type { LoginReply } from '../../shared/rpc/loginRequests.ts';
import { type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError } from '../ui/useRpc.ts';
import { login, setup } from './teamApi.ts';
import './accounts.css';

/**
 * The sign-in form of a team server, or, while the server has no account, the first-time setup
 * (the one-time code the server printed, and the first admin's name and password). `notice`
 * says why it is shown over a page (a session that ended).
 */
export function LoginForm({ setupNeeded, notice, onSignedIn }: { setupNeeded: boolean; notice?: string; onSignedIn(reply: LoginReply): void }) {
  const { t } = useI18n();
  const [fields, setFields] = useState({ code: '', name: '', displayName: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);
  const field = (key: keyof typeof fields) => ({ value: fields[key], onChange: (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value }) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(setupNeeded ? await setup(fields) : await login(fields.name, fields.password));
    } catch (thrown) {
      setError(toRpcError(thrown));
      setFields((f) => ({ ...f, password: '' }));
    } finally {
      setBusy(false);
    }
  }

  // A wrong password is said in the page's language; a rate limit keeps the server's sentence (it says when).
  const shown = error?.code === 'login_failed' ? { ...error, message: t('accounts.login.failed') } : error;
  return (
    <form className="login-form panel" onSubmit={submit} data-testid="login-form">
      <h2>{setupNeeded ? t('accounts.setup.title') : t('accounts.login.title')}</h2>
      {notice && <p role="status">{notice}</p>}
      {setupNeeded && <p className="muted">{t('accounts.setup.intro')}</p>}
      {setupNeeded && (
        <label className="stack">
          {t('accounts.setup.code')}
          <input {...field('code')} autoComplete="off" required data-testid="login-code" />
        </label>
      )}
      <label className="stack">
        {t('accounts.login.name')}
        <input {...field('name')} autoComplete="username" required autoFocus data-testid="login-name" />
      </label>
      {setupNeeded && (
        <label className="stack">
          {t('accounts.admin.displayName')}
          <input {...field('displayName')} required data-testid="login-display-name" />
        </label>
      )}
      <label className="stack">
        {t('accounts.login.password')}
        <input {...field('password')} type="password" autoComplete={setupNeeded ? 'new-password' : 'current-password'} required data-testid="login-password" />
      </label>
      {shown && <ErrorNote error={shown as RpcError} />}
      <button type="submit" disabled={busy} data-testid="login-submit">
        {busy ? t('accounts.login.busy') : setupNeeded ? t('accounts.setup.submit') : t('accounts.login.submit')}
      </button>
    </form>
  );
}
