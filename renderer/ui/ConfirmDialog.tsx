import { useRef } from 'react';
import { DialogActions } from './DialogActions.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useModal } from './useModal.ts';
import './ui.css';

/** A modal question; Enter confirms, Escape cancels. */
export function ConfirmDialog({ message, onConfirm, onCancel }: { message: string; onConfirm(): void; onCancel(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  return (
    <dialog ref={ref} className="dialog" onCancel={onCancel} data-testid="confirm-dialog">
      <p>{message}</p>
      <DialogActions onCancel={onCancel} answer={{ label: t('ui.confirm'), danger: true, autoFocus: true, onClick: onConfirm }} />
    </dialog>
  );
}
