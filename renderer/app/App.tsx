import { useEffect, useState } from 'react';
import { AdminPage } from '../accounts/AdminPage.tsx';
import { EditorPage } from '../editor/EditorPage.tsx';
import { HomePage } from '../workspaces/HomePage.tsx';
import { ComparePage } from '../compare/ComparePage.tsx';
import { ChangesPage } from '../drafts/ChangesPage.tsx';
import { DraftViewPage } from '../drafts/DraftViewPage.tsx';
import { SynopsisPage } from '../synopsis/SynopsisPage.tsx';
import { FeedbackPage } from '../feedback/FeedbackPage.tsx';
import { parseRoute, type Route } from '../route/route.ts';
import { EDITOR_FEATURES } from './editorFeatures.ts';

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if (route.page === 'admin') return <AdminPage />;
  // Drafts and comparison (issue #4).
  if (route.page === 'compare') return <ComparePage {...route} />;
  if (route.page === 'draft') return <DraftViewPage key={route.number} workspaceId={route.workspaceId} documentId={route.documentId} side={route.number} />;
  if (route.page === 'checkpoint') return <DraftViewPage key={`c${route.number}`} workspaceId={route.workspaceId} documentId={route.documentId} side={`c${route.number}`} />;
  if (route.page === 'synopsis') return <SynopsisPage {...route} />;
  if (route.page === 'changes') return <ChangesPage key={route.documentId} {...route} />;
  if (route.page === 'feedback') return <FeedbackPage key={`${route.section ?? ''}/${route.item ?? ''}`} workspaceId={route.workspaceId} section={route.section} item={route.item} />;
  if (route.page === 'editor') return <EditorPage key={route.documentId} workspaceId={route.workspaceId} documentId={route.documentId} features={EDITOR_FEATURES} />;
  return <HomePage workspaceId={route.workspaceId} />;
}
