import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import './ui.css';

/** A dialog's answer: the submit button of the dialog's form, or a button with its own action. */
export type DialogAnswer = {
  label: string;
  testId?: string;
  disabled?: boolean;
  /** Drawn as a dangerous action (deleting, restoring over the working copy). */
  danger?: boolean;
  /** Focused when drawn, and again once a modal dialog has opened (`useModal`), so Enter gives this answer. */
  autoFocus?: boolean;
} & ({ submit: true } | { onClick(): void });

interface Props {
  onCancel(): void;
  /** The cancel button's label when it is not "Huỷ" (a dialog that only informs says "Đóng"). */
  cancelLabel?: string;
  answer: DialogAnswer;
  /** Buttons of the dialog's own, on the left of the row (the numbering dialog's defaults). */
  start?: ReactNode;
}

/**
 * The last row of a dialog: cancel, then the dialog's answer, on the right. Escape cancels too,
 * through the dialog element's own `onCancel`.
 */
export function DialogActions({ onCancel, cancelLabel, answer, start }: Props) {
  const { t } = useI18n();
  return (
    <div className="dialog-actions">
      {start}
      {start && <span className="spacer" />}
      <button type="button" onClick={onCancel}>
        {cancelLabel ?? t('ui.cancel')}
      </button>
      <button
        type={'submit' in answer ? 'submit' : 'button'}
        className={answer.danger ? 'danger' : undefined}
        disabled={answer.disabled}
        autoFocus={answer.autoFocus}
        data-autofocus={answer.autoFocus ? '' : undefined}
        onClick={'onClick' in answer ? answer.onClick : undefined}
        data-testid={answer.testId}
      >
        {answer.label}
      </button>
    </div>
  );
}
