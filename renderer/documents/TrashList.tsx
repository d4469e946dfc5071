import type { DeletedDocument } from '../../shared/rpc/documentContract.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * The workspace's trash: deleted documents (nothing of them is lost), each with when it was
 * deleted and a button that brings it back, content and drafts as they were.
 */
export function TrashList({ documents, onRestore }: { documents: DeletedDocument[]; onRestore(document: DeletedDocument): void }) {
  const { t, language } = useI18n();
  const when = (iso: string) => new Date(iso).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <details className="trash" data-testid="trash">
      <summary>{t('documents.trash', { count: documents.length })}</summary>
      <ul className="list">
        {documents.map((d) => (
          <li key={d.id} data-testid="trash-item">
            <span>
              <strong>{d.title}</strong> <span className="muted">· {t(`documents.kind.${d.kind}`)}</span>
            </span>
            <span className="muted small">{t('documents.trash.deleted', { when: when(d.deletedAt) })}</span>
            <span className="row-actions">
              <button type="button" onClick={() => onRestore(d)} data-testid="document-restore">
                {t('documents.trash.restore')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
