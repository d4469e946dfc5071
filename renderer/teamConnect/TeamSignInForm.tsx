import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DialogActions } from '../ui/DialogActions.tsx';

/** What the person typed in the dialog's first step. The password lives here until it is sent, and nowhere else. */
export interface SignInFields {
  url: string;
  name: string;
  password: string;
}

export type SignInField = keyof SignInFields;

/** The field a problem is about, focused and marked invalid with it; `at` changes at each new problem, so the same field is focused again. */
export interface FieldProblem {
  field: SignInField;
  message: string;
  at: number;
}

interface Props {
  fields: SignInFields;
  onChange(fields: SignInFields): void;
  onSubmit(): void;
  onCancel(): void;
  problem: FieldProblem | null;
  busy: string | null;
  /** Drawn under the fields, before the problem and the buttons (the trusted certificates). */
  extra?: ReactNode;
}

/**
 * The dialog's first step: the server address, the user name and the password (masked). Enter
 * in any field submits; a problem is shown under the fields and focuses the field it is about.
 */
export function TeamSignInForm({ fields, onChange, onSubmit, onCancel, problem, busy, extra }: Props) {
  const { t } = useI18n();
  const inputs = { url: useRef<HTMLInputElement>(null), name: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  useEffect(() => {
    if (problem) inputs[problem.field].current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem?.at]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  const field = (key: SignInField, extra: { type?: string; autoComplete: string; placeholder?: string; autoFocus?: boolean }) => (
    <label className="stack">
      {t(`teamConnect.${key}`)}
      <input
        ref={inputs[key]}
        type={extra.type ?? 'text'}
        value={fields[key]}
        onChange={(e) => onChange({ ...fields, [key]: e.target.value })}
        placeholder={extra.placeholder}
        autoComplete={extra.autoComplete}
        spellCheck={false}
        autoCapitalize="off"
        data-autofocus={extra.autoFocus ? '' : undefined}
        aria-invalid={problem?.field === key}
        data-testid={`team-${key}`}
      />
    </label>
  );
  return (
    <form onSubmit={submit} noValidate>
      <h2 id="team-connect-title">{t('teamConnect.title')}</h2>
      <p className="muted">{t('teamConnect.intro')}</p>
      {field('url', { autoComplete: 'url', placeholder: t('teamConnect.urlPlaceholder'), autoFocus: true })}
      {field('name', { autoComplete: 'username' })}
      {field('password', { type: 'password', autoComplete: 'current-password' })}
      {extra}
      {problem && (
        <p className="error-note" role="alert" data-testid="team-error">
          {problem.message}
        </p>
      )}
      <DialogActions onCancel={onCancel} answer={{ label: busy ?? t('teamConnect.signIn'), submit: true, disabled: busy !== null, testId: 'team-next' }} />
    </form>
  );
}
