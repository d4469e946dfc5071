import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DialogActions } from '../ui/DialogActions.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError } from '../ui/useRpc.ts';
import type { RpcError } from '../api/rpcClient.ts';
import { type Identity, saveIdentity } from './identity.ts';
import './identity.css';

/**
 * The settings dialog of "who you are": the display name and initials of the local person. On a
 * team server the name is the account's, set by an admin: the dialog only says so. A refused
 * name (empty, control or bidi characters, too long) keeps the dialog open with the server's sentence.
 */
export function IdentityDialog({ identity, onClose }: { identity: Identity; onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(identity.displayName);
  const [initials, setInitials] = useState(identity.initials);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);
  useEffect(() => ref.current?.showModal(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // Initials left as they were for another name would no longer match it: derive them again.
      const keep = initials !== identity.initials || name === identity.displayName;
      await saveIdentity(name, keep ? initials : '');
      onClose();
    } catch (e) {
      setError(toRpcError(e));
      setBusy(false);
    }
  };
  return (
    <dialog ref={ref} className="dialog identity-dialog" onCancel={onClose} data-testid="identity-dialog">
      <form onSubmit={submit} className="stack-form">
        <h2>{t('identity.title')}</h2>
        <p className="muted">{t('identity.intro')}</p>
        {identity.editable ? (
          <>
            <label>
              {t('identity.name')}
              <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required autoFocus data-testid="identity-name" />
            </label>
            <label>
              {t('identity.initials')}
              <input value={initials} onChange={(e) => setInitials(e.target.value)} maxLength={3} data-testid="identity-initials" />
            </label>
          </>
        ) : (
          <p data-testid="identity-team-note">
            <strong>{identity.displayName}</strong> — {t('identity.teamNote')}
          </p>
        )}
        {error && <ErrorNote error={error} />}
        {busy && <p className="muted" role="status">{t('identity.busy')}</p>}
        {identity.editable ? (
          <DialogActions onCancel={onClose} answer={{ label: t('identity.save'), submit: true, disabled: busy || name.trim() === '', testId: 'identity-save' }} />
        ) : (
          <p className="identity-close">
            <button type="button" onClick={onClose} autoFocus>
              {t('ui.close')}
            </button>
          </p>
        )}
      </form>
    </dialog>
  );
}
