import { useState } from 'react';
import type { AnchorSummary } from '../../shared/rpc/feedbackAnchorContract.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { toRpcError, useLoad } from '../ui/useRpc.ts';
import { AnchorQueue } from './AnchorQueue.tsx';
import { OrphanedItems } from './OrphanedItems.tsx';

/**
 * Anchoring a document's comments: the automatic run (with what it did), the "chưa gắn" queue
 * beside the document, and the comments orphaned in the working copy (anchored again there the
 * same way). `onChanged` after any anchoring.
 */
export function AnchorPanel({ workspaceId, refresh, onChanged }: { workspaceId: string; refresh: number; onChanged: () => void }) {
  const { t } = useI18n();
  const documents = useLoad(() => call('document.list', { workspaceId }), [workspaceId]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [summary, setSummary] = useState<AnchorSummary | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<RpcError | null>(null);
  const list = documents.data?.documents ?? [];
  const documentId = chosen ?? list[0]?.id ?? null;
  const run = () => {
    if (!documentId) return;
    setRunning(true);
    setError(null);
    call('feedback.anchor', { workspaceId, documentId })
      .then((s) => { setSummary(s); onChanged(); }, (e: unknown) => setError(toRpcError(e)))
      .finally(() => setRunning(false));
  };
  return (
    <section className="feedback-anchor" data-testid="feedback-anchor">
      <h2>{t('feedback.anchor.heading')}</h2>
      {documents.error && <ErrorNote error={documents.error} onRetry={documents.reload} />}
      {documents.data && list.length === 0 && <p className="feedback-muted">{t('feedback.anchor.noDocument')}</p>}
      {documentId && (
        <>
          <div className="feedback-options">
            {list.length > 1 && (
              <label>{t('feedback.anchor.document')}{' '}
                <select value={documentId} onChange={(e) => { setChosen(e.target.value); setSummary(null); }} data-testid="feedback-anchor-document">
                  {list.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
                </select>
              </label>
            )}
            <button type="button" onClick={run} disabled={running} data-testid="feedback-anchor-run">{running ? t('feedback.anchor.running') : t('feedback.anchor.run')}</button>
          </div>
          {error && <ErrorNote error={error} onRetry={run} />}
          {summary && <p data-testid="feedback-anchor-summary">{t('feedback.anchor.summary', { ...summary })}</p>}
          <AnchorQueue workspaceId={workspaceId} documentId={documentId} refresh={refresh} onAnchored={onChanged} />
          <OrphanedItems workspaceId={workspaceId} documentId={documentId} refresh={refresh} onAnchored={onChanged} />
        </>
      )}
    </section>
  );
}
