import { Fragment, useState } from 'react';
import type { FeedbackSource } from '../../shared/feedback/model.ts';
import type { Code } from '../../shared/feedback/tags/codebook.ts';
import type { AnswerTemplate } from '../../shared/feedback/triage.ts';
import { attributedSource } from '../../shared/feedback/attributedSource.ts';
import { call, type RpcError } from '../api/rpcClient.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { formatDate } from '../ui/formatDate.ts';
import { toRpcError, useLoad } from '../ui/useRpc.ts';
import { attributionLabel } from './attributionLabel.ts';
import { ItemTags } from './ItemTags.tsx';
import { TriageForm } from './TriageForm.tsx';
import { ItemChange } from './links/ItemChange.tsx';

/**
 * The imported batches with their per-row errors, and a simple list of the items (the first 200);
 * an item whose source is flagged has a choice of source, for a person to settle it. The choice
 * is made on the source it was shown with: when another compiler settled it meanwhile, the server
 * refuses it, the refusal is shown and the list is read again.
 */
export function FeedbackItems({ workspaceId, refresh, sources, templates, codes, canDecide, onTagged }: {
  workspaceId: string;
  refresh: number;
  sources: FeedbackSource[];
  templates: readonly AnswerTemplate[];
  codes: readonly Code[];
  canDecide: boolean;
  onTagged(): void;
}) {
  const { t, language } = useI18n();
  const [answering, setAnswering] = useState<string | null>(null);
  const [sourceError, setSourceError] = useState<RpcError | null>(null);
  const items = useLoad(() => call('feedback.list', { workspaceId, limit: 200 }), [workspaceId, refresh]);
  const batches = useLoad(() => call('feedback.listBatches', { workspaceId }), [workspaceId, refresh]);
  return (
    <>
      <section className="feedback-batches" data-testid="feedback-batches">
        <h2>{t('feedback.batches.heading')}</h2>
        {batches.error && <ErrorNote error={batches.error} onRetry={batches.reload} />}
        {batches.data?.batches.length === 0 && <p className="feedback-muted">{t('feedback.batches.empty')}</p>}
        {batches.data?.batches.map((batch) => (
          <details key={batch.id} data-testid="feedback-batch">
            <summary>{t('feedback.batches.row', { file: batch.fileName, items: batch.items, problems: batch.problems.length, at: formatDate(batch.createdAt, language) })}</summary>
            <ul className="feedback-problems">{batch.problems.map((p, i) => <li key={i}>{p.reason}</li>)}</ul>
          </details>
        ))}
      </section>
      <section className="feedback-items">
        <h2 data-testid="feedback-items-heading">{t('feedback.items.heading', { total: items.data?.total ?? 0 })}</h2>
        {items.error && <ErrorNote error={items.error} onRetry={items.reload} />}
        {sourceError && <ErrorNote error={sourceError} />}
        {items.data?.items.length === 0 && <p className="feedback-muted">{t('feedback.items.empty')}</p>}
        {items.data && items.data.items.length > 0 && (
          <table className="feedback-table" data-testid="feedback-items">
            <thead><tr><th>{t('feedback.col.text')}</th><th>{t('feedback.col.source')}</th><th>{t('feedback.col.attribution')}</th><th>{t('feedback.col.document')}</th><th>{t('feedback.col.location')}</th><th>{t('feedback.col.where')}</th><th>{t('feedback.col.status')}</th></tr></thead>
            <tbody>
              {items.data.items.map((item) => {
                const label = attributionLabel(item.attribution, t);
                const p = item.provenance;
                const where = p.row !== null
                  ? t('feedback.where.row', { file: p.fileName, sheet: p.sheet ?? '', row: p.row })
                  : t('feedback.where.paragraph', { file: p.fileName, paragraph: p.paragraph ?? '' });
                return (
                  <Fragment key={item.id}>
                  <tr data-testid="feedback-item">
                    <td>{item.text}</td><td>{item.sourceName}</td><td className={label.flagged ? 'feedback-flag' : undefined}>
                      {label.text}
                      {label.flagged && sources.length > 0 && (
                        <select data-testid="feedback-set-source" value="" aria-label={t('feedback.attribution.choose')}
                          onChange={(e) => {
                            setSourceError(null);
                            void call('feedback.setSource', { workspaceId, itemId: item.id, sourceId: e.target.value, expectedSourceId: attributedSource(item.attribution) })
                              .then(items.reload, (error: unknown) => (setSourceError(toRpcError(error)), items.reload()));
                          }}>
                          <option value="">{t('feedback.attribution.choose')}</option>
                          {sources.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                        </select>
                      )}
                    </td>
                    <td>{item.documentTitle}</td><td>{item.location}</td><td className="feedback-muted">{where}</td>
                    <td>
                      <span data-testid="feedback-item-status">{t(`feedback.status.${item.status}`)}</span>{' '}
                      <button type="button" className="link" aria-expanded={answering === item.id} data-testid="feedback-answer"
                        onClick={() => setAnswering(answering === item.id ? null : item.id)}>
                        {answering === item.id ? t('feedback.triage.close') : t('feedback.triage.open')}
                      </button>
                    </td>
                  </tr>
                  {answering === item.id && (
                    <tr>
                      <td colSpan={7}>
                        <ItemTags workspaceId={workspaceId} itemId={item.id} refresh={refresh} codes={codes} canTag={canDecide} onChanged={onTagged} />
                        <TriageForm workspaceId={workspaceId} itemId={item.id} refresh={refresh} templates={templates} canDecide={canDecide} onDecided={items.reload} />
                        <ItemChange workspaceId={workspaceId} item={item} anchored={item.anchor !== null} refresh={refresh} canLink={canDecide} onChanged={onTagged} />
                      </td>
                    </tr>
                  )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
