import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { TeamBridge } from '../../shared/bridge.ts';
import type { CertificateSummary, PinnedServer, TeamProbe } from '../../shared/teamConnect/teamProbe.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DialogActions } from '../ui/DialogActions.tsx';
import { useModal } from '../ui/useModal.ts';
import { CertificateDetails, FingerprintBlock } from './CertificateDetails.tsx';
import { ForgetPinStep } from './ForgetPinStep.tsx';
import { TrustedCertificates } from './TrustedCertificates.tsx';
import { checkTeamServerAddress } from './teamServerAddress.ts';
import { teamErrorText } from './teamErrorText.ts';
import { TeamSignInForm, type FieldProblem, type SignInField, type SignInFields } from './TeamSignInForm.tsx';
import './teamConnect.css';

type Step =
  | { kind: 'form' }
  | { kind: 'confirm'; origin: string; certificate: CertificateSummary }
  | { kind: 'changed'; probe: Extract<TeamProbe, { kind: 'changed' }> }
  | { kind: 'forget'; origin: string; fingerprint256: string }
  | { kind: 'connecting'; origin: string };

/** The server's refusals that are about the name or password typed: the password is asked again. */
const CREDENTIAL_CODES = new Set(['login_failed', 'rate_limited']);

/**
 * "Kết nối máy chủ nhóm…": the address, user name and password (checked here, then by the
 * desktop); the certificate's fingerprint to confirm when the system does not know it (pinned on
 * a yes), or the refusal of a certificate that changed since it was trusted (no way on from
 * there); then the sign-in, through the desktop, and the window opens the team server signed in.
 * A server that cannot be reached is said in the page's language (teamErrorText); a refused
 * sign-in (wrong password, too many tries) shows the server's own sentence here, with
 * the password emptied; the next try needs no fingerprint, since it is pinned by then. The
 * password is held in this dialog's state only until it is sent. A modal: Enter gives the step's
 * answer, Escape cancels, Tab stays inside. The first step lists the servers whose certificate
 * is pinned, each with "Quên chứng chỉ…" (as does the refusal of a changed one): after a
 * confirmation saying what follows, the pin is forgotten and the next connection asks again.
 */
export function TeamConnectDialog({ team, onClose }: { team: TeamBridge; onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  const [fields, setFields] = useState<SignInFields>({ url: '', name: '', password: '' });
  const [step, setStep] = useState<Step>({ kind: 'form' });
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [pins, setPins] = useState<PinnedServer[]>([]);
  const [forgotten, setForgotten] = useState<string | null>(null);
  const readPins = () => void team.pinned().then((reply) => 'result' in reply && setPins(reply.result));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(readPins, []);
  useEffect(() => {
    // Back on the form with a problem, the form focuses the field the problem is about.
    if (step.kind !== 'form' || !problem) ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step.kind]);

  const problems = useRef(0);
  const fail = (field: SignInField, message: string) => {
    setStep({ kind: 'form' });
    setProblem({ field, message, at: ++problems.current });
  };

  async function run(label: string, work: () => Promise<void>) {
    setBusy(label);
    setProblem(null);
    setForgotten(null);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  }

  const signIn = async (origin: string) => {
    setBusy(t('teamConnect.signingIn'));
    const reply = await team.signIn(origin, fields.name, fields.password);
    if ('error' in reply) {
      const aboutCredentials = CREDENTIAL_CODES.has(reply.error.code);
      if (aboutCredentials) setFields((typed) => ({ ...typed, password: '' }));
      return fail(aboutCredentials ? 'password' : 'url', teamErrorText(reply.error, t));
    }
    setFields((typed) => ({ ...typed, password: '' }));
    setStep({ kind: 'connecting', origin: reply.result.origin });
  };

  const submitForm = () => {
    const checked = checkTeamServerAddress(fields.url);
    if (!checked.ok) return fail('url', t(`teamConnect.url.${checked.problem}`, { typed: fields.url.trim(), host: checked.host ?? '' }));
    if (!fields.name.trim()) return fail('name', t('teamConnect.name.empty'));
    if (!fields.password) return fail('password', t('teamConnect.password.empty'));
    void run(t('teamConnect.checking'), async () => {
      const reply = await team.probe(checked.origin);
      if ('error' in reply) return fail('url', teamErrorText(reply.error, t));
      const probe = reply.result;
      if (probe.kind === 'confirm') return setStep({ kind: 'confirm', origin: probe.origin, certificate: probe.certificate });
      if (probe.kind === 'changed') return setStep({ kind: 'changed', probe });
      await signIn(probe.origin);
    });
  };

  const trust = (event: FormEvent) => {
    event.preventDefault();
    if (step.kind !== 'confirm' || busy) return;
    void run(t('teamConnect.confirm.busy'), async () => {
      const reply = await team.trust(step.origin, step.certificate.fingerprint256);
      // What is shown now is no longer what the server presents: back to the start.
      if ('error' in reply) return fail('url', teamErrorText(reply.error, t));
      await signIn(step.origin);
    });
  };

  const forget = () => {
    if (step.kind !== 'forget') return;
    void run(t('teamConnect.forget.busy'), async () => {
      const reply = await team.forget(step.origin);
      readPins();
      if ('error' in reply) return fail('url', teamErrorText(reply.error, t));
      setFields((typed) => ({ ...typed, url: reply.result.origin }));
      setStep({ kind: 'form' });
      setForgotten(reply.result.origin);
    });
  };

  const pinList = (
    <>
      {forgotten && (
        <p className="muted" role="status" data-testid="team-forgotten">
          {t('teamConnect.forget.done', { origin: forgotten })}
        </p>
      )}
      <TrustedCertificates pins={pins} onForget={(pin) => setStep({ kind: 'forget', origin: pin.origin, fingerprint256: pin.fingerprint256 })} />
    </>
  );

  return (
    <dialog ref={ref} className="dialog wide team-connect" onCancel={onClose} onKeyDown={(e) => trapTab(e, ref.current)} aria-labelledby="team-connect-title" data-testid="team-connect">
      {step.kind === 'form' && <TeamSignInForm fields={fields} onChange={setFields} onSubmit={submitForm} onCancel={onClose} problem={problem} busy={busy} extra={pinList} />}
      {step.kind === 'forget' && <ForgetPinStep origin={step.origin} fingerprint256={step.fingerprint256} busy={busy} onForget={forget} onBack={() => setStep({ kind: 'form' })} />}
      {step.kind === 'confirm' && (
        <form onSubmit={trust}>
          <h2 id="team-connect-title">{t('teamConnect.confirm.title')}</h2>
          <p>{t('teamConnect.confirm.intro', { origin: step.origin })}</p>
          <CertificateDetails certificate={step.certificate} />
          <p className="muted team-connect-hint">{t('teamConnect.confirm.hint')}</p>
          <DialogActions onCancel={onClose} answer={{ label: busy ?? t('teamConnect.confirm.trust'), submit: true, disabled: busy !== null, autoFocus: true, testId: 'team-trust' }} />
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
            <button type="button" className="danger" onClick={() => setStep({ kind: 'forget', origin: step.probe.origin, fingerprint256: step.probe.pinned })} data-testid="team-changed-forget">
              {t('teamConnect.changed.forget')}
            </button>
            <span className="spacer" />
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
