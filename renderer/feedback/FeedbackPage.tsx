import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../route/route.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { FeedbackItems } from './FeedbackItems.tsx';
import { IngestPanel } from './IngestPanel.tsx';
import './feedback.css';

/** A workspace's feedback: the ingestion panel, the batches and the items. */
export function FeedbackPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useI18n();
  const [changes, setChanges] = useState(0);
  return (
    <div>
      <header className="topbar">
        <button type="button" className="link" onClick={() => navigate({ page: 'home', workspaceId })}>{t('feedback.back')}</button>
        <h1>{t('feedback.heading')}</h1>
        <LanguageSwitch />
      </header>
      <main className="feedback-page">
        <IngestPanel workspaceId={workspaceId} onImported={() => setChanges((n) => n + 1)} />
        <FeedbackItems workspaceId={workspaceId} refresh={changes} />
      </main>
    </div>
  );
}
