import { useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DialogActions } from '../ui/DialogActions.tsx';
import { useModal } from '../ui/useModal.ts';

/** What the import could not do perfectly, before the new document opens. */
export function ImportWarnings({ warnings, onOpen, onClose }: { warnings: string[]; onOpen(): void; onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  return (
    <dialog ref={ref} className="dialog" onCancel={onClose} data-testid="import-warnings">
      <h2>{t('documents.import.warnings')}</h2>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <DialogActions
        onCancel={onClose}
        cancelLabel={t('documents.import.close')}
        answer={{ label: t('documents.import.openDocument'), autoFocus: true, onClick: onOpen, testId: 'import-open-document' }}
      />
    </dialog>
  );
}
