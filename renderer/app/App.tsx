import { useEffect, useState } from 'react';
import { EditorPage } from '../editor/EditorPage.tsx';
import { HomePage } from '../home/HomePage.tsx';
import { parseRoute, type Route } from './route.ts';

export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if (route.page === 'editor') return <EditorPage key={route.documentId} workspaceId={route.workspaceId} documentId={route.documentId} />;
  return <HomePage workspaceId={route.workspaceId} />;
}
