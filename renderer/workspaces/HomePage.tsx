import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { DocumentList } from '../documents/DocumentList.tsx';
import { routeHash } from '../route/route.ts';
import { WorkspaceList } from './WorkspaceList.tsx';
import './workspaces.css';

/** The workspace home: workspaces on the left, the chosen workspace's documents on the right. */
export function HomePage({ workspaceId }: { workspaceId: string | null }) {
  const { t } = useI18n();
  // Bumped when documents are added, deleted or restored, so the workspaces' counts follow.
  const [changes, setChanges] = useState(0);
  return (
    <div className="home">
      <header className="topbar">
        <h1>{t('app.name')}</h1>
        <LanguageSwitch />
      </header>
      <main className="home-columns">
        <WorkspaceList selected={workspaceId} refresh={changes} />
        <section className="panel documents">
          {workspaceId && <a className="home-feedback-link" href={routeHash({ page: 'feedback', workspaceId })} data-testid="open-feedback">{t('workspaces.feedback')}</a>}
          {workspaceId ? <DocumentList workspaceId={workspaceId} onChanged={() => setChanges((n) => n + 1)} /> : <p className="muted">{t('workspaces.pick')}</p>}
        </section>
      </main>
    </div>
  );
}
