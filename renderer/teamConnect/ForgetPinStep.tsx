import type { FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DialogActions } from '../ui/DialogActions.tsx';
import { FingerprintBlock } from './CertificateDetails.tsx';

/**
 * The question before a pinned certificate is forgotten: which server, which fingerprint, and
 * what follows (the next connection asks again to trust the certificate the server presents).
 * Enter or "Quên chứng chỉ" forgets; Escape or "Huỷ" goes back without changing anything.
 */
export function ForgetPinStep({ origin, fingerprint256, busy, onForget, onBack }: { origin: string; fingerprint256: string; busy: string | null; onForget(): void; onBack(): void }) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onForget();
  };
  return (
    <form onSubmit={submit} data-testid="team-forget">
      <h2 id="team-connect-title">{t('teamConnect.forget.title')}</h2>
      <p>{t('teamConnect.forget.intro', { origin })}</p>
      <FingerprintBlock label={t('teamConnect.changed.pinned')} fingerprint256={fingerprint256} />
      <p>{t('teamConnect.forget.next')}</p>
      <DialogActions onCancel={onBack} answer={{ label: busy ?? t('teamConnect.forget.confirm'), submit: true, danger: true, disabled: busy !== null, autoFocus: true, testId: 'team-forget-confirm' }} />
    </form>
  );
}
