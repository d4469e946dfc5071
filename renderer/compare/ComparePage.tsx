import { useCallback } from 'react';
import { call } from '../api/rpcClient.ts';
import { navigate } from '../route/route.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { useLoad } from '../ui/useRpc.ts';
import type { CheckpointSummary, DraftSide, DraftSummary } from '../../shared/rpc/draftContract.ts';
import { sideTitle } from '../drafts/draftLabel.ts';
import { useDocumentTitle } from '../drafts/useDocumentTitle.ts';
import { CompareView } from './CompareView.tsx';
import { parseSide } from './sides.ts';
import { useComparison } from './useComparison.ts';
import { DocumentTopbar } from '../ui/DocumentTopbar.tsx';
import './compare.css';

interface Props {
  workspaceId: string;
  documentId: string;
  left: string;
  right: string;
}

/** Compares two drafts (or a draft and the working copy) of a document, in the browser. */
export function ComparePage({ workspaceId, documentId, left, right }: Props) {
  const { t } = useI18n();
  const title = useDocumentTitle(workspaceId, documentId);
  const leftSide = parseSide(left) ?? 1;
  const rightSide = parseSide(right) ?? 'working';
  const list = useLoad(() => call('draft.list', { workspaceId, documentId }), [workspaceId, documentId]);
  const loaded = useComparison(workspaceId, documentId, leftSide, rightSide);
  const go = (l: DraftSide, r: DraftSide) => navigate({ page: 'compare', workspaceId, documentId, left: String(l), right: String(r) });
  const drafts = list.data?.drafts ?? [];
  const checkpoints = list.data?.checkpoints ?? [];
  // Stable, so the memoised rows do not all re-render when the title or the draft list arrives.
  const onSynopsis = useCallback((blockId: string) => navigate({ page: 'synopsis', workspaceId, documentId, blockId }), [workspaceId, documentId]);
  return (
    <div className="compare-page">
      <DocumentTopbar workspaceId={workspaceId} documentId={documentId} titleTestId="compare-title" title={`${t('compare.heading', { left: sideTitle(t, leftSide), right: sideTitle(t, rightSide) })} — ${title}`}>
        <SidePicker value={leftSide} drafts={drafts} checkpoints={checkpoints} onChange={(s) => go(s, rightSide)} testId="left-side" />
        <span>→</span>
        <SidePicker value={rightSide} drafts={drafts} checkpoints={checkpoints} onChange={(s) => go(leftSide, s)} testId="right-side" />
        <LanguageSwitch />
      </DocumentTopbar>
      {loaded.error && <ErrorNote error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && !loaded.data && <p className="muted cmp-loading" data-testid="compare-loading">{t('compare.loading')}</p>}
      {loaded.data && (
        <CompareView
          key={`${left}-${right}`}
          workspaceId={workspaceId}
          documentId={documentId}
          loaded={loaded.data}
          sides={[leftSide, rightSide]}
          onSynopsis={onSynopsis}
        />
      )}
    </div>
  );
}

function SidePicker({ value, drafts, checkpoints, onChange, testId }: { value: DraftSide; drafts: DraftSummary[]; checkpoints: CheckpointSummary[]; onChange(side: DraftSide): void; testId: string }) {
  const { t } = useI18n();
  return (
    <select value={String(value)} onChange={(e) => onChange(parseSide(e.target.value) ?? 'working')} data-testid={testId}>
      {drafts.map((d) => (
        <option key={d.number} value={d.number}>
          {t('drafts.title', { n: d.number })}
        </option>
      ))}
      {checkpoints.map((c) => (
        <option key={`c${c.number}`} value={`c${c.number}`}>
          {t('drafts.checkpoint.title', { n: c.number })}
        </option>
      ))}
      <option value="working">{t('drafts.working')}</option>
    </select>
  );
}
