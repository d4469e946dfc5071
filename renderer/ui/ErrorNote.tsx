import type { RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorDetail } from './ErrorDetail.tsx';
import './ui.css';

/** An error said in a sentence, with a retry button when the action can be retried. */
export function ErrorNote({ error, onRetry }: { error: RpcError; onRetry?: () => void }) {
  const { t } = useI18n();
  const message = error.code === 'network' ? t('ui.error.network') : error.message;
  return (
    <div className="error-note" role="alert">
      {t('ui.error', { message })}
      <ErrorDetail detail={error.detail} />
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('ui.retry')}
        </button>
      )}
    </div>
  );
}
