import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { TeamBridge } from '../../shared/bridge.ts';
import type { CertificateSummary, TeamProbe } from '../../shared/teamConnect/teamProbe.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DialogActions } from '../ui/DialogActions.tsx';
import { useModal } from '../ui/useModal.ts';
import { CertificateDetails, FingerprintBlock } from './CertificateDetails.tsx';
import { checkTeamServerAddress } from './teamServerAddress.ts';
import './teamConnect.css';

type Step =
  | { kind: 'address' }
  | { kind: 'confirm'; origin: string; certificate: CertificateSummary }
  | { kind: 'changed'; probe: Extract<TeamProbe, { kind: 'changed' }> }
  | { kind: 'connecting'; origin: string };

/**
 * "Kết nối máy chủ nhóm…": the address (checked here, then by the desktop), the certificate's
 * fingerprint to confirm when the system does not know it, or the refusal of a certificate that
 * changed since it was trusted (no way on from there). Once connected the window shows the team
 * server's own pages, its sign-in first. A modal: Enter gives the step's answer, Escape cancels,
 * Tab stays inside.
 */
export function TeamConnectDialog({ team, onClose }: { team: TeamBridge; onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  const [typed, setTyped] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'address' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus(), [step.kind]);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  const connect = async (origin: string) => {
    const reply = await team.connect(origin);
    if ('error' in reply) return setError(reply.error.message);
    setStep({ kind: 'connecting', origin: reply.result.origin });
  };

  const submitAddress = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkTeamServerAddress(typed);
    if (!checked.ok) return setError(t(`teamConnect.url.${checked.problem}`, { typed: typed.trim(), host: checked.host ?? '' }));
    void run(async () => {
      const reply = await team.probe(checked.origin);
      if ('error' in reply) return setError(reply.error.message);
      const probe = reply.result;
      if (probe.kind === 'confirm') return setStep({ kind: 'confirm', origin: probe.origin, certificate: probe.certificate });
      if (probe.kind === 'changed') return setStep({ kind: 'changed', probe });
      await connect(probe.origin);
    });
  };

  const trust = (event: FormEvent) => {
    event.preventDefault();
    if (step.kind !== 'confirm') return;
    void run(async () => {
      const reply = await team.trust(step.origin, step.certificate.fingerprint256);
      if ('error' in reply) {
        setStep({ kind: 'address' }); // what is shown now is no longer what the server presents
        return setError(reply.error.message);
      }
      await connect(step.origin);
    });
  };

  return (
    <dialog ref={ref} className="dialog wide team-connect" onCancel={onClose} onKeyDown={(e) => trapTab(e, ref.current)} aria-labelledby="team-connect-title" data-testid="team-connect">
      {step.kind === 'address' && (
        <form onSubmit={submitAddress} noValidate>
          <h2 id="team-connect-title">{t('teamConnect.title')}</h2>
          <p className="muted">{t('teamConnect.intro')}</p>
          <label className="stack">
            {t('teamConnect.url')}
            <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder={t('teamConnect.urlPlaceholder')} autoComplete="url" spellCheck={false} data-autofocus="" aria-invalid={error !== null} data-testid="team-url" />
          </label>
          {error && <Alert text={error} />}
          <DialogActions onCancel={onClose} answer={{ label: busy ? t('teamConnect.checking') : t('teamConnect.next'), submit: true, disabled: busy, testId: 'team-next' }} />
        </form>
      )}
      {step.kind === 'confirm' && (
        <form onSubmit={trust}>
          <h2 id="team-connect-title">{t('teamConnect.confirm.title')}</h2>
          <p>{t('teamConnect.confirm.intro', { origin: step.origin })}</p>
          <CertificateDetails certificate={step.certificate} />
          <p className="muted team-connect-hint">{t('teamConnect.confirm.hint')}</p>
          {error && <Alert text={error} />}
          <DialogActions onCancel={onClose} answer={{ label: busy ? t('teamConnect.confirm.busy') : t('teamConnect.confirm.trust'), submit: true, disabled: busy, autoFocus: true, testId: 'team-trust' }} />
        </form>
      )}
      {step.kind === 'changed' && (
        <form onSubmit={(e) => (e.preventDefault(), onClose())}>
          <h2 id="team-connect-title">{t('teamConnect.changed.title')}</h2>
          <div className="team-connect-warning" role="alert" data-testid="team-changed">
            <p>{t('teamConnect.changed.intro', { origin: step.probe.origin })}</p>
            <FingerprintBlock label={t('teamConnect.changed.pinned')} fingerprint256={step.probe.pinned} />
            <FingerprintBlock label={t('teamConnect.changed.presented')} fingerprint256={step.probe.presented} />
            <p>{t('teamConnect.changed.todo')}</p>
          </div>
          <div className="dialog-actions">
            <button type="submit" autoFocus data-autofocus="" data-testid="team-changed-close">
              {t('ui.close')}
            </button>
          </div>
        </form>
      )}
      {step.kind === 'connecting' && (
        <p role="status" data-testid="team-connecting">
          {t('teamConnect.connecting', { origin: step.origin })}
        </p>
      )}
    </dialog>
  );
}

function Alert({ text }: { text: string }) {
  return (
    <p className="error-note" role="alert" data-testid="team-error">
      {text}
    </p>
  );
}

/** Tab and Shift+Tab cycle through the dialog's own controls (the modal already makes the page inert). */
function trapTab(event: KeyboardEvent, dialog: HTMLDialogElement | null): void {
  if (event.key !== 'Tab' || !dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>('input, button, select, textarea, [tabindex]:not([tabindex="-1"])')].filter((el) => !el.hasAttribute('disabled'));
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
