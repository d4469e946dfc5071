import { useMemo } from 'react';
import { navigate } from '../app/route.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { useLoad } from '../ui/useRpc.ts';
import { sideCaption } from './draftLabel.ts';
import { draftCall } from './draftRpc.ts';
import { ReadOnlyDoc } from './ReadOnlyDoc.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { DocumentTopbar } from '../ui/DocumentTopbar.tsx';
import { ExportButtons } from '../editor/ExportButtons.tsx';

/** "Dự thảo lần N" opened read-only, with its numbers, its stamp and its note. */
export function DraftViewPage({ workspaceId, documentId, number }: { workspaceId: string; documentId: string; number: number }) {
  const { t, language } = useI18n();
  const title = useDocumentTitle(workspaceId, documentId);
  const got = useLoad(() => draftCall('draft.get', { workspaceId, documentId, side: number }), [workspaceId, documentId, number]);
  const numbers = useMemo(() => new Map((got.data?.blocks ?? []).filter((b) => b.number).map((b) => [b.id, b.number!])), [got.data]);
  const draft = got.data?.draft ?? null;
  return (
    <div className="editor-page">
      <DocumentTopbar workspaceId={workspaceId} documentId={documentId} titleTestId="draft-view-title" title={`${sideCaption(t, language, number, draft)} — ${title}`}>
        {number > 1 && (
          <button type="button" onClick={() => navigate({ page: 'compare', workspaceId, documentId, left: String(number - 1), right: String(number) })}>
            {t('drafts.compareWithPrevious', { n: number - 1 })}
          </button>
        )}
        <ExportButtons workspaceId={workspaceId} documentId={documentId} title={title} draft={number} />
        <LanguageSwitch />
      </DocumentTopbar>
      {draft && (
        <div className="draft-stamp small">
          {t('drafts.readOnly')} · {t(`drafts.stage.${draft.stage}`)} · {t(`drafts.origin.${draft.origin}`)}
          {draft.note && <> · {draft.note}</>}
        </div>
      )}
      {got.error && <ErrorNote error={got.error} onRetry={got.reload} />}
      {got.loading && !got.data && <p className="muted">{t('common.loading')}</p>}
      <main className="page-scroll">{got.data && <ReadOnlyDoc doc={got.data.doc} numbers={numbers} />}</main>
    </div>
  );
}
