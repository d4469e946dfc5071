import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../route/route.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { call } from '../api/rpcClient.ts';
import { useLoad } from '../ui/useRpc.ts';
import { FeedbackItems } from './FeedbackItems.tsx';
import { SourcesPanel } from './SourcesPanel.tsx';
import { IngestPanel } from './IngestPanel.tsx';
import { AnchorPanel } from './AnchorPanel.tsx';
import { ClustersPanel } from './ClustersPanel.tsx';
import './feedback.css';

/** A workspace's feedback: the sources registry, the ingestion panel, the batches and the items. */
export function FeedbackPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const [changes, setChanges] = useState(0);
  const sources = useLoad(() => call('feedback.listSources', { workspaceId }), [workspaceId, changes]);
  const changed = () => setChanges((n) => n + 1);
  return (
    <div>
      <header className="topbar">
        <button type="button" className="link" onClick={() => navigate({ page: 'home', workspaceId })}>{t('feedback.back')}</button>
        <h1>{t('feedback.heading')}</h1>
        <LanguageSwitch />
      </header>
      <main className="feedback-page">
        <SourcesPanel workspaceId={workspaceId} sources={sources.data?.sources ?? []} onChanged={changed} />
        <IngestPanel workspaceId={workspaceId} onImported={changed} />
        <FeedbackItems workspaceId={workspaceId} refresh={changes} sources={sources.data?.sources ?? []} />
        <AnchorPanel workspaceId={workspaceId} refresh={changes} onChanged={changed} />
        <ClustersPanel workspaceId={workspaceId} refresh={changes} />
      </main>
    </div>
  );
}
