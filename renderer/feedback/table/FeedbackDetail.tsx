import { forwardRef, useEffect, useState } from 'react';
import { call } from '../../api/rpcClient.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { useLoad } from '../../ui/useRpc.ts';

/** While the selection runs down the table, the detail is asked for once it rests this long. */
const SETTLE_MS = 80;

/**
 * The selected comment beside the table: its whole text as received, who sent it and where it
 * was in its file (sheet and row, or paragraph), and what it is anchored to — the blocks' text as
 * the anchored draft has them, or that it is not anchored, or that its blocks are gone (orphaned).
 */
export const FeedbackDetail = forwardRef<HTMLElement, { workspaceId: string; itemId: string | null }>(function FeedbackDetail({ workspaceId, itemId }, ref) {
  const { t } = useI18n();
  const [settled, setSettled] = useState(itemId);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(itemId), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [itemId]);
  const detail = useLoad(() => (settled ? call('feedback.itemDetail', { workspaceId, itemId: settled }) : Promise.resolve(null)), [workspaceId, settled]);
  const data = detail.data;
  return (
    <aside className="fbv-detail" aria-label={t('feedback.view.detail')} tabIndex={-1} ref={ref} data-testid="fbv-detail">
      {detail.error && <ErrorNote error={detail.error} onRetry={detail.reload} />}
      {!itemId && <p className="fbv-muted">{t('feedback.view.detail.none')}</p>}
      {itemId && data && data.item.id === itemId && (
        <>
          <h3>{t('feedback.view.detail.source')}</h3>
          <blockquote className="fbv-source-text" data-testid="fbv-detail-text">{data.item.text}</blockquote>
          <p>{t('feedback.view.detail.from', { name: data.item.sourceName || '—' })}</p>
          <p className="fbv-muted" data-testid="fbv-detail-provenance">
            {data.item.provenance.row !== null
              ? t('feedback.view.detail.row', { file: data.item.provenance.fileName, sheet: data.item.provenance.sheet ?? '', row: data.item.provenance.row })
              : t('feedback.view.detail.paragraph', { file: data.item.provenance.fileName, paragraph: data.item.provenance.paragraph ?? '' })}
          </p>
          {data.item.location && <p className="fbv-muted">{t('feedback.view.detail.location', { location: data.item.location })}</p>}
          <h3>{t('feedback.view.detail.anchor')}</h3>
          <div data-testid="fbv-detail-anchor">
            {!data.item.anchor && <p className="fbv-muted">{t('feedback.view.detail.unanchored')}</p>}
            {data.item.anchor && (
              <p className="fbv-muted">
                {data.item.anchor.draftNumber !== null
                  ? t('feedback.view.detail.anchorDraft', { document: data.item.documentTitle ?? '', n: data.item.anchor.draftNumber, confidence: Math.round(data.item.anchor.confidence * 100) })
                  : t('feedback.view.detail.anchorWorking', { document: data.item.documentTitle ?? '', confidence: Math.round(data.item.anchor.confidence * 100) })}
              </p>
            )}
            {data.section && <p className="fbv-section">{data.section}</p>}
            {data.orphaned && <p className="feedback-flag">{t('feedback.view.detail.orphaned')}</p>}
            {data.blocks.map((block) => (
              <p key={block.id} className="fbv-block">{block.number && <strong>{block.number}. </strong>}{block.text}</p>
            ))}
          </div>
        </>
      )}
    </aside>
  );
});
