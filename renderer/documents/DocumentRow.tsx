import { useState } from 'react';
import type { DocumentSummary } from '../../shared/rpc/documentContract.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** One document in the list; the title becomes an input while renaming (Enter saves, Esc cancels). */
export function DocumentRow(props: { document: DocumentSummary; onOpen(): void; onRename(title: string): void; onDelete(): void }) {
  const { t, language } = useI18n();
  const { document: d } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const when = new Date(d.updatedAt).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <li>
      {editing === null ? (
        <button type="button" className="link" onClick={props.onOpen} data-testid="document-open">
          <strong>{d.title}</strong> <span className="muted">· {t(`documents.kind.${d.kind}`)}</span>
        </button>
      ) : (
        <input
          autoFocus
          value={editing}
          aria-label={t('documents.title')}
          onChange={(e) => setEditing(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && editing.trim()) {
              props.onRename(editing.trim());
              setEditing(null);
            }
            if (e.key === 'Escape') setEditing(null);
          }}
          onBlur={() => setEditing(null)}
        />
      )}
      <span className="muted small">{t('documents.updated', { when })}</span>
      <span className="row-actions">
        <button type="button" onClick={() => setEditing(d.title)}>
          {t('documents.rename')}
        </button>
        <button type="button" className="danger" onClick={props.onDelete}>
          {t('documents.delete')}
        </button>
      </span>
    </li>
  );
}
