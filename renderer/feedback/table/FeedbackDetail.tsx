import { forwardRef, type KeyboardEvent, type Ref, useEffect, useState } from 'react';
import type { Code } from '../../../shared/feedback/tags/codebook.ts';
import type { AnswerTemplate, Triage } from '../../../shared/feedback/triage.ts';
import { call } from '../../api/rpcClient.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { useLoad } from '../../ui/useRpc.ts';
import { ItemTags } from '../ItemTags.tsx';
import { TriageForm } from '../TriageForm.tsx';

/** While the selection runs down the table, the detail is asked for once it rests this long. */
const SETTLE_MS = 80;

/** What a compiler works with in the side panel: the codebook, the answer templates, whether they may decide. */
export interface FeedbackWork {
  codes: readonly Code[];
  templates: readonly AnswerTemplate[];
  canDecide: boolean;
}

/**
 * The selected comment beside the table: its whole text as received, who sent it and where it
 * was in its file (sheet and row, or paragraph), and beside it what it is anchored to — the
 * blocks' text with their numbers as the anchored draft has them, or that it is not anchored, or
 * that its blocks are gone (orphaned); below, its tags (ItemTags) and the decision (TriageForm),
 * so the queue is worked from the table. Esc goes back to the table; a save (Ctrl+Enter) calls
 * `onSaved`, and the table moves on. A refused save (409) is shown by the form as it is elsewhere.
 */
export const FeedbackDetail = forwardRef<HTMLElement, {
  workspaceId: string;
  itemId: string | null;
  refresh: number;
  work: FeedbackWork;
  /** The answer's field (the table focuses it with A, and again on the next comment after a save). */
  answerRef: Ref<HTMLTextAreaElement>;
  onChanged(): void;
  onSaved(triage: Triage): void;
  onBack(): void;
}>(function FeedbackDetail({ workspaceId, itemId, refresh, work, answerRef, onChanged, onSaved, onBack }, ref) {
  const { t } = useI18n();
  const [settled, setSettled] = useState(itemId);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(itemId), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [itemId]);
  const detail = useLoad(() => (settled ? call('feedback.itemDetail', { workspaceId, itemId: settled }) : Promise.resolve(null)), [workspaceId, settled]);
  const data = detail.data;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onBack();
  };
  return (
    <aside className="fbv-detail" aria-label={t('feedback.view.detail')} tabIndex={-1} ref={ref} data-testid="fbv-detail" onKeyDown={onKeyDown}>
      {detail.error && <ErrorNote error={detail.error} onRetry={detail.reload} />}
      {!itemId && <p className="fbv-muted">{t('feedback.view.detail.none')}</p>}
      {itemId && data && data.item.id === itemId && (
        <>
          <div className="fbv-side-by-side">
            <div>
              <h3>{t('feedback.view.detail.source')}</h3>
              <blockquote className="fbv-source-text" data-testid="fbv-detail-text">{data.item.text}</blockquote>
              <p>{t('feedback.view.detail.from', { name: data.item.sourceName || '—' })}</p>
              <p className="fbv-muted" data-testid="fbv-detail-provenance">
                {data.item.provenance.row !== null
                  ? t('feedback.view.detail.row', { file: data.item.provenance.fileName, sheet: data.item.provenance.sheet ?? '', row: data.item.provenance.row })
                  : t('feedback.view.detail.paragraph', { file: data.item.provenance.fileName, paragraph: data.item.provenance.paragraph ?? '' })}
              </p>
              {data.item.location && <p className="fbv-muted">{t('feedback.view.detail.location', { location: data.item.location })}</p>}
            </div>
            <div data-testid="fbv-detail-anchor">
              <h3>{t('feedback.view.detail.anchor')}</h3>
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
                <p key={block.id} className="fbv-block" data-testid="fbv-detail-block">{block.number && <strong>{block.number}. </strong>}{block.text}</p>
              ))}
            </div>
          </div>
          <h3>{t('feedback.view.detail.answer')}</h3>
          <ItemTags key={`tags-${itemId}`} workspaceId={workspaceId} itemId={itemId} refresh={refresh} codes={work.codes} canTag={work.canDecide} onChanged={onChanged} />
          <TriageForm key={`triage-${itemId}`} workspaceId={workspaceId} itemId={itemId} refresh={refresh} templates={work.templates} canDecide={work.canDecide}
            onDecided={onChanged} onSaved={onSaved} answerRef={answerRef} />
          {work.canDecide && <p className="fbv-muted fbv-keys">{t('feedback.view.detail.keys')}</p>}
          {work.canDecide && <p className="fbv-muted fbv-keys" data-testid="fbv-bulk-keys">{t('feedback.bulk.keys')}</p>}
        </>
      )}
    </aside>
  );
});
