import { useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DialogActions } from '../ui/DialogActions.tsx';
import { useModal } from '../ui/useModal.ts';

interface Props {
  /** The draft just imported. */
  number: number;
  onAdopt(): void;
  onKeep(): void;
}

/**
 * Asked right after a file was imported as draft N: make the working copy that draft (the
 * default, focused, so Enter gives it), or leave the working copy as it is. Without this the
 * next freeze would be made from draft N-1's text and silently undo draft N. Adopting is a
 * restore: what it replaces is kept as a checkpoint "trước khi khôi phục" and it can be undone.
 */
export function AdoptImportDialog({ number, onAdopt, onKeep }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  return (
    <dialog ref={ref} className="dialog draft-dialog" onCancel={onKeep} data-testid="adopt-import-dialog">
      <h2>{t('drafts.adopt.title', { n: number })}</h2>
      <p>{t('drafts.adopt.question', { n: number })}</p>
      <p className="muted small">{t('drafts.adopt.kept')}</p>
      <DialogActions onCancel={onKeep} cancelLabel={t('drafts.adopt.keep')} answer={{ label: t('drafts.adopt.yes', { n: number }), autoFocus: true, onClick: onAdopt, testId: 'adopt-import' }} />
    </dialog>
  );
}
