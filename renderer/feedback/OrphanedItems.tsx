import { call } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useLoad } from '../ui/useRpc.ts';

/** The comments whose blocks are gone from the working copy: each shown with its quote, never dropped. */
export function OrphanedItems({ workspaceId, documentId, refresh }: { workspaceId: string; documentId: string; refresh: number }) {
  const { t } = useI18n();
  const orphans = useLoad(() => call('feedback.followAnchors', { workspaceId, documentId, side: 'working', onlyOrphaned: true, limit: 100 }), [workspaceId, documentId, refresh]);
  if (orphans.error) return <ErrorNote error={orphans.error} onRetry={orphans.reload} />;
  if (!orphans.data || orphans.data.total === 0) return null;
  return (
    <details className="feedback-orphans" data-testid="feedback-orphans" open>
      <summary>{t('feedback.anchor.orphans', { total: orphans.data.total })}</summary>
      <p className="feedback-muted">{t('feedback.anchor.orphansHint')}</p>
      <ul>
        {orphans.data.items.map((o) => (
          <li key={o.item.id} data-testid="feedback-orphan">
            <span className="feedback-muted">{o.item.sourceName}</span> {o.item.text}
            <div className="feedback-quote">{o.quote ? t('feedback.anchor.quote', { quote: o.quote }) : t('feedback.anchor.noQuote')}</div>
          </li>
        ))}
      </ul>
    </details>
  );
}
