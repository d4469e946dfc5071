import { useMemo, useState } from 'react';
import { call } from '../api/rpcClient.ts';
import type { CheckpointSide } from '../../shared/rpc/draftContract.ts';
import { navigate } from '../route/route.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { useLoad } from '../ui/useRpc.ts';
import { sideCaption, sideTitle } from './draftLabel.ts';
import { formatDate } from '../ui/formatDate.ts';
import { ReadOnlyDoc } from './ReadOnlyDoc.tsx';
import { RepairDetails, repairSummary } from '../repairs/RepairDetails.tsx';
import { replacedByText } from './replacedByText.ts';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { DocumentTopbar } from '../ui/DocumentTopbar.tsx';
import { ExportButtons } from '../export/ExportButtons.tsx';
import { DraftComments } from '../comments/DraftComments.tsx';
import { DraftSectionFeedback } from '../feedback/inEditor/DraftSectionFeedback.tsx';
import '../feedback/inEditor/sectionFeedback.css';
import '../editor/page.css';
import './drafts.css';

/**
 * "Dự thảo lần N" (or a checkpoint kept before a restore, side "cN") opened read-only, with its
 * numbers, its stamp and its note. Content that had to be repaired to be shown says so: the
 * stored draft itself is never changed.
 */
export function DraftViewPage({ workspaceId, documentId, side }: { workspaceId: string; documentId: string; side: number | CheckpointSide }) {
  const { t, language } = useI18n();
  const title = useDocumentTitle(workspaceId, documentId);
  const got = useLoad(() => call('draft.get', { workspaceId, documentId, side }), [workspaceId, documentId, side]);
  const numbers = useMemo(() => new Map((got.data?.blocks ?? []).filter((b) => b.number).map((b) => [b.id, b.number!])), [got.data]);
  const [details, setDetails] = useState(false);
  const draft = got.data?.draft ?? null;
  const checkpoint = got.data?.checkpoint ?? null;
  const repairs = got.data?.repairs ?? [];
  const caption = checkpoint ? `${sideTitle(t, side)} · ${formatDate(checkpoint.createdAt, language)} · ${checkpoint.author}` : sideCaption(t, language, side, draft);
  return (
    <div className="editor-page">
      <DocumentTopbar workspaceId={workspaceId} documentId={documentId} titleTestId="draft-view-title" title={`${caption} — ${title}`}>
        {typeof side === 'number' && side > 1 && (
          <button type="button" onClick={() => navigate({ page: 'compare', workspaceId, documentId, left: String(side - 1), right: String(side) })}>
            {t('drafts.compareWithPrevious', { n: side - 1 })}
          </button>
        )}
        {typeof side === 'number' && <ExportButtons workspaceId={workspaceId} documentId={documentId} title={title} draft={side} />}
        <LanguageSwitch />
      </DocumentTopbar>
      {draft && (
        <div className="draft-stamp small">
          {t('drafts.readOnly')} · {t(`drafts.stage.${draft.stage}`)} · {t(`drafts.origin.${draft.origin}`)}
          {draft.note && <> · {draft.note}</>}
        </div>
      )}
      {checkpoint && (
        <div className="draft-stamp small" data-testid="checkpoint-stamp">
          {t('drafts.checkpoint.readOnly')} · {replacedByText(t, checkpoint)}
        </div>
      )}
      {repairs.length > 0 && (
        <div className="draft-stamp small repaired" role="status" data-testid="draft-repaired">
          {t('repairs.frozenNotice', { summary: repairSummary(t, repairs) })}{' '}
          <button type="button" className="link" onClick={() => setDetails((v) => !v)}>
            {details ? t('repairs.hide') : t('repairs.show')}
          </button>
          {details && <RepairDetails repairs={repairs} />}
        </div>
      )}
      {got.error && <ErrorNote error={got.error} onRetry={got.reload} />}
      {got.loading && !got.data && <p className="muted">{t('ui.loading')}</p>}
      <div className="editor-body">
        <main className="page-scroll">{got.data && <ReadOnlyDoc doc={got.data.doc} numbers={numbers} />}</main>
        {got.data && typeof side === 'number' && <DraftSectionFeedback workspaceId={workspaceId} documentId={documentId} blocks={got.data.blocks} />}
        {got.data && typeof side === 'number' && <DraftComments workspaceId={workspaceId} documentId={documentId} draft={side} doc={got.data.doc} />}
      </div>
    </div>
  );
}
