import { useI18n } from '../i18n/I18nProvider.tsx';
import './ui.css';

/** The system's own text of an error, folded away behind "Chi tiết"; nothing when there is none. */
export function ErrorDetail({ detail }: { detail: string | undefined }) {
  const { t } = useI18n();
  if (!detail) return null;
  return (
    <details className="error-detail" data-testid="error-detail">
      <summary>{t('ui.error.detail')}</summary>
      <code>{detail}</code>
    </details>
  );
}
