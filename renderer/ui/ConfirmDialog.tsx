import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import './ui.css';

/** A modal question; Enter confirms, Escape cancels. */
export function ConfirmDialog({ message, onConfirm, onCancel }: { message: string; onConfirm(): void; onCancel(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" onCancel={onCancel} data-testid="confirm-dialog">
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('ui.cancel')}
        </button>
        <button type="button" className="danger" autoFocus onClick={onConfirm}>
          {t('ui.confirm')}
        </button>
      </div>
    </dialog>
  );
}
