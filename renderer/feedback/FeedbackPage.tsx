import { lazy, Suspense, useEffect, useState } from 'react';
import { roleIn } from '../../shared/accounts/roles.ts';
import type { FeedbackFilters } from '../../shared/feedback/table/feedbackQuery.ts';
import { useMember } from '../accounts/member.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../route/route.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { call } from '../api/rpcClient.ts';
import { useLoad } from '../ui/useRpc.ts';
import { ExportCommentsButton } from './ExportCommentsButton.tsx';
import { SynthesisReportButton } from './SynthesisReportButton.tsx';
import { FeedbackItems } from './FeedbackItems.tsx';
import { SourcesPanel } from './SourcesPanel.tsx';
import { IngestPanel } from './IngestPanel.tsx';
import { CodebookPanel } from './CodebookPanel.tsx';
import { TemplatesPanel } from './TemplatesPanel.tsx';
import { useFeedbackChanges } from './useFeedbackChanges.ts';
import { AnchorPanel } from './AnchorPanel.tsx';
import { ClustersPanel } from './ClustersPanel.tsx';
import { type FeedbackView, FeedbackTabs } from './FeedbackTabs.tsx';
import { FeedbackTableView } from './table/FeedbackTableView.tsx';
import './feedback.css';
import './feedbackViews.css';

/**
 * The dashboard brings ECharts: not loaded with the app, but once the feedback page is idle
 * (so the first click on its tab does not wait for the chunk), or on that click if sooner.
 */
const loadDashboard = () => import('./dashboard/FeedbackDashboard.tsx');
const FeedbackDashboard = lazy(() => loadDashboard().then((m) => ({ default: m.FeedbackDashboard })));

/** Starts loading the dashboard's chunk when the browser is next idle. */
function usePreloadedDashboard(): void {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => void loadDashboard().catch(() => undefined));
    return () => cancel(handle);
  }, []);
}

/**
 * A workspace's feedback: the sources registry, ingestion, the codebook, answer templates, the
 * batches and items, anchoring and clusters; the table of every comment; the dashboard.
 */
export function FeedbackPage({ workspaceId, section, item }: { workspaceId: string; section?: string; item?: string }) {
  const { t } = useI18n();
  const [changes, setChanges] = useState(0);
  // Opened from the editor's feedback panel: the table of that section's comments, the one clicked selected.
  const [view, setView] = useState<FeedbackView>(section ? 'table' : 'ingest');
  const [filters, setFilters] = useState<FeedbackFilters>(section ? { section: [section] } : {});
  const sources = useLoad(() => call('feedback.listSources', { workspaceId }), [workspaceId, changes]);
  const templates = useLoad(() => call('feedback.listTemplates', { workspaceId }), [workspaceId, changes]);
  const codebook = useLoad(() => call('feedback.codebook', { workspaceId }), [workspaceId, changes]);
  const changed = () => setChanges((n) => n + 1);
  // Another compiler's status, tag or import appears here without a reload.
  useFeedbackChanges(workspaceId, changed);
  // Compilers decide (the server checks it too); in local mode there is one person, who may.
  const member = useMember();
  const canDecide = member === null || roleIn(member.grants, workspaceId) === 'compiler';
  usePreloadedDashboard();
  return (
    <div>
      <header className="topbar">
        <button type="button" className="link" onClick={() => navigate({ page: 'home', workspaceId })}>{t('feedback.back')}</button>
        <h1>{t('feedback.heading')}</h1>
        <ExportCommentsButton workspaceId={workspaceId} />
        <SynthesisReportButton workspaceId={workspaceId} />
        <LanguageSwitch />
      </header>
      <FeedbackTabs view={view} onView={setView} />
      <main className="feedback-page">
        {/* Kept mounted while another tab shows: an import under way goes on and keeps its previews. */}
        <div className="fbv-part" hidden={view !== 'ingest'}>
          <SourcesPanel workspaceId={workspaceId} sources={sources.data?.sources ?? []} onChanged={changed} />
          <IngestPanel workspaceId={workspaceId} onImported={changed} />
          <CodebookPanel workspaceId={workspaceId} codes={codebook.data?.codes ?? []} canEdit={canDecide} onChanged={changed} />
          <TemplatesPanel workspaceId={workspaceId} templates={templates.data?.templates ?? []} canDecide={canDecide} onChanged={changed} />
          {/* The lists (thousands of elements with a workspace's clusters) only while their tab shows: hidden,
              they still made every style pass of the table's scrolling frames several times slower. */}
          {view === 'ingest' && (
            <>
              <FeedbackItems workspaceId={workspaceId} refresh={changes} sources={sources.data?.sources ?? []} templates={templates.data?.templates ?? []} codes={codebook.data?.codes ?? []} canDecide={canDecide} onTagged={changed} />
              <AnchorPanel workspaceId={workspaceId} refresh={changes} onChanged={changed} />
              <ClustersPanel workspaceId={workspaceId} refresh={changes} templates={templates.data?.templates ?? []} canDecide={canDecide} onChanged={changed} />
            </>
          )}
        </div>
        {view === 'table' && (
          <FeedbackTableView workspaceId={workspaceId} filters={filters} onFilters={setFilters} refresh={changes} onChanged={changed} initialItem={item}
            work={{ codes: codebook.data?.codes ?? [], templates: templates.data?.templates ?? [], canDecide }} />
        )}
        {view === 'dashboard' && (
          <Suspense fallback={<p className="feedback-muted">{t('ui.loading')}</p>}>
            <FeedbackDashboard workspaceId={workspaceId} refresh={changes} onOpen={(f) => {
              setFilters(f);
              setView('table');
            }} />
          </Suspense>
        )}
      </main>
    </div>
  );
}
