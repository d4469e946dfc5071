import { useState } from 'react';
import { roleIn } from '../../shared/accounts/roles.ts';
import { useMember } from '../accounts/member.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../route/route.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { call } from '../api/rpcClient.ts';
import { useLoad } from '../ui/useRpc.ts';
import { ExportCommentsButton } from './ExportCommentsButton.tsx';
import { FeedbackItems } from './FeedbackItems.tsx';
import { SourcesPanel } from './SourcesPanel.tsx';
import { IngestPanel } from './IngestPanel.tsx';
import { CodebookPanel } from './CodebookPanel.tsx';
import { TemplatesPanel } from './TemplatesPanel.tsx';
import { useFeedbackChanges } from './useFeedbackChanges.ts';
import { AnchorPanel } from './AnchorPanel.tsx';
import { ClustersPanel } from './ClustersPanel.tsx';
import './feedback.css';

/** A workspace's feedback: the sources registry, the ingestion panel, the batches and the items. */
export function FeedbackPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const [changes, setChanges] = useState(0);
  const sources = useLoad(() => call('feedback.listSources', { workspaceId }), [workspaceId, changes]);
  const templates = useLoad(() => call('feedback.listTemplates', { workspaceId }), [workspaceId, changes]);
  const codebook = useLoad(() => call('feedback.codebook', { workspaceId }), [workspaceId, changes]);
  const changed = () => setChanges((n) => n + 1);
  // Another compiler's status, tag or import appears here without a reload.
  useFeedbackChanges(workspaceId, changed);
  // Compilers decide (the server checks it too); in local mode there is one person, who may.
  const member = useMember();
  const canDecide = member === null || roleIn(member.grants, workspaceId) === 'compiler';
  return (
    <div>
      <header className="topbar">
        <button type="button" className="link" onClick={() => navigate({ page: 'home', workspaceId })}>{t('feedback.back')}</button>
        <h1>{t('feedback.heading')}</h1>
        <ExportCommentsButton workspaceId={workspaceId} />
        <LanguageSwitch />
      </header>
      <main className="feedback-page">
        <SourcesPanel workspaceId={workspaceId} sources={sources.data?.sources ?? []} onChanged={changed} />
        <IngestPanel workspaceId={workspaceId} onImported={changed} />
        <CodebookPanel workspaceId={workspaceId} codes={codebook.data?.codes ?? []} canEdit={canDecide} onChanged={changed} />
        <TemplatesPanel workspaceId={workspaceId} templates={templates.data?.templates ?? []} canDecide={canDecide} onChanged={changed} />
        <FeedbackItems workspaceId={workspaceId} refresh={changes} sources={sources.data?.sources ?? []} templates={templates.data?.templates ?? []} codes={codebook.data?.codes ?? []} canDecide={canDecide} onTagged={changed} />
        <AnchorPanel workspaceId={workspaceId} refresh={changes} onChanged={changed} />
        <ClustersPanel workspaceId={workspaceId} refresh={changes} />
      </main>
    </div>
  );
}
