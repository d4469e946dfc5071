import { useState } from 'react';
import type { FeedbackSource } from '../../../shared/feedback/model.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { SourceForm, type SourceFields } from './SourceForm.tsx';

interface Props {
  source: FeedbackSource;
  sources: readonly FeedbackSource[];
  /** Resolve true once the server took the change (false: its error is shown by the panel). */
  onUpdate(fields: SourceFields): Promise<boolean>;
  onDelete(): Promise<boolean>;
}

/** One source of the registry: its name, other names, level and parent; edited in place, deleted after a confirmation. */
export function SourceRow({ source, sources, onUpdate, onDelete }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const parent = sources.find((s) => s.id === source.parentId);
  if (editing) {
    return (
      <li data-testid="feedback-source" aria-label={t('feedback.sources.editOf', { name: source.name })}>
        <SourceForm initial={source} editedId={source.id} sources={sources} saveLabel={t('ui.save')} testIds={{ prefix: 'feedback-source-edit', save: 'feedback-source-save' }}
          onCancel={() => setEditing(false)}
          onSave={async (fields) => { const saved = await onUpdate(fields); if (saved) setEditing(false); return saved; }} />
      </li>
    );
  }
  return (
    <li data-testid="feedback-source">
      <span data-testid="feedback-source-label">{source.name}</span>
      <span className="feedback-muted"> · {t(`feedback.view.level.${source.level}`)}{parent && <> · {parent.name}</>}{source.aliases.length > 0 && <> ({source.aliases.join('; ')})</>}</span>{' '}
      <button type="button" className="link" onClick={() => setEditing(true)} data-testid="feedback-source-edit">{t('feedback.sources.edit')}</button>{' '}
      <button type="button" className="link" onClick={() => setConfirming(true)} data-testid="feedback-source-delete">{t('feedback.sources.delete')}</button>
      {confirming && (
        <ConfirmDialog message={t('feedback.sources.confirmDelete', { name: source.name })} onCancel={() => setConfirming(false)}
          onConfirm={() => { setConfirming(false); void onDelete(); }} />
      )}
    </li>
  );
}
